import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SourcesPanel } from '../../../src/components/layout/sources-panel'
import iraq2018 from '../../../data/iraq-2018.json'
import { useScenarioStore } from '../../../src/scenario/scenario-store'
import { fixtureElection } from '../../fixtures/elections'

// The panel shows the election's details, which load on demand (test/setup.ts loads them first).
const election = iraq2018

function uncertaintyItems() {
  const details = screen.getByText(/What is uncertain|ما ليس مؤكدًا/).closest('details')!
  return within(details).getAllByRole('listitem', { hidden: true })
}

describe('SourcesPanel', () => {
  it('gives the English prose in English, unmarked', () => {
    render(<SourcesPanel />)
    expect(screen.getByRole('heading', { name: 'Sources: announced results' })).toBeInTheDocument()
    const description = screen.getByText(/^Results announced by the Independent High Electoral/)
    expect(description).not.toHaveAttribute('lang')
    expect(uncertaintyItems().map((li) => li.textContent)).toEqual(election.uncertainties)
    expect(screen.getByText(/^320 governorate seats plus 9/)).not.toHaveAttribute('lang')
    expect(screen.queryByText('(in English)')).not.toBeInTheDocument()
  })

  it("gives the data's Arabic prose in the Arabic interface", () => {
    useScenarioStore.getState().setLocale('ar')
    useScenarioStore.getState().setVersion('final2018')
    render(<SourcesPanel />)
    expect(
      screen.getByRole('heading', { name: 'المصادر: النتائج المصادق عليها بعد إعادة العد' }),
    ).toBeInTheDocument()
    const description = screen.getByText(/^النتائج بعد إعادة العد اليدوي/)
    expect(description).not.toHaveAttribute('lang')
    expect(description).toHaveTextContent('الفتح من 47 إلى 48، وتحالف بغداد من 4 إلى 3.')
    const items = uncertaintyItems()
    expect(items.map((li) => li.textContent)).toEqual(election.uncertaintiesAr)
    expect(items[0]!.closest('ul')).not.toHaveAttribute('lang')
    expect(screen.getByText(/^320 مقعدًا للمحافظات و9 مقاعد لكوتا الأقليات/)).not.toHaveAttribute(
      'lang',
    )
    expect(screen.queryByText(/بالإنجليزية/)).not.toBeInTheDocument()
    // Source titles exist in English only, and say so.
    expect(screen.getByRole('link', { name: /^Reuters: / })).toHaveAttribute('lang', 'en')
  })

  it('falls back to the English prose, marked as English, where the data has no Arabic', () => {
    const own = fixtureElection()
    own.chamberNote = 'Every seat is elected.'
    own.uncertainties = ['The second count is disputed.']
    useScenarioStore.getState().loadParliament(own)
    useScenarioStore.getState().setLocale('ar')
    render(<SourcesPanel />)
    expect(screen.getByText('First.')).toHaveAttribute('lang', 'en')
    expect(screen.getAllByText('(بالإنجليزية)')).toHaveLength(2)
    const [item] = uncertaintyItems()
    expect(item).toHaveTextContent('The second count is disputed.')
    expect(item!.closest('ul')).toHaveAttribute('lang', 'en')
    expect(item!.closest('ul')).toHaveAttribute('dir', 'ltr')
    expect(screen.getByText('Every seat is elected.')).toHaveAttribute('lang', 'en')
  })
})
