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
    ])
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
  ])('refuses %s, naming the file and field', (_, file, change, message) => {
    const checked = checkShippedData(SHIPPED_FILES, readWith(file, change))
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.errors.join('\n')).toContain(message)
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
