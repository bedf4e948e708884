import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AnalysisPanel } from '../../../src/components/analysis/analysis-panel'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

function buildCoalition(ids: string[]) {
  for (const id of ids) useScenarioStore.getState().toggleParty(id)
}

/**
 * Renders the panel and waits for its lazily loaded content (the first import of that module can
 * take seconds on a busy machine: it is waited for, not timed).
 */
async function renderPanel(legend = 'Threshold for the analysis') {
  render(<AnalysisPanel />)
  await screen.findByRole('group', { name: legend }, { timeout: 15_000 })
}

const activeMembers = () => {
  const { coalitions, activeCoalitionId } = useScenarioStore.getState()
  return coalitions.find((c) => c.id === activeCoalitionId)?.partyIds
}

describe('AnalysisPanel: threshold ladder', () => {
  it('places a 165-seat coalition on every rung, with the rule and its source', async () => {
    // 54 + 42 + 25 + 25 + 19 = 165: a majority exactly, 220 − 165 = 55 short of two-thirds.
    buildCoalition(['sairoon', 'nasr', 'kdp', 'sol', 'hikma'])
    await renderPanel()
    const rungs = within(screen.getByRole('list', { name: 'Threshold ladder' }))
    expect(rungs.getByText('55 short of two-thirds')).toBeInTheDocument()
    expect(rungs.getByText('majority with none to spare')).toBeInTheDocument()
    expect(rungs.getByText('blocking third with 55 to spare')).toBeInTheDocument()
    expect(
      rungs.getByText(
        'Constitution of Iraq (2005), Art. 70: electing the President of the Republic in the first round',
      ),
    ).toBeInTheDocument()
    expect(
      rungs.getByText(
        'Constitution of Iraq (2005), Art. 59 (quorum) and Art. 76 (confidence in a new government)',
      ),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('img', { name: '165 of 329 seats; lines at 110, 165, 220' }),
    ).toBeInTheDocument()
  })

  it('gives every coalition a row and analyses another on request', async () => {
    const user = userEvent.setup()
    buildCoalition(['sairoon', 'fatah', 'nasr', 'kdp'])
    useScenarioStore.getState().addCoalition(['sairoon', 'fatah'])
    await renderPanel()
    const table = within(screen.getByRole('table', { name: 'Every coalition against the ladder' }))
    const first = within(table.getByRole('row', { name: /Sairoon \+ Fatah \+ Nasr \+ KDP/ }))
    expect(first.getByRole('cell', { name: '3 to spare' })).toBeInTheDocument()
    expect(first.getByRole('cell', { name: '52 short' })).toBeInTheDocument()
    expect(first.getByRole('cell', { name: '58 to spare' })).toBeInTheDocument()
    await user.click(first.getByRole('button', { name: 'Analyse Sairoon + Fatah + Nasr + KDP' }))
    expect(useScenarioStore.getState().activeCoalitionId).toBe('c1')
    expect(
      screen.getByText('Sairoon + Fatah + Nasr + KDP, 168 seats, against each threshold:'),
    ).toBeInTheDocument()
  })

  it('works against the rung chosen with the radio group', async () => {
    const user = userEvent.setup()
    await renderPanel()
    expect(screen.getByRole('radio', { name: 'Absolute majority: 165' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Two-thirds: 220' }))
    expect(useScenarioStore.getState().thresholdRule).toBe('two-thirds')
    expect(
      screen.getByText('Exactly 611,056,219 minimal winning coalitions reach 220 seats.'),
    ).toBeInTheDocument()
  })
})

describe('AnalysisPanel: who is needed', () => {
  it('says which members are needed and which are not', async () => {
    // 217 seats: without Fatah (47) still 170; without Sairoon (54) only 163.
    buildCoalition(['sairoon', 'fatah', 'nasr', 'kdp', 'sol', 'hikma', 'gorran'])
    await renderPanel()
    const members = within(
      screen.getByRole('list', {
        name: 'Members of Sairoon + Fatah + Nasr + KDP + State of Law + Hikma + Gorran',
      }),
    )
    expect(
      members.getByText('Fatah is not needed: without it the coalition still has 170 ≥ 165.'),
    ).toBeInTheDocument()
    expect(
      members.getByText('Sairoon is needed: without it the coalition has 163 < 165.'),
    ).toBeInTheDocument()
    expect(
      screen.getByText('It wins with lists to spare: 6 of 7 members are not needed, 217 ≥ 165.'),
    ).toBeInTheDocument()
  })

  it('recognises a minimal winning coalition, and shows each member at every rung', async () => {
    buildCoalition(['sairoon', 'fatah', 'nasr', 'kdp'])
    await renderPanel()
    expect(
      screen.getByText('Every member is needed: a minimal winning coalition, 168 ≥ 165.'),
    ).toBeInTheDocument()
    const table = within(screen.getByRole('table', { name: 'Each member at each threshold' }))
    const kdp = within(table.getByRole('row', { name: /^KDP/ }))
    expect(kdp.getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Needed',
      'Coalition short',
      'Not needed',
    ])
  })

  it('suggests the smallest additions, and a suggestion adds its lists', async () => {
    const user = userEvent.setup()
    buildCoalition(['sairoon', 'fatah', 'nasr'])
    await renderPanel()
    expect(screen.getByText('It falls short: 143 < 165, 22 seats missing.')).toBeInTheDocument()
    expect(
      screen.getByText('Add KDP, or State of Law, or PUK + Baghdad Alliance.'),
    ).toBeInTheDocument()
    const group = within(screen.getByRole('group', { name: 'Add lists to Sairoon + Fatah + Nasr' }))
    await user.click(
      group.getByRole('button', { name: 'Add PUK + Baghdad Alliance to Sairoon + Fatah + Nasr' }),
    )
    expect(activeMembers()).toEqual(['sairoon', 'fatah', 'nasr', 'puk', 'baghdad-alliance'])
    expect(
      screen.getByText('Every member is needed: a minimal winning coalition, 165 ≥ 165.'),
    ).toBeInTheDocument()
  })
})

describe('AnalysisPanel: minimal winning coalitions', () => {
  it('gives the exact count, pages through the results and loads one as a coalition', async () => {
    const user = userEvent.setup()
    await renderPanel()
    expect(
      screen.getByText('Exactly 1,069,113,380 minimal winning coalitions reach 165 seats.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Showing 1–20 of 1,069,113,380')).toBeInTheDocument()
    const pages = within(screen.getByRole('navigation', { name: 'Pages of results' }))
    expect(pages.getByRole('button', { name: 'Previous' })).toBeDisabled()
    await user.click(pages.getByRole('button', { name: 'Next' }))
    expect(screen.getByText('Showing 21–40 of 1,069,113,380')).toBeInTheDocument()
    await user.click(pages.getByRole('button', { name: 'Previous' }))
    const results = within(
      screen.getByRole('list', { name: 'Minimal winning coalitions, page of results' }),
    )
    expect(results.getAllByRole('listitem')).toHaveLength(20)
    await user.click(
      results.getByRole('button', { name: 'Load as coalition Sairoon + Fatah + Nasr + KDP' }),
    )
    const { coalitions } = useScenarioStore.getState()
    expect(coalitions.map((c) => c.partyIds)).toEqual([[], ['sairoon', 'fatah', 'nasr', 'kdp']])
    expect(
      screen.getByText('Loaded as coalition 2: Sairoon + Fatah + Nasr + KDP.'),
    ).toBeInTheDocument()
  })

  it('filters by lists that must or must not be in, by size, and orders by fewest seats', async () => {
    const user = userEvent.setup()
    await renderPanel()
    const exclude = within(screen.getByRole('group', { name: 'Must exclude' }))
    await user.type(
      exclude.getByRole('searchbox', { name: 'Find a list in “Must exclude”' }),
      'sai',
    )
    expect(exclude.getAllByRole('checkbox')).toHaveLength(1)
    await user.click(exclude.getByRole('checkbox', { name: /^Sairoon/ }))
    const include = within(screen.getByRole('group', { name: 'Must include' }))
    expect(include.getByRole('checkbox', { name: /^Sairoon/ })).toBeDisabled()
    await user.click(include.getByRole('checkbox', { name: /^Hikma/ }))
    await user.type(screen.getByRole('spinbutton', { name: 'At most this many lists' }), '6')
    await user.click(screen.getByRole('radio', { name: 'Fewest seats first (smallest surplus)' }))
    expect(screen.getByText(/of them match the filters\.$/)).toBeInTheDocument()
    const items = within(
      screen.getByRole('list', { name: 'Minimal winning coalitions, page of results' }),
    ).getAllByRole('listitem')
    for (const item of items) {
      expect(item).toHaveTextContent('Hikma')
      expect(item).not.toHaveTextContent('Sairoon')
      expect(item).toHaveTextContent(/ · [1-6] lists · /)
    }
    expect(items[0]).toHaveTextContent('none to spare')
  })
})

describe('AnalysisPanel: voting power', () => {
  it('lists every list with both indices, summing to 100%', async () => {
    await renderPanel()
    const table = within(screen.getByRole('table', { name: /Seat share and voting power/ }))
    const rows = table.getAllByRole('row')
    // The heading row, 37 lists and the total.
    expect(rows).toHaveLength(39)
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Sairoon')
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['54', '16.4%', '17.8%', '17.9%'])
    expect(
      within(rows[38]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['329', '100.0%', '100.0%', '100.0%'])
    expect(
      screen.getByText(
        /^Every list with a seat has some power at 165\. Furthest from their size: Sairoon/,
      ),
    ).toBeInTheDocument()
  })

  it('sorts by a column when its heading is pressed', async () => {
    const user = userEvent.setup()
    await renderPanel()
    const table = within(screen.getByRole('table', { name: /Seat share and voting power/ }))
    await user.click(table.getByRole('button', { name: 'Banzhaf index' }))
    const header = table.getByRole('columnheader', { name: 'Banzhaf index' })
    expect(header).toHaveAttribute('aria-sort', 'descending')
    await user.click(table.getByRole('button', { name: 'Banzhaf index' }))
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    const first = table.getAllByRole('row')[1]!
    expect(within(first).getAllByRole('cell')[0]).toHaveTextContent('1')
  })

  it('treats a coalition as one bloc in alliance mode', async () => {
    const user = userEvent.setup()
    buildCoalition(['sairoon', 'fatah', 'nasr', 'kdp'])
    await renderPanel()
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Alliance mode: treat Sairoon + Fatah + Nasr + KDP as one bloc',
      }),
    )
    const table = within(screen.getByRole('table', { name: /Seat share and voting power/ }))
    const rows = table.getAllByRole('row')
    expect(rows).toHaveLength(36)
    const bloc = within(rows[1]!)
    expect(bloc.getByRole('rowheader')).toHaveTextContent('Sairoon + Fatah + Nasr + KDP (bloc)')
    // 168 of 329 seats: the bloc alone is a majority, a dictator.
    expect(bloc.getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '168',
      '51.1%',
      '100.0%',
      '100.0%',
    ])
    expect(screen.getByText(/^No power at all: State of Law, Wataniya/)).toBeInTheDocument()
    // The choice is part of the scenario, so the link carries it (`al=1`).
    expect(useScenarioStore.getState().allianceMode).toBe(true)
  })

  it('opens in alliance mode when the scenario (e.g. a link) says so', async () => {
    buildCoalition(['sairoon', 'fatah', 'nasr', 'kdp'])
    useScenarioStore.setState({ allianceMode: true })
    await renderPanel()
    expect(
      screen.getByRole('checkbox', {
        name: 'Alliance mode: treat Sairoon + Fatah + Nasr + KDP as one bloc',
      }),
    ).toBeChecked()
  })

  it('computes a large chamber off the page and shows it once ready', async () => {
    // 37 lists and 30 more of one seat each: past 60 lists, so the worker client answers.
    for (let i = 1; i <= 30; i++) useScenarioStore.getState().addList(`Extra ${i}`, 1)
    render(<AnalysisPanel />)
    expect(await screen.findByText('Computing voting power…')).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: /Seat share and voting power/ })
    expect(within(table).getAllByRole('row')).toHaveLength(69)
    expect(await screen.findByText(/^Showing 1–20 of /)).toBeInTheDocument()
  })
})

describe('AnalysisPanel in Arabic', () => {
  it('explains in Arabic, with Arabic-Indic digits when chosen', async () => {
    useScenarioStore.getState().setLocale('ar')
    buildCoalition(['sairoon', 'fatah', 'nasr', 'kdp', 'sol', 'hikma', 'gorran'])
    await renderPanel('العتبة المعتمدة في التحليل')
    expect(
      screen.getByText('قائمة الفتح غير ضرورية: من دونها يبقى للائتلاف 170 مقعدًا، أي 165 أو أكثر.'),
    ).toBeInTheDocument()
    expect(screen.getByText('ينقصه 3 مقاعد لبلوغ أغلبية الثلثين')).toBeInTheDocument()
    useScenarioStore.getState().setDigits('arabic')
    expect(
      await screen.findByText('عدد الائتلافات الفائزة الدنيا التي تبلغ ١٦٥: ١٬٠٦٩٬١١٣٬٣٨٠ بالضبط.'),
    ).toBeInTheDocument()
    const table = within(screen.getByRole('table', { name: /حصة كل قائمة من المقاعد/ }))
    expect(within(table.getAllByRole('row')[1]!).getAllByRole('cell')[1]).toHaveTextContent('١٦٫٤٪')
  })
})

describe('AnalysisPanel with lists of the reader’s own', () => {
  it('loads a coalition that includes a list added to the parliament', async () => {
    const user = userEvent.setup()
    useScenarioStore.getState().addList('Newcomers', 150)
    await renderPanel()
    const results = within(
      screen.getByRole('list', { name: 'Minimal winning coalitions, page of results' }),
    )
    // 150 + 18 = 168: the two-list coalition with the fewest seats.
    await user.click(results.getByRole('button', { name: 'Load as coalition Newcomers + PUK' }))
    expect(activeMembers()).toHaveLength(2)
    expect(activeMembers()).toContain('puk')
  })
})

describe('AnalysisPanel with an empty parliament', () => {
  it('says that no coalition can win instead of failing', async () => {
    useScenarioStore.getState().startBlankParliament('Empty')
    await renderPanel()
    expect(
      screen.getByText(
        'The lists hold 0 seats, fewer than the 1 needed: no coalition can win, so no list has any power.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: /Seat share and voting power/ })).toBeNull()
  })
})
