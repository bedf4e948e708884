import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ChallengePanel } from '../../../src/components/classroom/challenge-panel'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

const press = (...ids: string[]) =>
  act(() => ids.forEach((id) => useScenarioStore.getState().toggleParty(id)))
const panel = () => screen.getByRole('region', { name: 'Challenges' })

describe('ChallengePanel', () => {
  it('starts a ready-made task on the final table with an empty coalition, and puts it in the scenario', async () => {
    const user = userEvent.setup()
    press('sairoon')
    render(<ChallengePanel />)
    await user.click(screen.getByRole('button', { name: 'Try it: Reach 165 without Sairoon' }))
    expect(useScenarioStore.getState()).toMatchObject({
      challengeId: 'no-sairoon',
      versionId: 'final2018',
    })
    expect(useScenarioStore.getState().coalitions).toEqual([{ id: 'c1', name: '', partyIds: [] }])
    expect(
      within(panel()).getByRole('heading', { name: 'Reach 165 without Sairoon' }),
    ).toBeInTheDocument()
    expect(panel()).toHaveTextContent('The coalition has no lists yet.')
  })

  it('says why a coalition fails, then that it passes', async () => {
    useScenarioStore.setState({ challengeId: 'no-sairoon', versionId: 'final2018' })
    render(<ChallengePanel />)
    press('sairoon', 'fatah', 'nasr')
    expect(panel()).toHaveTextContent('Checking “Sairoon + Fatah + Nasr”: ✖ Not yet solved.')
    const reasons = within(panel())
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(reasons).toEqual([
      'Sairoon is ruled out by the task.',
      'It has 144 seats: 21 short of 165.',
    ])

    // 48 + 42 + 25 + 25 + 21 + 18 = 179
    press('sairoon', 'kdp', 'sol', 'wataniya', 'puk')
    expect(panel()).toHaveTextContent('✔ Solved: 179 seats, 165 needed, and every rule kept.')
    expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0)
  })

  it('names the camp rule and the minimality rule it breaks', () => {
    useScenarioStore.setState({ challengeId: 'four-lists', versionId: 'final2018' })
    render(<ChallengePanel />)
    press('sairoon', 'fatah', 'nasr', 'kdp', 'sol')
    const reasons = within(panel())
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(reasons).toEqual([
      'It has 5 lists; the task allows at most 4.',
      'It is not minimal: without KDP it would still have 169 seats.',
    ])
  })

  it('reveals how many coalitions solve the task when asked', async () => {
    const user = userEvent.setup()
    useScenarioStore.setState({ challengeId: 'four-lists', versionId: 'final2018' })
    render(<ChallengePanel />)
    expect(panel()).not.toHaveTextContent('coalitions solve')
    await user.click(screen.getByRole('button', { name: 'Show how many solutions exist' }))
    // 54 + 48 + 42 with KDP (25), State of Law (25) or Wataniya (21).
    expect(panel()).toHaveTextContent('3 coalitions solve this task.')
  })

  it('lets a teacher write a task that the link carries as a short id', async () => {
    const user = userEvent.setup()
    render(<ChallengePanel />)
    await user.click(screen.getByText('Write a challenge'))
    await user.click(screen.getByRole('radio', { name: 'Two-thirds (220 seats)' }))
    const camps = screen.getByRole('group', { name: 'Leave out these camps' })
    await user.click(within(camps).getByRole('checkbox', { name: 'Kurdish' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Number of lists' }), 'At most 6')
    expect(panel()).toHaveTextContent(
      'The task: Reach two-thirds: 220 seats; with at most 6 lists; without Kurdish lists',
    )
    await user.click(screen.getByRole('button', { name: 'Set this challenge' }))

    expect(useScenarioStore.getState().challengeId).toBe('my-t2-n6-xc-kurdish')
    expect(
      within(panel()).getByRole('heading', { name: 'A task written for this class' }),
    ).toBeInTheDocument()
    press('puk')
    expect(panel()).toHaveTextContent('PUK is ruled out: the task leaves out Kurdish lists.')
  })

  it('says when a link names no known challenge, and leaves it', async () => {
    const user = userEvent.setup()
    useScenarioStore.setState({ challengeId: 'win-everything' })
    render(<ChallengePanel />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The link names a challenge Kutla does not know: “win-everything”.',
    )
    await user.click(screen.getByRole('button', { name: 'Leave the challenge' }))
    expect(useScenarioStore.getState().challengeId).toBeNull()
  })

  it('speaks Arabic', () => {
    useScenarioStore.setState({ locale: 'ar', challengeId: 'no-sairoon', versionId: 'final2018' })
    render(<ChallengePanel />)
    press('sairoon')
    const region = screen.getByRole('region', { name: 'التحديات' })
    expect(
      within(region).getByRole('heading', { name: 'بلوغ 165 من دون سائرون' }),
    ).toBeInTheDocument()
    expect(region).toHaveTextContent('المهمة تستبعد سائرون.')
  })
})
