import type { BrowserContext, Page } from '@playwright/test'

/**
 * From the first parsed element of every page of `context` on, notes each moment a coalition's
 * verdict containing `verdict` is painted (in the page and visible). `paintedVerdicts(page)` reads
 * them: a page that must never show that verdict (another scenario's, the opening one) expects [].
 */
export async function watchVerdictPainted(context: BrowserContext, verdict: string): Promise<void> {
  await context.addInitScript((text: string) => {
    const seen: string[] = []
    ;(window as unknown as { __verdictPainted: string[] }).__verdictPainted = seen
    const check = () => {
      for (const el of document.querySelectorAll('.coalition-panel *')) {
        if (el.children.length || !el.textContent?.includes(text)) continue
        const box = el.getBoundingClientRect()
        if (box.width && box.height && getComputedStyle(el).visibility === 'visible')
          seen.push(`${performance.now().toFixed(0)} ms`)
      }
    }
    new MutationObserver(check).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    })
    const frame = () => {
      check()
      if (document.readyState !== 'complete' || performance.now() < 3000)
        requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  }, verdict)
}

/** The moments `watchVerdictPainted` saw its verdict painted in this page. */
export function paintedVerdicts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __verdictPainted: string[] }).__verdictPainted)
}
