import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PartyList } from '../../../src/components/builder/party-list'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

describe('PartyList', () => {
  it('puts a list into the coalition being edited and shows it pressed, with a ✓', async () => {
    const user = userEvent.setup()
    render(<PartyList />)
    const sairoon = screen.getByRole('button', { name: 'Sairoon, 54 seats' })
    expect(sairoon).toHaveAttribute('aria-pressed', 'false')
    await user.click(sairoon)
    expect(sairoon).toHaveAttribute('aria-pressed', 'true')
    expect(sairoon).toHaveTextContent('✓')
    expect(useScenarioStore.getState().coalitions[0]?.partyIds).toEqual(['sairoon'])
  })

  it('names the lists and leaders from the Arabic fields in Arabic', () => {
    useScenarioStore.getState().setLocale('ar')
    render(<PartyList />)
    expect(screen.getByRole('heading', { name: 'القوائم' })).toBeInTheDocument()
    const sairoon = screen.getByRole('button', { name: 'سائرون، 54 مقعدًا' })
    expect(sairoon).toHaveAccessibleDescription(/تحالف سائرون للإصلاح/)
    expect(within(sairoon).getByText('مقتدى الصدر')).toBeInTheDocument()
    // The English name is kept as a second line, marked as English.
    expect(within(sairoon).getByText('Alliance Towards Reforms (Sairoon)')).toHaveAttribute(
      'lang',
      'en',
    )
  })

  it('falls back to the English leader, marked lang="en", where no Arabic name is known', () => {
    useScenarioStore.getState().setLocale('ar')
    render(<PartyList />)
    const list = screen.getByRole('button', { name: /^بيارق الخير، / })
    expect(within(list).getByText('Mohammed Othman')).toHaveAttribute('lang', 'en')
  })

  it('uses the seat plural forms of Arabic', () => {
    useScenarioStore.getState().setLocale('ar')
    render(<PartyList />)
    expect(
      screen.getByRole('button', { name: 'الاتحاد الإسلامي الكردستاني، مقعدان' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'إرادة، 3 مقاعد' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'الرافدين، مقعد واحد' })).toBeInTheDocument()
  })

  it('writes Arabic-Indic digits when they are chosen', () => {
    useScenarioStore.getState().setLocale('ar')
    useScenarioStore.getState().setDigits('arabic')
    render(<PartyList />)
    const sairoon = screen.getByRole('button', { name: 'سائرون، ٥٤ مقعدًا' })
    expect(within(sairoon).getByText('٥٤')).toBeInTheDocument()
  })
})
