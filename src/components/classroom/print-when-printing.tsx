import { type ComponentType, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

type Sheet = ComponentType<object>
let loaded: Sheet | null = null
const loadSheet = (): Promise<Sheet> => import('./print-sheet').then((m) => (loaded = m.PrintSheet))

/**
 * The print sheet, rendered only while the page is being printed (the browser's `beforeprint`, or
 * the print media query for print previews and PDF output): a press on screen never pays for it.
 * Its code loads once the page is idle, so it is at hand when the reader prints, offline too.
 */
export function PrintSheetWhenPrinting() {
  const [Sheet, setSheet] = useState<Sheet | null>(() => loaded)
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && !!window.matchMedia?.('print').matches,
  )
  useEffect(() => {
    let live = true
    const load = () => void loadSheet().then((sheet) => live && setSheet(() => sheet))
    const idle = window.requestIdleCallback?.(load, { timeout: 5000 })
    const timer = idle === undefined ? window.setTimeout(load, 2000) : undefined
    const query = window.matchMedia?.('print')
    // Synchronously, so the sheet is in the page before the browser lays it out for printing.
    const show = () => {
      if (!loaded) load()
      flushSync(() => setPrinting(true))
    }
    const hide = () => setPrinting(false)
    const follow = (event: MediaQueryListEvent) => (event.matches ? show() : hide())
    window.addEventListener('beforeprint', show)
    window.addEventListener('afterprint', hide)
    query?.addEventListener?.('change', follow)
    return () => {
      live = false
      if (idle !== undefined) window.cancelIdleCallback?.(idle)
      if (timer !== undefined) window.clearTimeout(timer)
      window.removeEventListener('beforeprint', show)
      window.removeEventListener('afterprint', hide)
      query?.removeEventListener?.('change', follow)
    }
  }, [])
  return printing && Sheet ? <Sheet /> : null
}
