import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RecentScenarios } from '../../../src/components/share/recent-scenarios'
import { StorageNotice } from '../../../src/components/layout/storage-notice'
import {
  type KeyValueStorage,
  type Saving,
  startScenarioSaving,
  useSavedScenarios,
} from '../../../src/scenario/scenario-storage'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

const actions = () => useScenarioStore.getState()
let saving: Saving | null = null
let values: Map<string, string>

function memory(refuse = false): KeyValueStorage {
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      if (refuse) throw new DOMException('Full', 'QuotaExceededError')
      values.set(key, value)
    },
  }
}

let clock = Date.UTC(2026, 11, 3, 10, 0)
beforeEach(() => {
  values = new Map()
  useSavedScenarios.setState(useSavedScenarios.getInitialState(), true)
})
afterEach(() => {
  saving?.stop()
  saving = null
})

/** Builds two scenarios, one after the other, as a student would. */
function buildTwo() {
  saving = startScenarioSaving({ storage: memory(), now: () => (clock += 60_000) })
  actions().toggleParty('sairoon')
  actions().toggleParty('fatah')
  actions().renameCoalition('c1', 'Sadr + Amiri')
  saving.flush()
  actions().reset()
  actions().toggleParty('kdp')
  actions().toggleParty('puk')
  saving.flush()
}

describe('RecentScenarios', () => {
  it('lists saved scenarios, newest first, by their coalitions, with dates', () => {
    buildTwo()
    render(<RecentScenarios />)
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'KDP + PUK',
      'Sadr + Amiri',
    ])
    expect(items[0]).toHaveTextContent('On screen')
    expect(items[1]?.querySelector('time')?.getAttribute('datetime')).toMatch(/^2026-12-03T/)
    expect(items[1]).toHaveTextContent(/Saved 3 Dec 2026/)
  })

  it('opens a saved scenario', async () => {
    buildTwo()
    render(<RecentScenarios />)
    await userEvent.click(screen.getByRole('button', { name: 'Open Sadr + Amiri' }))
    expect(actions().coalitions).toEqual([
      { id: 'c1', name: 'Sadr + Amiri', partyIds: ['sairoon', 'fatah'] },
    ])
    expect(screen.getByRole('button', { name: 'Open KDP + PUK' })).toBeInTheDocument()
  })

  it('deletes a saved scenario', async () => {
    buildTwo()
    render(<RecentScenarios />)
    await userEvent.click(screen.getByRole('button', { name: 'Delete Sadr + Amiri' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(values.get('kutla.scenarios')).not.toContain('Amiri')
  })

  it('says when nothing is kept yet, and names entries in Arabic', () => {
    actions().setLocale('ar')
    const { unmount } = render(<RecentScenarios />)
    expect(screen.getByText('لم يُحفظ شيء بعد. كوّن ائتلافًا وسيظهر هنا.')).toBeInTheDocument()
    unmount()
    buildTwo()
    render(<RecentScenarios />)
    expect(screen.getByRole('button', { name: /^افتح / })).toBeInTheDocument()
  })

  it('shows a hostile name as text', () => {
    saving = startScenarioSaving({ storage: memory() })
    actions().toggleParty('nasr')
    actions().renameCoalition('c1', '<img src=x onerror=alert(1)>')
    saving.flush()
    const { container } = render(<RecentScenarios />)
    expect(container.querySelector('strong')).toHaveTextContent('<img src=x onerror=alert(1)>')
    expect(container.querySelector('img')).toBeNull()
  })
})

describe('StorageNotice', () => {
  it('says once that scenarios cannot be kept, and goes when dismissed', async () => {
    saving = startScenarioSaving({ storage: memory(true) })
    render(<StorageNotice />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    actions().toggleParty('nasr')
    saving.flush()
    expect(await screen.findByText(/not letting Kutla keep scenarios/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss this note about saving' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    actions().toggleParty('kdp')
    saving.flush()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})
