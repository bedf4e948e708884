import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CoalitionOverview } from '../../src/components/builder/coalition-overview'
import { PrintSheetWhenPrinting } from '../../src/components/classroom/print-when-printing'
import { SettingsMenu } from '../../src/components/layout/settings-menu'
import { StickyVerdict } from '../../src/components/layout/sticky-verdict'
import { Workbench } from '../../src/components/layout/workbench'
import { DeferredScenario, useScenarioStore } from '../../src/scenario/scenario-store'

const store = () => useScenarioStore.getState()

function buildCoalition(ids: string[]) {
  for (const id of ids) store().toggleParty(id)
}

describe('CoalitionOverview', () => {
  it('gives the coalition being edited its verdict, and the chamber and its line', () => {
    buildCoalition(['sairoon', 'fatah', 'nasr'])
    render(<CoalitionOverview />)
    const overview = screen.getByRole('region', { name: 'Coalitions' })
    expect(overview).toHaveTextContent('329 seats · 165 for a majority')
    expect(overview).toHaveTextContent('Sairoon + Fatah + Nasr')
    expect(overview).toHaveTextContent('143 seats — 22 short of a majority')
    // One coalition: no rows to choose from.
    expect(within(overview).queryByRole('list')).toBeNull()
  })

  it('lists every coalition as a row with seats and margin; pressing one edits it', async () => {
    const user = userEvent.setup()
    buildCoalition(['sairoon', 'fatah', 'nasr'])
    store().addCoalition(['sairoon', 'hikma', 'nasr', 'wataniya'], 'Islah')
    store().addCoalition(['fatah', 'sol'], 'Binaa')
    render(<CoalitionOverview />)
    const rows = within(screen.getByRole('list', { name: 'All coalitions in this scenario' }))
    const buttons = rows.getAllByRole('button')
    expect(buttons).toHaveLength(3)
    expect(buttons[0]).toHaveTextContent('143')
    expect(buttons[0]).toHaveTextContent('22 seats short')
    expect(buttons[1]).toHaveTextContent('Islah136')
    expect(buttons[2]).toHaveTextContent('Binaa72')
    expect(buttons[2]).toHaveAttribute('aria-pressed', 'true')
    await user.click(buttons[1]!)
    expect(store().activeCoalitionId).toBe(store().coalitions[1]!.id)
    expect(buttons[1]).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('region', { name: 'Coalitions' })).toHaveTextContent(
      '136 seats — 29 short of a majority',
    )
  })

  it('adds a coalition, and says when no more fit', async () => {
    const user = userEvent.setup()
    render(<CoalitionOverview />)
    const add = screen.getByRole('button', { name: 'New coalition' })
    for (let i = 0; i < 20 && !add.hasAttribute('disabled'); i++) await user.click(add)
    expect(add).toBeDisabled()
    expect(screen.getByText(/^At most \d+ coalitions side by side\.$/)).toBeInTheDocument()
  })

  it('speaks Arabic with the reader’s digits', () => {
    store().setLocale('ar')
    store().setDigits('arabic')
    buildCoalition(['sairoon', 'fatah', 'nasr', 'kdp'])
    render(<CoalitionOverview />)
    const overview = screen.getByRole('region', { name: 'الائتلافات' })
    expect(overview).toHaveTextContent('المقاعد: ٣٢٩ · الأغلبية المطلقة: ١٦٥')
    expect(overview).toHaveTextContent('١٦٨ مقعدًا — أغلبية مطلقة بفائض ٣ مقاعد')
  })
})

describe('StickyVerdict', () => {
  function stubObserver() {
    const observers: { callback: IntersectionObserverCallback }[] = []
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(public callback: IntersectionObserverCallback) {
          observers.push(this)
        }
        observe() {}
        disconnect() {}
      },
    )
    return (isIntersecting: boolean) =>
      act(() => {
        for (const o of observers)
          o.callback([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver)
      })
  }

  it('appears with the verdict only while the overview is out of view, and follows presses', () => {
    const scroll = stubObserver()
    buildCoalition(['sairoon', 'fatah'])
    const ref = createRef<HTMLElement>()
    render(
      <>
        <section ref={ref} />
        <StickyVerdict watch={ref} />
      </>,
    )
    expect(screen.queryByRole('complementary')).toBeNull()
    scroll(false)
    const pinned = screen.getByRole('complementary', { name: 'Coalition being edited' })
    expect(pinned).toHaveTextContent('Sairoon + Fatah')
    expect(pinned).toHaveTextContent('101 / 165 · 64 short of a majority')
    act(() => store().toggleParty('nasr'))
    expect(pinned).toHaveTextContent('143 / 165 · 22 short of a majority')
    scroll(true)
    expect(screen.queryByRole('complementary')).toBeNull()
  })
})

describe('Workbench', () => {
  const tabs = [
    { id: 'one', label: 'One', render: () => <p>First panel</p> },
    { id: 'two', label: 'Two', render: () => <p>Second panel</p> },
    { id: 'three', label: 'Three', render: () => <p>Third panel</p> },
  ]

  it('shows one panel at a time, chosen by a tab', async () => {
    const user = userEvent.setup()
    render(<Workbench tabs={tabs} />)
    expect(screen.getByRole('tabpanel', { name: 'One' })).toHaveTextContent('First panel')
    expect(screen.queryByText('Second panel')).toBeNull()
    await user.click(screen.getByRole('tab', { name: 'Two' }))
    expect(screen.getByRole('tab', { name: 'Two' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'Two' })).toHaveTextContent('Second panel')
  })

  it('moves with the arrow keys, Home and End, mirrored in Arabic; one tab stop', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<Workbench tabs={tabs} initial="two" />)
    const tab = (name: string) => screen.getByRole('tab', { name })
    expect(tab('Two')).toHaveAttribute('tabindex', '0')
    expect(tab('One')).toHaveAttribute('tabindex', '-1')
    tab('Two').focus()
    await user.keyboard('{ArrowRight}')
    expect(tab('Three')).toHaveFocus()
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Third panel')
    await user.keyboard('{ArrowRight}')
    expect(tab('One')).toHaveFocus()
    await user.keyboard('{End}')
    expect(tab('Three')).toHaveFocus()
    await user.keyboard('{Home}')
    expect(tab('One')).toHaveFocus()
    unmount()
    store().setLocale('ar')
    render(<Workbench tabs={tabs} />)
    tab('One').focus()
    await user.keyboard('{ArrowLeft}')
    expect(tab('Two')).toHaveFocus()
  })
})

describe('SettingsMenu', () => {
  it('offers the other language in one press and folds the rest into a menu', async () => {
    const user = userEvent.setup()
    render(<SettingsMenu />)
    expect(screen.queryByRole('group', { name: 'Display settings' })).not.toBeVisible()
    await user.click(screen.getByText('Settings'))
    const settings = screen.getByRole('group', { name: 'Display settings' })
    expect(settings).toBeVisible()
    await user.click(within(settings).getByRole('button', { name: /Arabic-Indic/ }))
    expect(store().digits).toBe('arabic')
    await user.keyboard('{Escape}')
    expect(settings).not.toBeVisible()
    // The header's own language button comes first; the menu repeats the choice.
    await user.click(screen.getAllByRole('button', { name: 'العربية' })[0]!)
    await vi.waitFor(() => expect(store().locale).toBe('ar'))
    expect(screen.getAllByRole('button', { name: 'English' })[0]).not.toHaveAttribute(
      'aria-pressed',
    )
  })
})

describe('DeferredScenario', () => {
  function Seats({ label }: { label: string }) {
    const n = useScenarioStore((s) => s.coalitions[0]?.partyIds.length ?? 0)
    return <p>{`${label}: ${n}`}</p>
  }

  it('renders what it wraps from the store, following every change a frame later', async () => {
    render(
      <>
        <Seats label="live" />
        <DeferredScenario>
          <Seats label="deferred" />
        </DeferredScenario>
      </>,
    )
    expect(screen.getByText('deferred: 0')).toBeInTheDocument()
    act(() => store().toggleParty('sairoon'))
    expect(screen.getByText('live: 1')).toBeInTheDocument()
    // The press's own frame shows only the live parts; the rest follows after it is painted.
    expect(screen.getByText('deferred: 0')).toBeInTheDocument()
    expect(await screen.findByText('deferred: 1')).toBeInTheDocument()
  })

  it('keeps the store’s API on the hook', () => {
    expect(typeof useScenarioStore.getState).toBe('function')
    expect(typeof useScenarioStore.subscribe).toBe('function')
    expect(typeof useScenarioStore.setState).toBe('function')
  })
})

describe('PrintSheetWhenPrinting', () => {
  it('renders the sheet only while printing', async () => {
    buildCoalition(['sairoon', 'fatah'])
    const { container } = render(<PrintSheetWhenPrinting />)
    expect(container).toBeEmptyDOMElement()
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    await vi.waitFor(() => expect(container.querySelector('.print-sheet')).not.toBeNull())
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(container).toBeEmptyDOMElement()
  })
})
