import { describe, expect, it, vi } from 'vitest'
import { holdEarlyPresses, takenOver } from '../src/early-presses'

/** A built page: a container with a tab, a list button, a link and a checkbox. */
function page() {
  document.body.innerHTML = `
    <div id="root">
      <button type="button" role="tab" id="tab-whatif">What if</button>
      <button type="button" data-party-id="kdp"><span>KDP</span></button>
      <a href="#sources" id="link">Sources</a>
      <input type="checkbox" id="box" />
    </div>
    <button type="button" id="outside">Outside</button>`
  return document.getElementById('root')!
}

const press = (selector: string) =>
  document
    .querySelector<HTMLElement>(selector)!
    .dispatchEvent(new MouseEvent('click', { bubbles: true }))

describe('holdEarlyPresses', () => {
  it('replays, in order, the presses on buttons made before the app took the page over', async () => {
    const root = page()
    const early = holdEarlyPresses(root)
    press('[data-party-id="kdp"] span')
    press('#tab-whatif')
    press('#link')
    press('#box')
    press('#outside')
    early.stop()

    const seen: string[] = []
    root.addEventListener('click', (e) => {
      const b = (e.target as Element).closest('button')
      if (b) seen.push(b.id || b.getAttribute('data-party-id')!)
    })
    await early.replay()
    expect(seen).toEqual(['kdp', 'tab-whatif'])
    // Replayed once only.
    await early.replay()
    expect(seen).toHaveLength(2)
  })

  it('finds a redrawn button by its id, and drops one that is gone or disabled', async () => {
    const root = page()
    const early = holdEarlyPresses(root)
    press('#tab-whatif')
    press('[data-party-id="kdp"]')
    early.stop()
    // A fresh render replaces the built page.
    root.innerHTML = `<button type="button" role="tab" id="tab-whatif">What if</button>`
    const onClick = vi.fn()
    root.querySelector('#tab-whatif')!.addEventListener('click', onClick)
    await early.replay()
    expect(onClick).toHaveBeenCalledTimes(1)

    const later = holdEarlyPresses(root)
    press('#tab-whatif')
    root.querySelector<HTMLButtonElement>('#tab-whatif')!.disabled = true
    await later.replay()
    expect(onClick).toHaveBeenCalledTimes(2) // the press itself; its replay is dropped
  })

  it('holds nothing once stopped: React handles presses from then on', async () => {
    const root = page()
    const early = holdEarlyPresses(root)
    early.stop()
    press('#tab-whatif')
    const onClick = vi.fn()
    root.querySelector('#tab-whatif')!.addEventListener('click', onClick)
    await early.replay()
    expect(onClick).not.toHaveBeenCalled()
  })

  it('waits until a button is taken over before pressing it again', async () => {
    const root = page()
    const early = holdEarlyPresses(root)
    press('#tab-whatif')
    const tab = root.querySelector<HTMLElement>('#tab-whatif')!
    const onClick = vi.fn()
    tab.addEventListener('click', onClick)
    expect(takenOver(tab)).toBe(false)
    const replayed = early.replay(takenOver)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(onClick).not.toHaveBeenCalled()
    // What React leaves on an element it has taken over.
    Object.assign(tab, { __reactProps$test: {} })
    await replayed
    expect(onClick).toHaveBeenCalledTimes(1)
  })
})
