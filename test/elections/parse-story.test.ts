import { describe, expect, it } from 'vitest'
import storyFile from '../../data/story-2018.json'
import electionFile from '../../data/iraq-2018.json'
import { buildCatalog, parseElection } from '../../src/elections/parse-election'
import {
  type Story,
  parseStory,
  readStoryFile,
  storyProblems,
} from '../../src/elections/parse-story'
import type { Election } from '../../src/elections/types'

function election(): Election {
  const parsed = parseElection(electionFile)
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.value
}

function story(): Story {
  const parsed = parseStory(storyFile)
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return parsed.value
}

/** A copy of the shipped story file with one change, for hostile-input tests. */
function storyWith(change: (s: typeof storyFile) => void): unknown {
  const copy = structuredClone(storyFile)
  change(copy)
  return copy
}

describe('data/story-2018.json', () => {
  it('passes the story schema', () => {
    expect(parseStory(storyFile)).toMatchObject({ ok: true })
  })

  it('fits the 2018 election: known lists and versions, and every quoted seat figure matches the table', () => {
    expect(storyProblems(story(), election())).toEqual([])
  })

  it('tells the seven steps of the issue, in date order', () => {
    const steps = story().steps
    expect(steps.map((s) => s.id)).toEqual([
      'results',
      'tripartite',
      'sadr-amiri',
      'sadr-abadi',
      'recount',
      'islah-binaa',
      'government',
    ])
    const dates = steps.map((s) => s.date)
    expect([...dates].sort()).toEqual(dates)
  })

  it('quotes the tripartite agreement at 94 by the table and says Rudaw claimed 95', () => {
    const step = story().steps[1]!
    expect(step.figures).toContainEqual({
      partyIds: ['sairoon', 'hikma', 'wataniya'],
      seats: 94,
      short: 71,
    })
    expect(step.caption).toMatch(/94 seats/)
    expect(step.caption).toMatch(/Rudaw reported 95/)
  })

  it('states the rival claims of Islah and Binaa and that together they exceed 329', () => {
    const step = story().steps[5]!
    for (const n of [162, 174, 177, 180, 184, 145, 149, 150, 154])
      expect(step.caption).toContain(String(n))
    expect(step.caption).toMatch(/more than 329/)
    expect(step.note).toMatch(/Fayyadh/)
    expect(step.note).toMatch(/Khanjar/)
  })

  it('builds Islah and Binaa from whole lists, with no list in both', () => {
    const [islah, binaa] = story().steps[5]!.scenario.coalitions
    expect(islah?.partyIds).toEqual(
      expect.arrayContaining([
        'sairoon',
        'nasr',
        'hikma',
        'wataniya',
        'qarar',
        'turkmen-front-kirkuk',
        'bayariq-khair',
        'abirun',
      ]),
    )
    expect(binaa?.partyIds).toEqual(
      expect.arrayContaining(['fatah', 'sol', 'jamahir-party', 'babylon', 'eradaa', 'kafaat']),
    )
    expect(islah?.partyIds.filter((id) => binaa?.partyIds.includes(id))).toEqual([])
  })

  it('uses the May table before the recount and the final table from the recount on', () => {
    expect(story().steps.map((s) => s.scenario.versionId)).toEqual([
      'may2018',
      'may2018',
      'may2018',
      'may2018',
      'final2018',
      'final2018',
      'final2018',
    ])
  })

  it('gives every source a publisher and a date, and the same address as the election data where both cite it', () => {
    const electionUrls = new Map(election().sources.map((s) => [s.id, s.url]))
    for (const source of story().sources) {
      expect(source.publisher).not.toBe('')
      expect(source.date).toMatch(/^2018-/)
      if (electionUrls.has(source.id)) expect(source.url).toBe(electionUrls.get(source.id))
    }
  })

  it('reads into the story catalog without errors', () => {
    const shipped = buildCatalog({ 'data/iraq-2018.json': electionFile })
    expect(readStoryFile(storyFile, 'data/story-2018.json', shipped)).toMatchObject({ errors: [] })
  })
})

describe('parseStory', () => {
  it.each([
    [
      'a missing title',
      (s: typeof storyFile) => Reflect.deleteProperty(s.steps[0]!, 'title'),
      'steps[0].title',
    ],
    [
      'a date in another format',
      (s: typeof storyFile) => void (s.steps[2]!.date = '12/06/2018'),
      'steps[2].date',
    ],
    [
      'an end before the start',
      (s: typeof storyFile) => void (s.steps[1]!.dateEnd = '2018-06-01'),
      'steps[1].dateEnd: is before the date',
    ],
    [
      'an unknown source',
      (s: typeof storyFile) => void (s.steps[0]!.sourceIds = ['nowhere']),
      'steps[0].sourceIds[0]: unknown source "nowhere"',
    ],
    [
      'an active coalition that is not there',
      (s: typeof storyFile) => void (s.steps[0]!.scenario.activeCoalitionId = 'c9'),
      'steps[0].scenario.activeCoalitionId',
    ],
    [
      'a negative figure',
      (s: typeof storyFile) => void (s.steps[0]!.figures[0]!.seats = -1),
      'steps[0].figures[0].seats: must not be negative',
    ],
    [
      'a source that is not a web address',
      (s: typeof storyFile) => void (s.sources[0]!.url = 'javascript:alert(1)'),
      'sources[0].url',
    ],
  ])('rejects %s and names the field', (_, change, field) => {
    const result = parseStory(storyWith(change), 'story.json')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.join('\n')).toContain(`story.json: ${field}`)
  })

  it.each([null, 42, 'story', [], {}])('returns errors instead of throwing for %j', (input) => {
    expect(parseStory(input)).toMatchObject({ ok: false })
  })
})

describe('storyProblems', () => {
  it('reports a list the election does not have', () => {
    const parsed = parseStory(
      storyWith((s) => void s.steps[0]!.scenario.coalitions[0]!.partyIds.push('ghost-list')),
    )
    expect(parsed.ok && storyProblems(parsed.value, election())).toEqual([
      'story: steps[0].scenario.coalitions[0].partyIds[1]: unknown list "ghost-list"',
    ])
  })

  it('reports a quoted figure the seat table does not give', () => {
    const parsed = parseStory(storyWith((s) => void (s.steps[1]!.figures[0]!.seats = 95)))
    expect(parsed.ok && storyProblems(parsed.value, election())).toContain(
      'story: steps[1].figures[0].seats: is 95 but the may2018 table gives 94',
    )
  })

  it('reports a figure the caption does not quote', () => {
    const parsed = parseStory(storyWith((s) => void (s.steps[1]!.caption = 'Three lists signed.')))
    expect(parsed.ok && storyProblems(parsed.value, election())).toContain(
      'story: steps[1].caption: does not quote the figure 94',
    )
  })

  it('reports a wrong distance to the majority', () => {
    const parsed = parseStory(
      storyWith((s) => void ((s.steps[1]!.figures[0] as { short?: number }).short = 70)),
    )
    expect(parsed.ok && storyProblems(parsed.value, election())).toContain(
      'story: steps[1].figures[0].short: is 70 but 165 − 94 = 71',
    )
  })
})

describe('storyProblems, for the fields of the 2022 story', () => {
  const base = () => {
    const parsed = parseStory(storyFile)
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    return parsed.value
  }

  it.each<[string, (s: Story) => void, string]>([
    [
      'a short of two-thirds that does not follow from the seats',
      (s) => void (s.steps[1]!.figures[0]!.shortOfTwoThirds = 1),
      'story: steps[1].figures[0].shortOfTwoThirds: is 1 but 220 − 94 = 126',
    ],
    [
      'a claim the caption does not quote',
      (s) => void (s.steps[0]!.claims = [{ bloc: 'X', seats: 999, sourceIds: ['wiki-may29'] }]),
      'story: steps[0].caption: does not quote the figure 999',
    ],
    [
      'an attendance against the wrong quorum',
      (s) =>
        void (s.steps[0]!.attendance = {
          present: 54,
          variants: [],
          rung: 'two-thirds',
          needed: 165,
          sourceIds: ['wiki-may29'],
        }),
      'story: steps[0].attendance.needed: is 165 but two-thirds of 329 is 220',
    ],
    [
      'a seat edit of an unknown list',
      (s) => void (s.steps[0]!.scenario.seatEdits = { ghost: 3 }),
      'story: steps[0].scenario.seatEdits.ghost: unknown list "ghost"',
    ],
    [
      'an added list that makes the chamber larger',
      (s) =>
        void (s.steps[0]!.scenario.addedLists = [
          { id: 'extra', name: 'Extra', seats: 5, color: '#123456', camp: 'x' },
        ]),
      'story: steps[0].scenario: the edited seats sum to 334, not the chamber size 329',
    ],
  ])('reports %s', (_, change, message) => {
    const s = base()
    change(s)
    expect(storyProblems(s, election())).toContain(message)
  })

  it('reads a figure against the edited table of its step', () => {
    const s = base()
    s.steps[0]!.scenario.seatEdits = { sairoon: 0, fatah: 101 }
    s.steps[0]!.figures = [{ partyIds: ['fatah'], seats: 101 }]
    s.steps[0]!.caption += ' Fatah 101.'
    s.steps[0]!.captionAr += ' 101.'
    expect(storyProblems(s, election())).toEqual([])
  })

  it('refuses a claim or an attendance citing an unknown source', () => {
    const result = parseStory(
      storyWith((s) => {
        Object.assign(s.steps[0]!, {
          claims: [{ bloc: 'X', seats: 54, sourceIds: ['nope'] }],
          attendance: { present: 54, rung: 'majority', needed: 165, sourceIds: ['nope2'] },
        })
      }),
    )
    expect(result.ok ? [] : result.errors).toEqual([
      'story: steps[0].claims[0].sourceIds[0]: unknown source "nope"',
      'story: steps[0].attendance.sourceIds[0]: unknown source "nope2"',
    ])
  })
})
