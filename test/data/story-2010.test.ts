/** The short 2010 story against its election and the reference figures (copied by hand). */
import { describe, expect, it } from 'vitest'
import storyFile from '../../data/story-2010.json'
import electionFile from '../../data/iraq-2010.json'
import { parseElection } from '../../src/elections/parse-election'
import { parseStory, storyProblems } from '../../src/elections/parse-story'

describe('data/story-2010.json', () => {
  const election = parseElection(electionFile)
  const story = parseStory(storyFile)
  if (!election.ok || !story.ok) throw new Error('the 2010 files do not parse')

  it('fits the 2010 election, every quoted figure included', () => {
    expect(storyProblems(story.value, election.value, 'data/story-2010.json')).toEqual([])
  })

  it('tells five dated steps from the largest-bloc opinion to the second Maliki government', () => {
    expect(story.value.steps.map((s) => s.date)).toEqual([
      '2010-03-25',
      '2010-03-26',
      '2010-06-01',
      '2010-11-11',
      '2010-12-21',
    ])
  })

  it('gives State of Law and the INA 159 seats together, 4 short of 163', () => {
    const step = story.value.steps.find((s) => s.id === 'national-alliance')!
    expect(step.figures[0]).toEqual({ partyIds: ['state-of-law', 'ina'], seats: 159, short: 4 })
  })
})
