import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveMajority } from '../../src/coalition/chamber'
import { findElection, loadElectionLocale, versionSeats } from '../../src/elections/catalog'
import { exportCsv, exportJson, exportFileName } from '../../src/elections/export-parliament'
import { firstInvalidUtf8 } from '../../src/elections/file-bytes'
import {
  type ImportIssue,
  type ImportResult,
  importParliament,
} from '../../src/elections/import-parliament'
import { MAX_IMPORT_BYTES } from '../../src/elections/parliament-file-format'
import { translator } from '../../src/i18n/i18n'
import { issueMessage } from '../../src/i18n/problem-text'
import { cleanListName, nonVotingSeats } from '../../src/elections/parliament-edits'
import type { Election } from '../../src/elections/types'

const utf8 = (text: string) => new TextEncoder().encode(text)
const read = (text: string, fileName = 'test.csv') =>
  importParliament(utf8(text), { fileName, today: '2026-01-01' })

function ok(result: ImportResult): Election {
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.election
}

/** The one issue of a refused file, as { row, field, code, message }. */
function refusal(result: ImportResult) {
  if (result.ok) throw new Error('expected the file to be refused')
  expect(result.errors).toHaveLength(1)
  const [{ row, field, code, values }] = result.errors as [(typeof result.errors)[0]]
  return { row, field, code, message: english(code, values) }
}

/** An issue's message as the English interface words it. */
const english = (code: ImportIssue['code'], values: ImportIssue['values']) =>
  issueMessage(translator('en', 'western', 'whatif'), code, values)

const seatsOf = (e: Election) => versionSeats(e, e.defaultVersion)
const majorityOf = (e: Election) => effectiveMajority(e.chamberSize, sumOf(nonVotingSeats(e)))
const sumOf = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0)

describe('importParliament: real parliaments', () => {
  it('reads 736 seats in seven groups and the non-attached: majority 369', () => {
    const e = ok(
      read(
        [
          'name,seats,colour',
          'European People’s Party,265,#3399ff',
          'Socialists & Democrats,184,#ff0000',
          'Liberals and Democrats,84,#ffd700',
          'Greens–European Free Alliance,55,#009900',
          'European Conservatives and Reformists,54,#0054a5',
          'European United Left–Nordic Green Left,35,#990000',
          'Europe of Freedom and Democracy,32,#40e0d0',
          'Non-Inscrits,27,#999999',
        ].join('\n'),
        'european-parliament-2009.csv',
      ),
    )
    expect(e.chamberSize).toBe(736)
    expect(majorityOf(e)).toBe(369)
    // The file has no title: a tidy form of its name, not the raw file name.
    expect(e.title).toBe('European parliament 2009')
    expect(e.parties[1]).toMatchObject({ id: 'socialists-democrats', color: '#ff0000' })
  })

  it.each([
    ['european-parliament-2009.csv', 'European parliament 2009'],
    ['knesset_2022.JSON', 'Knesset 2022'],
    ['C:\\Users\\me\\bundestag.2021.csv', 'Bundestag 2021'],
    ['.csv', 'Imported parliament'],
    ['برلمان-2018.csv', 'برلمان 2018'],
  ])('titles a file without a title of its own from its name: %s → %s', (fileName, title) => {
    expect(ok(read('name,seats\nA,3\n', fileName)).title).toBe(title)
  })

  it('reads a Knesset of 120: majority 61', () => {
    const e = ok(
      read(
        'name;seats\nLikud;32\nYesh Atid;24\nReligious Zionism;14\nNational Unity;12\nShas;11\n' +
          'United Torah Judaism;7\nYisrael Beiteinu;6\nRa’am;5\nHadash–Ta’al;5\nLabor;4\n',
      ),
    )
    expect(e.chamberSize).toBe(120)
    expect(majorityOf(e)).toBe(61)
  })

  it('reads 650 seats with a Speaker who does not vote: majority 325', () => {
    const e = ok(
      read(
        'name,seats,non_voting\nConservative,365,\nLabour,202,\nSNP,48,\nLiberal Democrats,11,\n' +
          'DUP,8,\nSinn Féin,7,\nPlaid Cymru,4,\nSDLP,2,\nGreen,1,\nAlliance,1,\nSpeaker,1,yes\n',
      ),
    )
    expect(e.chamberSize).toBe(650)
    expect(nonVotingSeats(e)).toEqual({ speaker: 1 })
    expect(majorityOf(e)).toBe(325)
  })

  it('reads names in another script, Arabic-Indic digits and camps', () => {
    const e = ok(read('name,other_name,seats,camp\nSairoon,سائرون,٥٤,reform\nFatah,الفتح,۴۷,\n'))
    expect(e.parties.map((p) => [p.id, p.nameAr, p.camp])).toEqual([
      ['sairoon', 'سائرون', 'reform'],
      ['fatah', 'الفتح', 'unknown'],
    ])
    expect(seatsOf(e)).toEqual({ sairoon: 54, fatah: 47 })
  })

  it('gives Arabic-only names ids of their own', () => {
    const e = ok(read('name,seats\nسائرون,54\nالفتح,47\n'))
    expect(e.parties.map((p) => [p.id, p.name])).toEqual([
      ['list', 'سائرون'],
      ['list-2', 'الفتح'],
    ])
  })

  it('takes ids, #rgb colours and a header in any case, with spreadsheet padding', () => {
    const e = ok(read('ID, Name ,SEATS,Color,,\nkdp,KDP,25,#fc0,,\n,PUK,18,,,\n\n'))
    expect(e.parties.map((p) => [p.id, p.color])).toEqual([
      ['kdp', '#ffcc00'],
      ['puk', '#f28e2b'],
    ])
  })

  it('reads tab-separated UTF-16 with a byte-order mark, as Excel saves "Unicode Text"', () => {
    const text = '\ufeffname\tseats\nA\t3\nالفتح\t4\n'
    const bytes = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8
    }
    expect(seatsOf(ok(importParliament(bytes)))).toEqual({ a: 3, list: 4 })
  })

  it('reads a JSON array of lists', () => {
    const e = ok(read('[{"name":"A","seats":60},{"name":"B","seats":"61","color":"#000000"}]'))
    expect(seatsOf(e)).toEqual({ a: 60, b: 61 })
  })

  it('reads a JSON file with vacant seats, a mode and coalitions by id or name', () => {
    const result = read(
      JSON.stringify({
        title: 'Vacancies',
        chamberSize: 125,
        chamberMode: 'fixed',
        lists: [
          { id: 'a', name: 'A', seats: 60 },
          { name: 'B', seats: 61, nonVoting: 1 },
        ],
        coalitions: [{ name: 'All', lists: ['a', 'B'] }],
      }),
    )
    expect(result.ok && result.scenario).toEqual({
      chamberMode: 'fixed',
      coalitions: [{ id: 'c1', name: 'All', partyIds: ['a', 'b'] }],
    })
    const e = ok(result)
    expect(e.title).toBe('Vacancies')
    expect(e.chamberSize).toBe(125)
    expect(nonVotingSeats(e)).toEqual({ b: 1 })
  })

  it('keeps HTML in a name as text, with a warning naming the row', () => {
    const result = read('name,seats\n<img src=x onerror=alert(1)>,3\n')
    expect(ok(result).parties[0]?.name).toBe('<img src=x onerror=alert(1)>')
    expect(result.ok && result.warnings.map((w) => [w.row, w.field, w.code])).toEqual([
      [2, 'name', 'markup'],
    ])
  })

  it('keeps a cell marked as text with a leading apostrophe, and names starting with + or -', () => {
    const e = ok(read("name,seats\n'=SUM(A1),3\n+Europa,2\n-Minus,1\n"))
    expect(e.parties.map((p) => p.name)).toEqual(['=SUM(A1)', '+Europa', '-Minus'])
  })

  it('accepts a JSON chamber smaller than its lists, with a warning', () => {
    const result = read('{"chamberSize": 100, "lists": [{"name":"A","seats":101}]}', 'x.json')
    expect(ok(result).chamberSize).toBe(100)
    expect(result.ok && result.warnings[0]).toMatchObject({
      field: 'chamberSize',
      code: 'chamber-over',
    })
  })
})

describe('importParliament: bad files, each refused naming the row and the field', () => {
  it('refuses a PNG image', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(refusal(importParliament(png))).toEqual({
      row: 0,
      field: 'file',
      code: 'binary',
      message: 'This is a PNG image, not a CSV or JSON file.',
    })
  })

  it('refuses an Excel workbook, saying to save it as CSV', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])
    expect(refusal(importParliament(xlsx)).message).toMatch(/\.xlsx.*save it as CSV/)
  })

  it('refuses a file missing the seats column', () => {
    expect(refusal(read('name,colour\nA,#000000\n'))).toEqual({
      row: 1,
      field: 'seats',
      code: 'missing-column',
      message:
        'The column "seats" is missing. The columns are: id, name, other_name, seats, colour, camp, non_voting.',
    })
  })

  it('refuses an extra column', () => {
    expect(refusal(read('name,seats,votes\nA,3,1000\n'))).toMatchObject({
      row: 1,
      field: 'votes',
      code: 'unknown-column',
      message: expect.stringMatching(/^"votes" is not a column Kutla reads/),
    })
  })

  it('refuses an extra cell beyond the header', () => {
    expect(refusal(read('name,seats\nA,3\nB,4,oops\n'))).toMatchObject({
      row: 3,
      field: 'column 3',
      code: 'extra-cell',
    })
  })

  it('refuses an unknown JSON field', () => {
    expect(refusal(read('[{"name":"A","seats":3,"votes":9}]'))).toMatchObject({
      row: 1,
      field: 'votes',
      code: 'unknown-column',
    })
  })

  it.each([
    ['-3', 'negative', '"-3" is negative.'],
    ['2.5', 'not-whole', '"2.5" is not a whole number of seats.'],
    ['', 'required', 'is empty; every list needs one.'],
    ['1e3', 'not-number', '"1e3" is not a number of seats.'],
    ['10001', 'too-big', '"10001" is more than the 10,000 seats a list can have.'],
    ['many', 'not-number', '"many" is not a number of seats.'],
  ])('refuses a seat count of %j', (seats, code, message) => {
    expect(refusal(read(`name,seats\nA,3\nB,${seats}\n`))).toEqual({
      row: 3,
      field: 'seats',
      code,
      message,
    })
  })

  it('refuses seat counts of the wrong JSON type', () => {
    expect(refusal(read('[{"name":"A","seats":null}]'))).toMatchObject({
      row: 1,
      field: 'seats',
      code: 'wrong-type',
      message: 'must be a number.',
    })
  })

  it('refuses duplicate names, whatever their case and spacing', () => {
    expect(refusal(read('name,seats\nFatah,47\nNasr,42\nfatah ,1\n'))).toEqual({
      row: 4,
      field: 'name',
      code: 'duplicate-name',
      message: '"fatah" is already the name of row 2.',
    })
  })

  it('refuses 100,000 rows quickly, before parsing them', () => {
    const text = `name,seats\n${Array.from({ length: 100_000 }, (_, i) => `List ${i},1`).join('\n')}\n`
    expect(refusal(read(text))).toEqual({
      row: 1002,
      field: 'name',
      code: 'too-many-rows',
      message: 'The file has 100,000 rows; a parliament can have at most 1,000 lists.',
    })
  })

  it('refuses 1,001 lists in JSON', () => {
    const lists = Array.from({ length: 1001 }, (_, i) => ({ name: `L${i}`, seats: 1 }))
    expect(refusal(read(JSON.stringify(lists)))).toMatchObject({ row: 1001, code: 'too-many-rows' })
  })

  it('refuses a file larger than the limit', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41)
    expect(refusal(importParliament(big))).toMatchObject({
      row: 0,
      field: 'file',
      code: 'too-large',
    })
  })

  it('refuses a formula cell, naming it', () => {
    expect(refusal(read("name,seats\nA,3\n=cmd|' /C calc'!A0,4\n"))).toEqual({
      row: 3,
      field: 'name',
      code: 'formula',
      message:
        "\"=cmd|' /C calc'!A0\" is a spreadsheet formula; Kutla does not run formulas. Put the value itself in the cell (or start it with ' to keep it as text).",
    })
  })

  it('refuses a formula in the seats column', () => {
    expect(refusal(read('name,seats\nA,=1+2\n'))).toMatchObject({
      row: 2,
      field: 'seats',
      code: 'formula',
    })
  })

  it('refuses text that is not UTF-8, naming the row and column of the first bad byte', () => {
    // "Café" in Windows-1252: é is the single byte 0xE9.
    const bytes = new Uint8Array([...utf8('name,seats\nA,3\nCaf'), 0xe9, ...utf8(',4\n')])
    expect(refusal(importParliament(bytes))).toMatchObject({
      row: 3,
      field: 'name',
      code: 'encoding',
      message: expect.stringMatching(/not UTF-8/),
    })
  })

  it('reads UTF-16 without a byte-order mark, little- or big-endian', () => {
    const text = 'name,seats\nA,3\nB,4\n'
    const le = new Uint8Array(text.length * 2)
    const be = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i)
      be[2 * i + 1] = text.charCodeAt(i)
    }
    expect(seatsOf(ok(importParliament(le)))).toEqual({ a: 3, b: 4 })
    expect(seatsOf(ok(importParliament(be)))).toEqual({ a: 3, b: 4 })
  })

  it('still calls bytes with zeros that are not UTF-16 a binary file', () => {
    const bytes = new Uint8Array([0x6e, 0, 0, 0x61, 0x6d, 0, 0x01, 0x02, 0, 0, 0x65, 0])
    expect(refusal(importParliament(bytes))).toMatchObject({ row: 0, code: 'binary' })
  })

  it('names no garbled column when a file in another encoding breaks in its header', () => {
    // "naïve,seats" in Windows-1252: the ï (0xEF) breaks UTF-8 in the header itself.
    const bytes = new Uint8Array([0x6e, 0x61, 0xef, 0x76, 0x65, 0x2c, 0x73, 0x65, 0x61, 0x74])
    const refused = refusal(importParliament(bytes))
    expect(refused).toMatchObject({ row: 1, field: 'column 1', code: 'encoding' })
    expect(refused.message).toMatch(/not UTF-8/)
  })

  it('says a JSON file holds more coalitions than Kutla keeps', () => {
    const coalitions = Array.from({ length: 13 }, (_, i) => ({ name: `C${i}`, lists: ['a'] }))
    const refused = refusal(read(JSON.stringify({ lists: [{ name: 'A', seats: 3 }], coalitions })))
    expect(refused).toMatchObject({ row: 0, field: 'coalitions', code: 'too-many-coalitions' })
    expect(refused.message).toBe(
      'The file has 13 coalitions; Kutla keeps at most 12. Delete some from the file and import it again.',
    )
  })

  it.each([
    ['an empty file', '', 'empty-file', 0],
    ['a header alone', 'name,seats\n', 'no-lists', 0],
    ['broken JSON', '{"lists": [', 'json-syntax', 0],
    ['JSON of another shape', '{"lists": 3}', 'json-shape', 0],
    ['an unclosed quote', 'name,seats\n"A,3\n', 'unclosed-quote', 2],
    ['a bad colour', 'name,seats,colour\nA,3,reddish\n', 'colour', 2],
    ['a bad id', 'id,name,seats\nA B,A,3\n', 'bad-id', 2],
    [
      'more non-voting seats than seats',
      'name,seats,non_voting\nA,3,4\n',
      'non-voting-too-many',
      2,
    ],
    ['seats adding up past 10,000', 'name,seats\nA,6000\nB,5000\n', 'total-too-big', 3],
    [
      'a coalition naming no list of the file',
      '{"lists":[{"name":"A","seats":1}],"coalitions":[{"lists":["Z"]}]}',
      'unknown-list',
      0,
    ],
    ['a name longer than 100 characters', `name,seats\n${'x'.repeat(101)},3\n`, 'too-long', 2],
  ])('refuses %s', (_, text, code, row) => {
    expect(refusal(read(text))).toMatchObject({ code, row })
  })

  it('lists every problem of a file at once', () => {
    const result = read('name,seats\nA,-1\nB,2.5\nA,3\n')
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'seats', 'negative'],
      [3, 'seats', 'not-whole'],
    ])
  })
})

describe('firstInvalidUtf8', () => {
  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8(utf8('سائرون ok'))).toBe(-1)
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc3]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0) // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0) // surrogate
  })
})

// The file gives each list's Arabic short name, which loads with the Arabic page.
await loadElectionLocale('ar')

describe('export, then import', () => {
  const iraq = findElection('iraq-2018')!
  const input = {
    parliament: iraq,
    seats: { ...versionSeats(iraq, 'may2018'), fatah: 50 },
    coalitions: [{ id: 'c1', name: 'Islah', partyIds: ['sairoon', 'nasr'] }],
    chamberMode: 'fixed' as const,
    chamberSize: 329,
  }

  it('writes CSV a spreadsheet opens as UTF-8, with the import columns', () => {
    const csv = exportCsv(input)
    expect(csv.startsWith('\ufeffid,name,other_name,seats,colour,camp,non_voting\r\n')).toBe(true)
    expect(csv).toContain('\r\nfatah,Fatah,الفتح,50,#b8860b,shia-islamist,0\r\n')
  })

  it('gives back the lists and seats from CSV', () => {
    const back = ok(importParliament(utf8(exportCsv(input))))
    expect(seatsOf(back)).toEqual(input.seats)
    expect(back.parties.map((p) => [p.id, p.shortName, p.nameAr, p.color, p.camp])).toEqual(
      iraq.parties.map((p) => [p.id, p.shortName, p.shortNameAr ?? p.nameAr, p.color, p.camp]),
    )
  })

  it('gives back the lists, coalitions and chamber from JSON (3 seats over, with a warning)', () => {
    const result = importParliament(utf8(exportJson(input)))
    const back = ok(result)
    expect(seatsOf(back)).toEqual(input.seats)
    expect(back.chamberSize).toBe(329)
    expect(back.title).toBe(iraq.title)
    expect(result.ok && result.scenario).toEqual({
      chamberMode: 'fixed',
      coalitions: [{ id: 'c1', name: 'Islah', partyIds: ['sairoon', 'nasr'] }],
    })
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['chamber-over'])
  })

  it('escapes cells that a spreadsheet would run as formulas, and reads them back as text', () => {
    const names = ['=cmd()', '+Europa', '-x', '@SUM(1)', "'=quoted", '\tTab']
    const parliament: Election = {
      ...iraq,
      parties: names.map((name, i) => ({
        ...iraq.parties[i]!,
        name,
        shortName: name,
        shortNameAr: name,
      })),
    }
    const csv = exportCsv({ ...input, parliament })
    for (const line of csv.split('\r\n').slice(1, -1)) {
      const nameCell = line.split(',')[1]!
      expect(nameCell).toMatch(/^("')|[^=+\-@\t\r]/)
    }
    const back = ok(importParliament(utf8(csv)))
    expect(back.parties.map((p) => p.name)).toEqual([
      '=cmd()',
      '+Europa',
      '-x',
      '@SUM(1)',
      "'=quoted",
      'Tab',
    ])
  })

  it('names the file after the parliament', () => {
    expect(exportFileName(iraq.title, 'csv')).toBe(
      'iraq-council-of-representatives-election-12-may-2018.csv',
    )
    expect(exportFileName('برلمان', 'json')).toBe('parliament.json')
  })

  // Names a user could give lists: any printable text, formulas, quotes, commas, Arabic, HTML.
  const nameArb = fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.constantFrom('=cmd()', '+x', '-y', '@z', '"q"', 'a,b', '<b>x</b>', 'سائرون', "'=w"),
    )
    .map((s) => cleanListName(s).trim())
    .filter((s) => s !== '')
  const listsArb = fc
    .uniqueArray(fc.record({ name: nameArb, seats: fc.nat({ max: 300 }) }), {
      minLength: 1,
      maxLength: 12,
      selector: (l) => l.name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' '),
    })
    .filter((lists) => lists.some((l) => l.seats > 0)) // A parliament of no seats is refused.

  it.each(['csv', 'json'] as const)(
    'round-trips any lists through %s (100 generated parliaments)',
    (format) => {
      fc.assert(
        fc.property(listsArb, (lists) => {
          const parliament = ok(read(JSON.stringify(lists), 'p.json'))
          const exported = { ...input, parliament, seats: seatsOf(parliament), coalitions: [] }
          const text = format === 'csv' ? exportCsv(exported) : exportJson(exported)
          const back = ok(importParliament(utf8(text)))
          expect(back.parties.map((p) => [p.id, p.name, p.color, seatsOf(back)[p.id]])).toEqual(
            parliament.parties.map((p) => [p.id, p.name, p.color, seatsOf(parliament)[p.id]]),
          )
        }),
        { numRuns: 100 },
      )
    },
  )
})
