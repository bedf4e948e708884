/**
 * Presses made on the built page before React has taken it over. The built HTML shows the first
 * screen at once, but until `hydrateRoot` (or a fresh render) runs, no handler is attached: a
 * press on a tab or a list in that window would be lost. From the moment the entry module runs,
 * each press on a button inside the app's container is held, and replayed, in order, once the
 * app is drawn. Buttons only: links, summaries, checkboxes and fields do their own thing without
 * JavaScript, and replaying them would do it twice.
 */

/** What a press was made on: the element, and its id to find it again if it was redrawn. */
interface HeldPress {
  element: HTMLElement
  id: string
}

export interface EarlyPresses {
  /** Stops holding presses (just before React attaches its own handlers). */
  stop: () => void
  /**
   * Presses each held button again (still in the page, or redrawn with the same id), in order,
   * each once it is `ready` (its handlers attached: a part still waiting for its code takes no
   * press), or after `patienceMs` regardless.
   */
  replay: (ready?: (element: HTMLElement) => boolean, patienceMs?: number) => Promise<void>
}

/**
 * Whether React has taken an element over: it then carries React's props. (A part whose code
 * has not arrived keeps its built HTML, without them, and a press on it would be lost.)
 */
export function takenOver(element: HTMLElement): boolean {
  return Object.keys(element).some((key) => key.startsWith('__reactProps$'))
}

const nextFrame = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => resolve())
      : setTimeout(resolve, 16),
  )

/**
 * Starts holding presses inside `container`.
 *
 * @example const early = holdEarlyPresses(root); early.stop(); hydrateRoot(root, app); early.replay()
 */
export function holdEarlyPresses(
  container: Element,
  doc: Document = container.ownerDocument,
): EarlyPresses {
  const held: HeldPress[] = []
  let holding = true
  const onClick = (event: MouseEvent) => {
    if (!holding) return
    const button = event.target instanceof Element ? event.target.closest('button') : null
    if (button && container.contains(button)) held.push({ element: button, id: button.id })
  }
  doc.addEventListener('click', onClick, true)
  const stop = () => {
    holding = false
    doc.removeEventListener('click', onClick, true)
  }
  const find = ({ element, id }: HeldPress): HTMLElement | null => {
    const again = element.isConnected ? element : id ? doc.getElementById(id) : null
    return again instanceof HTMLElement ? again : null
  }
  return {
    stop,
    async replay(ready = () => true, patienceMs = 5_000) {
      stop()
      const started = Date.now()
      for (const press of held.splice(0)) {
        let target = find(press)
        while (target && !ready(target) && Date.now() - started < patienceMs) {
          await nextFrame()
          target = find(press)
        }
        if (target && !(target as HTMLButtonElement).disabled) target.click()
      }
    },
  }
}
