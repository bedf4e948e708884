import { preloadableLazy } from '../layout/lazy-with-retry'

/**
 * The hemicycle and the bars, loaded on their own: drawn into the built page and taken over by
 * React once their code has arrived. main.tsx starts loading it at once, and waits for it before
 * drawing a page afresh.
 */
export const picture = preloadableLazy<object>(
  () => import('./picture').then((m) => ({ default: m.Picture })),
  { drawnAhead: true },
)

/** Starts loading the bar chart's code (Recharts), which the picture draws once it is here. */
export const preloadChart = (): Promise<void> =>
  import('./majority-bar-chart').then(() => undefined)
