/** The code a host page pastes to frame Kutla (the embed view, docs/embed.md). Pure. */

/** The frame's size in the code offered; the host page may change it (docs/embed.md). */
export const EMBED_WIDTH = 640
export const EMBED_HEIGHT = 600

/** Text for a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/**
 * The `<iframe>` a host page pastes to show a scenario in the embed view.
 *
 * @example embedSnippet({ src: 'https://kutla.example/?v=1&vw=embed', title: 'Kutla' })
 * // '<iframe src="https://kutla.example/?v=1&amp;vw=embed" title="Kutla" width="640" height="600" loading="lazy"></iframe>'
 */
export function embedSnippet({
  src,
  title,
  width = EMBED_WIDTH,
  height = EMBED_HEIGHT,
}: {
  src: string
  title: string
  width?: number
  height?: number
}): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" loading="lazy"></iframe>`
}
