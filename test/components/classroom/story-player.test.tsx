import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SiteHeader } from '../../../src/components/layout/site-header'
import { StoryPlayer } from '../../../src/components/classroom/story-player'
import { importParliament } from '../../../src/elections/import-parliament'
import { useScenarioStore } from '../../../src/scenario/scenario-store'

const coalitions = () =>
  useScenarioStore.getState().coalitions.map((c) => ({ name: c.name, partyIds: c.partyIds }))

function story() {
  return screen.getByRole('region', { name: 'How Iraq formed a government in 2018' })
}

describe('StoryPlayer', () => {
  it('starts at step 1 with its date, caption, sources and scenario', async () => {
    const user = userEvent.setup()
    render(<StoryPlayer />)
    await user.click(screen.getByRole('button', { name: 'Start the story' }))

    expect(story()).toHaveTextContent('Step 1 of 7')
    expect(
      screen.getByRole('heading', { name: 'Results announced: nobody near 165' }),
    ).toHaveFocus()
    expect(story()).toHaveTextContent('19 May 2018')
    expect(story()).toHaveTextContent(/Sairoon came first with 54 seats/)
    expect(screen.getByRole('link', { name: /^Rudaw/ })).toHaveAttribute(
      'href',
      'http://rudaw.net/english/middleeast/iraq/180520182',
    )
    expect(useScenarioStore.getState()).toMatchObject({
      storyStep: 1,
      versionId: 'may2018',
      activeCoalitionId: 'c1',
    })
    expect(coalitions()).toEqual([
      { name: 'Sairoon', partyIds: ['sairoon'] },
      { name: 'Fatah', partyIds: ['fatah'] },
      { name: 'Nasr', partyIds: ['nasr'] },
    ])
  })

  it('changes the coalitions and the caption with Next and Previous', async () => {
    const user = userEvent.setup()
    render(<StoryPlayer />)
    await user.click(screen.getByRole('button', { name: 'Start the story' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(story()).toHaveTextContent('Step 2 of 7')
    expect(story()).toHaveTextContent(/7\s?–\s?8 June 2018/)
    expect(story()).toHaveTextContent(
      /the three lists hold 94 seats, 71 short of a majority; Rudaw reported 95/,
    )
    expect(coalitions()).toEqual([
      { name: 'Tripartite agreement', partyIds: ['sairoon', 'hikma', 'wataniya'] },
    ])

    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(story()).toHaveTextContent('Step 3 of 7')
    expect(coalitions().map((c) => c.name)).toEqual([
      'Sadr–Amiri alliance',
      'With the tripartite partners',
    ])

    await user.click(screen.getByRole('button', { name: 'Previous' }))
    expect(story()).toHaveTextContent('Step 2 of 7')
    expect(useScenarioStore.getState().storyStep).toBe(2)
  })

  it('steps with the arrow keys while the focus is in the story, and stops at both ends', async () => {
    const user = userEvent.setup()
    render(<StoryPlayer />)
    await user.click(screen.getByRole('button', { name: 'Start the story' }))
    await user.keyboard('{ArrowLeft}')
    expect(useScenarioStore.getState().storyStep).toBe(1)
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )

    for (let i = 0; i < 8; i++) await user.keyboard('{ArrowRight}')
    expect(story()).toHaveTextContent('Step 7 of 7')
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true')
    expect(coalitions().map((c) => c.name)).toEqual([
      'Islah and Binaa lists together',
      'Islah (Reform and Reconstruction)',
      'Binaa (Construction)',
    ])
    await user.keyboard('{ArrowLeft}')
    expect(story()).toHaveTextContent('Step 6 of 7')
  })

  it('leaves the arrow keys to a text field inside the story region', async () => {
    const user = userEvent.setup()
    render(<StoryPlayer actions={<input type="text" aria-label="Class notes" />} />)
    await user.click(screen.getByRole('button', { name: 'Start the story' }))
    await user.click(screen.getByRole('textbox', { name: 'Class notes' }))
    await user.keyboard('ab{ArrowLeft}{ArrowRight}')
    expect(useScenarioStore.getState().storyStep).toBe(1)
  })

  it('opens on the step a link carries, without replacing the link’s coalitions', () => {
    useScenarioStore.setState({ storyStep: 6 })
    render(<StoryPlayer />)
    expect(
      screen.getByRole('heading', {
        name: 'Rival blocs: Islah and Binaa each claim to be the largest',
      }),
    ).toBeInTheDocument()
    expect(story()).toHaveTextContent(
      /Islah was reported at 162, 174, 177, 180 or 184 MPs and Binaa at 145, 149, 150 or more than 154/,
    )
    expect(story()).toHaveTextContent(/Faleh al-Fayyadh's wing/)
    expect(coalitions()).toEqual([{ name: '', partyIds: [] }])
  })

  it('keeps the reader’s language, digits and view when a step loads', async () => {
    const user = userEvent.setup()
    useScenarioStore.setState({ locale: 'ar', digits: 'arabic', view: 'projector' })
    render(<StoryPlayer />)
    await user.click(screen.getByRole('button', { name: 'ابدأ القصة' }))
    expect(useScenarioStore.getState()).toMatchObject({
      locale: 'ar',
      digits: 'arabic',
      view: 'projector',
    })
    const region = screen.getByRole('region', { name: 'كيف شكّل العراق حكومته في ٢٠١٨' })
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent(
      'إعلان النتائج: لا أحد يقترب من ١٦٥',
    )
    expect(region).toHaveTextContent('الخطوة ١ من ٧')
    expect(coalitions().map((c) => c.name)).toEqual(['سائرون', 'الفتح', 'النصر'])
  })

  it('leaves the story with Exit, keeping the scenario on screen', async () => {
    const user = userEvent.setup()
    render(<StoryPlayer />)
    await user.click(screen.getByRole('button', { name: 'Start the story' }))
    await user.click(screen.getByRole('button', { name: 'Exit the story' }))
    expect(useScenarioStore.getState().storyStep).toBeNull()
    expect(screen.getByRole('button', { name: 'Start the story' })).toHaveFocus()
    expect(coalitions()).toHaveLength(3)
  })

  it('is not offered for an imported parliament, whose title is tidied from the file name', () => {
    const imported = importParliament(
      new TextEncoder().encode('name,seats\nLikud,32\nYesh Atid,24\nOthers,64\n'),
      { fileName: 'knesset_2022.csv' },
    )
    if (!imported.ok) throw new Error('the file should import')
    useScenarioStore.getState().loadParliament(imported.election)
    render(
      <>
        <SiteHeader />
        <StoryPlayer />
      </>,
    )
    expect(screen.queryByRole('button', { name: 'Start the story' })).not.toBeInTheDocument()
    expect(screen.queryByText('How Iraq formed a government in 2018')).not.toBeInTheDocument()
    expect(screen.getByText('Knesset 2022')).toBeInTheDocument()
    expect(screen.queryByText(/knesset_2022/)).not.toBeInTheDocument()
  })

  it('comes back with its election', () => {
    render(<StoryPlayer />)
    expect(screen.getByRole('button', { name: 'Start the story' })).toBeInTheDocument()
  })
})
