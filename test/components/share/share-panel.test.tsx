import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareLinks } from '../../../src/components/share/share-panel'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

const origin = window.location.origin

afterEach(() => vi.restoreAllMocks())

function buildCoalition() {
  const { toggleParty, renameCoalition } = useScenarioStore.getState()
  for (const id of ['sairoon', 'fatah', 'nasr']) toggleParty(id)
  return { renameCoalition }
}

describe('ShareLinks', () => {
  it('copies the link of the scenario on screen and says so', async () => {
    const user = userEvent.setup()
    buildCoalition()
    render(<ShareLinks />)

    await user.click(screen.getByRole('button', { name: 'Copy link' }))

    expect(await navigator.clipboard.readText()).toBe(`${origin}/?v=1&c=sairoon.fatah.nasr`)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied.'))
  })

  it('copies a one-line summary of the coalition being edited, ending with the link', async () => {
    const user = userEvent.setup()
    buildCoalition()
    render(<ShareLinks />)

    await user.click(screen.getByRole('button', { name: 'Copy as text' }))

    expect(await navigator.clipboard.readText()).toBe(
      `Sairoon + Fatah + Nasr: 143 of 329 seats, 22 short of a majority (165) — ${origin}/?v=1&c=sairoon.fatah.nasr`,
    )
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Summary copied.'))
  })

  it('copies the link as it is now, after further changes', async () => {
    const user = userEvent.setup()
    const { renameCoalition } = buildCoalition()
    render(<ShareLinks />)
    renameCoalition('c1', 'Core')

    await user.click(screen.getByRole('button', { name: 'Copy link' }))

    expect(await navigator.clipboard.readText()).toBe(`${origin}/?v=1&c=sairoon.fatah.nasr*Core`)
  })

  it('selects the link in a read-only field when the browser denies the clipboard', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    )
    buildCoalition()
    render(<ShareLinks />)

    await user.click(screen.getByRole('button', { name: 'Copy link' }))

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Copying was not allowed here. The link is selected below: press Ctrl+C (⌘C on a Mac) to copy it.',
      ),
    )
    const field = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Link to copy' })
    expect(field).toHaveValue(`${origin}/?v=1&c=sairoon.fatah.nasr`)
    expect(field).toHaveAttribute('readonly')
    expect(field).toHaveFocus()
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length])
  })

  it('falls back the same way where there is no Clipboard API', async () => {
    const user = userEvent.setup()
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined })
    render(<ShareLinks />)

    await user.click(screen.getByRole('button', { name: 'Copy as text' }))

    expect(await screen.findByRole('textbox', { name: 'Summary to copy' })).toHaveValue(
      `Empty coalition: 0 of 329 seats, 165 short of a majority (165) — ${origin}/?v=1`,
    )
  })

  it('speaks Arabic: names, status and a summary with Arabic list names and the reader’s digits', async () => {
    const user = userEvent.setup()
    useScenarioStore.getState().setLocale('ar')
    useScenarioStore.getState().setDigits('arabic')
    buildCoalition()
    render(<ShareLinks />)
    const region = screen.getByRole('region', { name: 'مشاركة هذا السيناريو' })

    await user.click(within(region).getByRole('button', { name: 'انسخ كنص' }))

    expect(await navigator.clipboard.readText()).toBe(
      `سائرون + الفتح + النصر: ١٤٣ من أصل ٣٢٩ مقعدًا، ينقصه ٢٢ مقعدًا لبلوغ الأغلبية المطلقة (١٦٥) — ${origin}/?v=1&c=sairoon.fatah.nasr&l=ar&dg=arabic`,
    )
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('نُسخ الملخّص.'))

    await user.click(within(region).getByRole('button', { name: 'انسخ الرابط' }))

    expect(await navigator.clipboard.readText()).toBe(
      `${origin}/?v=1&c=sairoon.fatah.nasr&l=ar&dg=arabic`,
    )
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('نُسخ الرابط.'))
  })

  it('keeps a name the reader typed as it is in the Arabic summary', async () => {
    const user = userEvent.setup()
    useScenarioStore.getState().setLocale('ar')
    const { renameCoalition } = buildCoalition()
    renameCoalition('c1', 'Core')
    useScenarioStore.getState().toggleParty('kdp')
    render(<ShareLinks />)

    await user.click(screen.getByRole('button', { name: 'انسخ كنص' }))

    expect(await navigator.clipboard.readText()).toMatch(
      /^Core: 168 من أصل 329 مقعدًا، أغلبية مطلقة \(165\) بفائض 3 مقاعد — /,
    )
  })

  it('selects the Arabic summary in a read-only field when the browser denies the clipboard', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    )
    useScenarioStore.getState().setLocale('ar')
    buildCoalition()
    render(<ShareLinks />)

    await user.click(screen.getByRole('button', { name: 'انسخ كنص' }))

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'لم يُسمح بالنسخ هنا. الملخّص محدَّد أدناه: اضغط Ctrl+C (أو ⌘C على ماك) لنسخه.',
      ),
    )
    const field = await screen.findByRole<HTMLTextAreaElement>('textbox', {
      name: 'الملخّص المراد نسخه',
    })
    expect(field).toHaveValue(
      `سائرون + الفتح + النصر: 143 من أصل 329 مقعدًا، ينقصه 22 مقعدًا لبلوغ الأغلبية المطلقة (165) — ${origin}/?v=1&c=sairoon.fatah.nasr&l=ar`,
    )
    expect(field).toHaveFocus()
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length])
  })
})
