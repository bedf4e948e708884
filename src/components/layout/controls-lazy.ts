import type { ComponentType } from 'react'
import { withNamespaces } from '../../i18n/load-locale'
import { type PreloadableLazy, preloadableLazy } from './lazy-with-retry'

/**
 * The parts of the first screen that a first press (on a list, changing the verdict) does not
 * need, loaded after the code that it does (see controls.ts): drawn into the built page, and taken
 * over by React once their chunk arrives (a press made on them meanwhile is replayed then).
 * main.tsx starts loading them at once, and waits for them before drawing a page afresh.
 */
type Controls = typeof import('./controls')

const all: PreloadableLazy<never>[] = []

function fromControls<P extends object>(pick: (m: Controls) => ComponentType<P>) {
  const part = preloadableLazy<P>(
    // The sharing buttons' words come with them (the chunk holds the toolbar's ShareLinks).
    () =>
      withNamespaces(['share'], () => import('./controls'))().then((m) => ({ default: pick(m) })),
    { drawnAhead: true },
  )
  all.push(part as unknown as PreloadableLazy<never>)
  return part.Component
}

export const LinkNotice = fromControls((m) => m.LinkNotice)
export const PrintSheetWhenPrinting = fromControls((m) => m.PrintSheetWhenPrinting)
export const SiteHeader = fromControls((m) => m.SiteHeader)
export const StageFooter = fromControls((m) => m.StageFooter)
export const StageToolbar = fromControls((m) => m.StageToolbar)
export const StageWorkbench = fromControls((m) => m.StageWorkbench)
export const StickyVerdict = fromControls((m) => m.StickyVerdict)
export const StorageNotice = fromControls((m) => m.StorageNotice)
export const VerdictAnnouncer = fromControls((m) => m.VerdictAnnouncer)

/** Loads them all (one chunk). */
export const preloadControls = (): Promise<void> =>
  Promise.all(all.map((part) => part.preload())).then(() => undefined)
