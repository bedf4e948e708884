import { preloadableLazy } from './lazy-with-retry'

/**
 * The embed view (vw=embed), with its styles: only another site's frame shows it, so its code is
 * not in the first load; main.tsx waits for it before drawing a page that opens in it.
 */
export const embedView = preloadableLazy<object>(() =>
  import('./embed-view').then((m) => ({ default: m.EmbedView })),
)
