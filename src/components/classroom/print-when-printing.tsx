import { type ComponentType, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { withNamespaces } from '../../i18n/load-locale'

type Sheet = ComponentType<object>
let loaded: Sheet | null = null
const loadSheet = (): Promise<Sheet> =>
  withNamespaces(['classroom'], () => import('./print-sheet'))().then(
    (m) => (loaded = m.PrintSheet),
  )

/** A reader who has not touched the page by then can still print it with the sheet. */
const LOAD_AFTER_MS = 10_000

/**
 * The print sheet, rendered only while the page is being printed (the browser's `beforeprint`, or
 * the print media query for print previews and PDF output): a press on screen never pays for it.
 * Its code loads once the reader uses the page (a press or a key) or after LOAD_AFTER_MS, so it is
 * at hand when they print, offline too; a visit that only looks never fetches it. Ctrl+P (⌘P)
 * pressed before it has arrived waits for it, then prints.
 */
export function PrintSheetWhenPrinting() {
  const [Sheet, setSheet] = useState<Sheet | null>(() => loaded)
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && !!window.matchMedia?.('print').matches,
  )
  useEffect(() => {
    let live = true
    const load = () => loadSheet().then((sheet) => live && setSheet(() => sheet))
    const loadOnce = () => {
      stopWaiting()
      void load()
    }
    const timer = window.setTimeout(loadOnce, LOAD_AFTER_MS)
    const stopWaiting = () => {
      window.clearTimeout(timer)
      window.removeEventListener('pointerdown', loadOnce, true)
    }
    window.addEventListener('pointerdown', loadOnce, { capture: true, passive: true })
    const onKey = (event: KeyboardEvent) => {
      const printKey = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p'
      if (printKey && !loaded) {
        event.preventDefault()
        stopWaiting()
        void load().then(() => window.print())
      } else if (!loaded) loadOnce()
    }
    window.addEventListener('keydown', onKey, true)
    const query = window.matchMedia?.('print')
    // Synchronously, so the sheet is in the page before the browser lays it out for printing.
    const show = () => {
      if (!loaded) loadOnce()
      flushSync(() => setPrinting(true))
    }
    const hide = () => setPrinting(false)
    const follow = (event: MediaQueryListEvent) => (event.matches ? show() : hide())
    window.addEventListener('beforeprint', show)
    window.addEventListener('afterprint', hide)
    query?.addEventListener?.('change', follow)
    return () => {
      live = false
      stopWaiting()
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('beforeprint', show)
      window.removeEventListener('afterprint', hide)
      query?.removeEventListener?.('change', follow)
    }
  }, [])
  return printing && Sheet ? <Sheet /> : null
}
