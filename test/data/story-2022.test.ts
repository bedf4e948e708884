/**
 * The 2022 story against its election and against the reference figures, copied by hand into the
 * test: the Save the Homeland sum, the quorum, the attendance of each failed session, the
 * resignation as an edit of the chamber and the disagreeing Framework estimates.
 */
import { describe, expect, it } from 'vitest'
import storyFile from '../../data/story-2022.json'
import electionFile from '../../data/iraq-2021.json'
import { parseElection } from '../../src/elections/parse-election'
import { type Story, parseStory, storyProblems } from '../../src/elections/parse-story'

const election = (() => {
  const parsed = parseElection(electionFile, 'data/iraq-2021.json')
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.value
})()

const story: Story = (() => {
  const parsed = parseStory(storyFile, 'data/story-2022.json')
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.value
})()

const step = (id: string) => story.steps.find((s) => s.id === id)!

describe('data/story-2022.json', () => {
  it('fits the 2021 election: known lists and versions, and every quoted figure matches', () => {
    expect(story.electionId).toBe('iraq-2021')
    expect(storyProblems(story, election, 'data/story-2022.json')).toEqual([])
  })

  it('tells eight steps from the certified results to the Sudani government, in date order', () => {
    expect(story.title).toBe('2022: a majority that could not elect a president')
    expect(story.steps.map((s) => [s.id, s.date])).toEqual([
      ['certified', '2021-11-30'],
      ['first-session', '2022-01-09'],
      ['quorum', '2022-02-03'],
      ['boycott', '2022-02-07'],
      ['save-the-homeland', '2022-03-23'],
      ['blocking-third', '2022-03-30'],
      ['resignation', '2022-06-12'],
      ['government', '2022-09-25'],
    ])
    expect(story.steps.at(-1)?.dateEnd).toBe('2022-10-27')
  })

  it('is in English and Arabic throughout', () => {
    expect(story.titleAr).toMatch(/[\u0600-\u06ff]/)
    for (const s of story.steps) {
      expect(s.titleAr, s.id).toMatch(/[\u0600-\u06ff]/)
      expect(s.captionAr, s.id).toMatch(/[\u0600-\u06ff]/)
      expect(s.noteAr === undefined).toBe(s.note === undefined)
      for (const c of s.scenario.coalitions) expect(c.nameAr, `${s.id} ${c.id}`).toBeDefined()
    }
  })

  it('sums Save the Homeland to 155 certified seats, 10 short of 165 and 65 short of 220', () => {
    expect(step('save-the-homeland').figures[0]).toEqual({
      partyIds: ['sadrist-movement', 'kdp', 'taqaddum', 'azm'],
      seats: 155,
      short: 10,
      shortOfTwoThirds: 65,
    })
    expect(step('save-the-homeland').claims.map((c) => c.seats)).toEqual([175])
  })

  it('gives each failed session its attendance against the 220 quorum', () => {
    expect(
      story.steps.flatMap((s) =>
        s.attendance
          ? [[s.id, s.attendance.present, s.attendance.variants, s.attendance.needed]]
          : [],
      ),
    ).toEqual([
      ['boycott', 58, [], 220],
      ['save-the-homeland', 202, [], 220],
      ['blocking-third', 178, [200, 120], 220],
      ['government', 277, [], 220],
    ])
  })

  it("keeps the Framework's blocking third as a claim beside its lists' 58 seats", () => {
    const s = step('blocking-third')
    expect(s.claims).toEqual([expect.objectContaining({ seats: 126 })])
    expect(s.figures).toEqual([
      { partyIds: ['state-of-law', 'fatah', 'state-forces', 'national-contract'], seats: 58 },
    ])
  })

  it('edits the chamber at the resignation: 73 Sadrist seats to the runners-up, both Framework estimates kept', () => {
    const s = step('resignation')
    expect(s.scenario.seatEdits).toEqual({ 'sadrist-movement': 0 })
    expect(s.scenario.addedLists).toEqual([
      expect.objectContaining({ id: 'sadrist-replacements', seats: 73 }),
    ])
    expect(s.claims.map((c) => c.seats)).toEqual([130, 122])
    // The edit stays in force for the rest of the story.
    expect(step('government').scenario.seatEdits).toEqual({ 'sadrist-movement': 0 })
  })

  it('cites only sources with a publisher, a URL and a date no earlier than the results', () => {
    for (const s of story.sources) {
      expect(s.publisher).not.toBe('')
      expect(s.url).toMatch(/^https?:\/\//)
      expect(s.date >= '2021-11', s.id).toBe(true)
    }
  })
})
