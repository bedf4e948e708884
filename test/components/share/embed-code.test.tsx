import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareLinks } from '../../../src/components/share/share-panel'
import { embedSnippet } from '../../../src/components/share/embed-snippet'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

const origin = window.location.origin

afterEach(() => vi.restoreAllMocks())

describe('embedSnippet', () => {
  it('writes an iframe with a title, a size and lazy loading, its attributes escaped', () => {
    expect(embedSnippet({ src: 'https://k.example/?v=1&vw=embed', title: 'A "B" <C>' })).toBe(
      '<iframe src="https://k.example/?v=1&amp;vw=embed" title="A &quot;B&quot; &lt;C&gt;" width="640" height="600" loading="lazy"></iframe>',
    )
  })
})

describe('EmbedCode in the share panel', () => {
  it('shows the code of the scenario on screen in the embed view, and copies it', async () => {
    const user = userEvent.setup()
    for (const id of ['sairoon', 'fatah']) useScenarioStore.getState().toggleParty(id)
    render(<ShareLinks />)
    const toggle = screen.getByRole('button', { name: 'Embed' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('textbox')).toBeNull()

    await user.click(toggle)

    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const expected = `<iframe src="${origin}/?v=1&amp;c=sairoon.fatah&amp;vw=embed" title="Kutla · coalition seat simulator" width="640" height="600" loading="lazy"></iframe>`
    expect(
      screen.getByRole('textbox', { name: 'Code to put this scenario in a web page' }),
    ).toHaveValue(expected)

    await user.click(screen.getByRole('button', { name: 'Copy code' }))

    expect(await navigator.clipboard.readText()).toBe(expected)
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Code copied.'),
    )
  })

  it('follows the scenario while open', async () => {
    const user = userEvent.setup()
    render(<ShareLinks />)
    await user.click(screen.getByRole('button', { name: 'Embed' }))
    useScenarioStore.getState().toggleParty('nasr')
    await waitFor(() =>
      expect(screen.getByRole<HTMLTextAreaElement>('textbox').value).toContain(
        `src="${origin}/?v=1&amp;c=nasr&amp;vw=embed"`,
      ),
    )
  })

  it('selects the code when the browser denies the clipboard', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    )
    render(<ShareLinks />)
    await user.click(screen.getByRole('button', { name: 'Embed' }))
    await user.click(screen.getByRole('button', { name: 'Copy code' }))

    const field = screen.getByRole<HTMLTextAreaElement>('textbox')
    await waitFor(() => expect(field).toHaveFocus())
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length])
  })

  it('speaks Arabic, and the frame it gives opens in Arabic', async () => {
    const user = userEvent.setup()
    useScenarioStore.getState().setLocale('ar')
    useScenarioStore.getState().toggleParty('sairoon')
    render(<ShareLinks />)
    const region = screen.getByRole('region', { name: 'مشاركة هذا السيناريو' })

    await user.click(within(region).getByRole('button', { name: 'تضمين' }))

    expect(
      within(region).getByRole('textbox', { name: 'شيفرة لوضع هذا السيناريو في صفحة ويب' }),
    ).toHaveValue(
      `<iframe src="${origin}/?v=1&amp;c=sairoon&amp;l=ar&amp;vw=embed" title="كتلة · محاكي مقاعد الائتلافات" width="640" height="600" loading="lazy"></iframe>`,
    )
    expect(within(region).getByRole('button', { name: 'نسخ الشيفرة' })).toBeInTheDocument()
  })
})
