import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { LinkNotice } from '../../../src/components/share/link-notice'
import { useLinkNoticeStore } from '../../../src/scenario/link-notice-store'
import { useScenarioStore } from '../../../src/scenario/scenario-store'
import { decodeScenario } from '../../../src/scenario/url-codec'

beforeEach(() => useLinkNoticeStore.setState({ notice: null }))

/** Shows the note a link would give when opened. */
function open(link: string) {
  const decoded = decodeScenario(link)
  act(() =>
    useLinkNoticeStore
      .getState()
      .showNotice(
        decoded.ok
          ? { kind: 'partial', warnings: decoded.warnings }
          : { kind: 'unreadable', reason: decoded.reason },
      ),
  )
}

/** The note's lines as read, without the isolates around text from the link. */
function lines(note: HTMLElement): string[] {
  return within(note)
    .getAllByRole('listitem')
    .map((li) => li.textContent!.replace(/[\u2068\u2069]/g, ''))
}

const HOSTILE = '?v=1&c=sairoon.sairoon&c=%3Cscript%3Ealert(1)%3C/script%3E&sd=sairoon.-3'

describe('LinkNotice', () => {
  it('says what the link had that was ignored, as plain text, until dismissed', async () => {
    const user = userEvent.setup()
    render(<LinkNotice />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()

    open(HOSTILE)

    const note = await screen.findByRole('region', { name: 'Some of this link could not be used' })
    expect(lines(note)).toEqual([
      'Ignored a repeat of Sairoon in coalition 1.',
      'Ignored unknown list "<script>alert(1)</script…" in coalition 2.',
      'Ignored "-3" seats for Sairoon: seats must be a whole number from 0 to 10,000.',
    ])
    expect(note.querySelector('script')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Dismiss this note about the link' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it("says it in Arabic, with Arabic list names and the reader's digits", async () => {
    const user = userEvent.setup()
    useScenarioStore.setState({ locale: 'ar', digits: 'arabic' })
    render(<LinkNotice />)

    open(HOSTILE)

    const note = screen.getByRole('region', { name: 'تعذّر استخدام بعض ما في هذا الرابط' })
    expect(lines(note)).toEqual([
      'أُهمل تكرار سائرون في الائتلاف ١.',
      'أُهملت قائمة غير معروفة «<script>alert(1)</script…» في الائتلاف ٢.',
      'أُهمل عدد المقاعد «-3» لـسائرون: يجب أن يكون عدد المقاعد عددًا صحيحًا من ٠ إلى ١٠٬٠٠٠.',
    ])
    for (const li of within(note).getAllByRole('listitem')) expect(li).not.toHaveAttribute('lang')
    await user.click(screen.getByRole('button', { name: 'إخفاء هذه الملاحظة عن الرابط' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('says why a link could not be opened and what is shown instead, in both languages', () => {
    render(<LinkNotice />)
    open('?v=7&c=sairoon')

    let note = screen.getByRole('region', { name: 'This link could not be opened' })
    expect(lines(note)).toEqual([
      'This link uses format version "7", which this version of Kutla cannot read.',
      'The opening scenario is shown instead.',
    ])

    act(() => useScenarioStore.getState().setLocale('ar'))

    note = screen.getByRole('region', { name: 'تعذّر فتح هذا الرابط' })
    expect(lines(note)).toEqual([
      'يستخدم هذا الرابط الإصدار «7» من صيغة الروابط، وهذا الإصدار من «كتلة» لا يستطيع قراءته.',
      'يُعرض السيناريو الافتتاحي بدلًا منه.',
    ])
  })

  it('words the parliament parameters’ problems in Arabic on an Arabic page', () => {
    useScenarioStore.setState({ locale: 'ar' })
    render(<LinkNotice />)
    open('?v=1&cm=half&l=fr')

    const note = screen.getByRole('region', { name: 'تعذّر استخدام بعض ما في هذا الرابط' })
    expect(within(note).getAllByRole('listitem')[0]).not.toHaveAttribute('lang')
    expect(lines(note)).toEqual(['أُهملت قاعدة حجم المجلس «half».', 'أُهملت لغة غير معروفة «fr».'])
  })

  it('tells a broken list of a parliament in the link as a file’s list would be told', () => {
    render(<LinkNotice />)
    open('?v=1&e=custom&pp=a.3.000000.0*A&pp=b.-2.000000.0*B')
    const note = screen.getByRole('region', { name: 'Some of this link could not be used' })
    expect(lines(note)).toEqual([
      'Ignored the list "b.-2.000000.0*B" of the parliament in the link: seats: "-2" is negative.',
    ])
  })
})
