import type { ComponentProps } from 'react'
import type { ScenarioToolbar as Toolbar } from './scenario-toolbar'
import type { Workbench as Bench } from './workbench'
import { preloadableLazy } from './lazy-with-retry'

/**
 * The header, the toolbar and the tabs, loaded after the code a first press needs (a press on a
 * list, which changes the verdict): drawn into the built page, and taken over by React once their
 * chunk arrives. A press made before then is replayed by React once they are. main.tsx starts
 * loading them at once, and waits for them before drawing a page afresh.
 */
const controls = () => import('./controls')

export const siteHeader = preloadableLazy<object>(
  () => controls().then((m) => ({ default: m.SiteHeader })),
  { drawnAhead: true },
)
export const scenarioToolbar = preloadableLazy<ComponentProps<typeof Toolbar>>(
  () => controls().then((m) => ({ default: m.ScenarioToolbar })),
  { drawnAhead: true },
)
export const workbench = preloadableLazy<ComponentProps<typeof Bench>>(
  () => controls().then((m) => ({ default: m.Workbench })),
  { drawnAhead: true },
)

/** Loads the three (one chunk). */
export const preloadControls = (): Promise<void> =>
  Promise.all([siteHeader.preload(), scenarioToolbar.preload(), workbench.preload()]).then(
    () => undefined,
  )
