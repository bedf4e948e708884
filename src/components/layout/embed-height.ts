/**
 * The embed view tells the page that frames it how tall its content is, so that page can size the
 * `<iframe>` to fit (docs/embed.md shows the three lines a host page needs). One message shape,
 * versioned; the app listens to no message in return.
 */

/** What the frame posts to its parent. */
export interface HeightMessage {
  type: 'kutla:height'
  /** The content's height in CSS pixels, rounded up. */
  height: number
  version: 1
}

export const HEIGHT_MESSAGE_TYPE = 'kutla:height'

/**
 * The origin the messages are posted to: the parent's, where the browser says it
 * (`location.ancestorOrigins`, or the referrer the frame was opened with); otherwise `'*'`. Any
 * page may frame Kutla, and the message holds nothing but a number the host page could measure
 * itself, so sending it to whoever the parent is gives nothing away.
 *
 * @example heightTargetOrigin(window) // 'https://school.example' when framed there
 */
export function heightTargetOrigin(win: Window): string {
  const ancestor = win.location.ancestorOrigins?.[0]
  if (ancestor && /^https?:/.test(ancestor)) return ancestor
  try {
    const referrer = new URL(win.document.referrer)
    if (referrer.protocol === 'http:' || referrer.protocol === 'https:') return referrer.origin
  } catch {
    // No referrer (the host's Referrer-Policy withheld it, or none was sent).
  }
  return '*'
}

/**
 * While `element` is in a frame, posts its height to the parent at once and again whenever it
 * changes (ResizeObserver); the same height is never posted twice in a row. Does nothing when the
 * page is not framed. Returns a function that stops.
 *
 * @example const stop = startHeightMessages(document.querySelector('.embed')!, window)
 */
export function startHeightMessages(
  element: Element,
  win: Window & Pick<typeof globalThis, 'ResizeObserver'> = window,
): () => void {
  if (win.parent === win || typeof win.ResizeObserver !== 'function') return () => {}
  const target = heightTargetOrigin(win)
  let last = -1
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height)
    if (height === last) return
    last = height
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height, version: 1 }
    win.parent.postMessage(message, target)
  }
  const observer = new win.ResizeObserver(post)
  observer.observe(element)
  post()
  return () => observer.disconnect()
}
