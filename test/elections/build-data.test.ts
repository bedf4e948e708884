import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import {
  SHIPPED_FILES,
  type ShippedFiles,
  checkShippedData,
  shippedDataPlugin,
} from '../../src/build-data'

const readShipped = (name: string) => readFileSync(name, 'utf8')

/** The shipped files, with one of them changed. */
function readWith(name: string, change: (json: Record<string, unknown>) => void) {
  return (file: string) => {
    if (file !== name) return readShipped(file)
    const json = JSON.parse(readShipped(file)) as Record<string, unknown>
    change(json)
    return JSON.stringify(json)
  }
}

type Json = Record<string, unknown> & { parties: { seats: Record<string, number> }[] }

describe('checkShippedData', () => {
  it('passes the shipped files and writes every module the app imports', () => {
    const checked = checkShippedData(SHIPPED_FILES, readShipped)
    expect(checked.ok ? [...checked.modules.keys()] : checked.errors).toEqual([
      'elections',
      'elections-ar',
      'details/iraq-2018',
      'story',
      'challenges',
      'election/iraq-2010',
      'election/iraq-2021',
      'election/iraq-2025',
      'more-elections',
      'story/iraq-2018-story',
      'story/iraq-2010-story',
      'story/iraq-2022-story',
      'stories',
      'challenges/iraq-2018',
      'challenges/iraq-2010',
      'challenges/iraq-2021',
      'challenges/iraq-2025',
      'challenge-sets',
      'camps',
    ])
  })

  it('lists only the 2018 election in the first-screen module, the others load by id', () => {
    const checked = checkShippedData(SHIPPED_FILES, readShipped)
    if (!checked.ok) throw new Error(checked.errors.join('\n'))
    const [cores = '', index = ''] = (checked.modules.get('elections') ?? '').split(
      'export const electionIndex',
    )
    expect(cores).toContain('"id":"iraq-2018"')
    expect(cores).not.toContain('"id":"iraq-2021"')
    // The switcher's index names every election, a few fields each, no lists.
    for (const id of ['iraq-2010', 'iraq-2018', 'iraq-2021', 'iraq-2025'])
      expect(index).toContain(`"id":"${id}"`)
    expect(index).not.toContain('"parties"')
    expect(checked.modules.get('more-elections')).toContain(
      '"iraq-2021": () => import("virtual:kutla-data/election/iraq-2021")',
    )
    expect(checked.modules.get('stories')).toContain('"iraq-2022-story"')
  })

  it.each<[string, string, (json: Record<string, unknown>) => void, string]>([
    [
      'a negative seat count in the election',
      'data/iraq-2018.json',
      (json) => void ((json as Json).parties[0]!.seats.may2018 = -1),
      'data/iraq-2018.json: parties[0].seats.may2018: must not be negative',
    ],
    [
      'a story step without a title',
      'data/story-2018.json',
      (json) => void Reflect.deleteProperty((json.steps as object[])[0]!, 'title'),
      'data/story-2018.json: steps[0].title: ',
    ],
    [
      'a story figure the seat table does not give',
      'data/story-2018.json',
      (json) => {
        const figure = (json.steps as { figures: { seats: number }[] }[]).find(
          (s) => s.figures.length,
        )!.figures[0]!
        figure.seats += 1
      },
      '.seats: is ',
    ],
    [
      'a challenge naming a list the election does not have',
      'data/challenges/iraq-2018.json',
      (json) =>
        void ((json.challenges as { rule: { excludeLists: string[] } }[])[0]!.rule.excludeLists = [
          'ghost',
        ]),
      'data/challenges/iraq-2018.json: challenges[0].rule: unknown list "ghost"',
    ],
    [
      'a 2021 table that no longer sums to the chamber',
      'data/iraq-2021.json',
      (json) => void ((json as Json).parties[0]!.seats.certified = 74),
      'data/iraq-2021.json: versions[1]: seats of version "certified" sum to 330, not the chamber size 329',
    ],
    [
      'a threshold that does not follow from the chamber size',
      'data/iraq-2010.json',
      (json) => void ((json.thresholds as { seats: number }[])[1]!.seats = 220),
      'data/iraq-2010.json: thresholds[1].seats: is 220 but two-thirds of 325 seats is 217',
    ],
    [
      'an attendance the 2022 story gives against the wrong quorum',
      'data/story-2022.json',
      (json) => {
        const step = (json.steps as { attendance?: { needed: number } }[]).find((s) => s.attendance)
        step!.attendance!.needed = 165
      },
      'data/story-2022.json: steps[3].attendance.needed: is 165 but two-thirds of 329 is 220',
    ],
    [
      "a resignation edit that loses seats from the 2022 story's chamber",
      'data/story-2022.json',
      (json) => {
        const step = (
          json.steps as { id: string; scenario: { addedLists?: { seats: number }[] } }[]
        ).find((s) => s.id === 'resignation')!
        step.scenario.addedLists![0]!.seats = 70
      },
      'data/story-2022.json: steps[6].scenario: the edited seats sum to 326, not the chamber size 329',
    ],
    [
      'a 2025 challenge naming an unknown camp',
      'data/challenges/iraq-2025.json',
      (json) =>
        void ((json.challenges as { rule: { excludeCamps?: string[] } }[])[0]!.rule.excludeCamps = [
          'martian',
        ]),
      'data/challenges/iraq-2025.json: challenges[0].rule: unknown camp "martian"',
    ],
    [
      'a camp map whose camp leaves out a list',
      'data/mappings/camps.json',
      (json) =>
        void (json.camps as { byElection: Record<string, { lists: string[] }> }[])[0]!.byElection[
          'iraq-2010'
        ]!.lists.pop(),
      'data/mappings/camps.json: camps[0].byElection.iraq-2010.lists: are not the lists iraq-2010 gives camp "shia-islamist"',
    ],
  ])('refuses %s, naming the file and field', (_, file, change, message) => {
    const checked = checkShippedData(SHIPPED_FILES, readWith(file, change))
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.errors.join('\n')).toContain(message)
  })

  it('refuses two files with one story id, or two challenge files for one election, naming the file', () => {
    const checked = checkShippedData(
      {
        ...SHIPPED_FILES,
        moreStories: ['data/story-2022.json', 'data/story-2022.json'],
        moreChallenges: ['data/challenges/iraq-2018.json'],
      },
      readShipped,
    )
    expect(checked.ok ? [] : checked.errors).toEqual([
      'data/story-2022.json: id: another file has the story "iraq-2022-story"',
      'data/challenges/iraq-2018.json: electionId: another file has challenges for "iraq-2018"',
    ])
  })

  it('refuses a file that is not JSON', () => {
    const checked = checkShippedData(SHIPPED_FILES, (name) =>
      name === 'data/iraq-2018.json' ? '{ "id": ' : readShipped(name),
    )
    expect(checked.ok ? [] : checked.errors[0]).toMatch(/^data\/iraq-2018\.json: \(root\): /)
  })

  it('keeps a story that does not fit its election out, when lenient, instead of refusing', () => {
    const checked = checkShippedData(
      SHIPPED_FILES,
      readWith('data/iraq-2018.json', (json) => {
        const parties = (json as Json).parties
        for (const p of parties) p.seats.may2018 = p.seats.final2018!
      }),
      { lenient: true },
    )
    expect(checked.ok).toBe(true)
    if (checked.ok) {
      expect(checked.modules.get('story')).not.toContain('"steps"')
      expect(checked.modules.get('story')).toContain('"errors":["data/story-2018.json: steps[')
    }
  })
})

describe('shippedDataPlugin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kutla-data-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  function buildWith(files: ShippedFiles) {
    writeFileSync(
      join(dir, 'entry.js'),
      "import { elections } from 'virtual:kutla-data/elections'\nexport default elections.length\n",
    )
    return build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [shippedDataPlugin({ files })],
      build: { write: false, lib: { entry: join(dir, 'entry.js'), formats: ['es'] } },
    })
  }

  const copy = (name: string, change?: (json: Json) => void) => {
    const json = JSON.parse(readShipped(name)) as Json
    change?.(json)
    const out = join(dir, name.replaceAll('/', '_'))
    writeFileSync(out, JSON.stringify(json))
    return out
  }

  it('builds with the shipped files', async () => {
    const files: ShippedFiles = {
      elections: [copy('data/iraq-2018.json')],
      story: copy('data/story-2018.json'),
      challenges: copy('data/challenges/iraq-2018.json'),
    }
    await expect(buildWith(files)).resolves.toBeDefined()
  })

  it('stops the build on a broken file, naming the file and field', async () => {
    const broken = copy('data/iraq-2018.json', (json) => {
      json.parties[3]!.seats.final2018 = 2.5
    })
    const files: ShippedFiles = {
      elections: [broken],
      story: copy('data/story-2018.json'),
      challenges: copy('data/challenges/iraq-2018.json'),
    }
    await expect(buildWith(files)).rejects.toThrow(
      `${broken}: parties[3].seats.final2018: must be a whole number`,
    )
  })
})
