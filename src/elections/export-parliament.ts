/**
 * The parliament and scenario shown, as a CSV or JSON file that `importParliament` reads back.
 * Pure: the component turns the text into a download.
 *
 * The CSV is safe to open in a spreadsheet: a cell that would start a formula (`=`, `+`, `-`, `@`,
 * tab or carriage return, also after leading apostrophes) gets a leading `'`, which spreadsheets
 * read as "text" and the importer drops again. It starts with a UTF-8 byte-order mark, without
 * which Excel reads Arabic names as Windows-1252.
 */
import Papa from 'papaparse'
import type { ChamberMode } from '../coalition/chamber'
import type { Coalition, SeatMap } from '../coalition/types'
import { CSV_COLUMNS } from './parliament-file-format'
import type { Election, Party } from './types'

export interface ExportInput {
  /** The parliament shown, with the user's list edits applied. */
  parliament: Election
  /** The seats in force, by list id. */
  seats: SeatMap
  coalitions: readonly Coalition[]
  chamberMode: ChamberMode
  /** The chamber size in force. */
  chamberSize: number
}

/** Cells a spreadsheet would read as a formula (also behind apostrophes, which the importer drops). */
const FORMULA_START = /^'*[=+\-@\t\r]/

function otherName(party: Party): string {
  const other = party.shortNameAr ?? party.nameAr
  return other === party.shortName ? '' : other
}

/**
 * The lists as CSV, one row each, in the columns the importer reads.
 *
 * @example exportCsv(input) // '\ufeffid,name,other_name,seats,colour,camp,non_voting\r\nsairoon,Sairoon,سائرون,54,#2664ab,shia-islamist,0\r\n…'
 */
export function exportCsv(input: ExportInput): string {
  const rows = input.parliament.parties.map((p) => [
    p.id,
    p.shortName,
    otherName(p),
    input.seats[p.id] ?? 0,
    p.color,
    p.camp,
    p.nonVoting ?? 0,
  ])
  return `\ufeff${Papa.unparse({ fields: CSV_COLUMNS, data: rows }, { escapeFormulae: FORMULA_START })}\r\n`
}

/** The file Kutla writes and reads as JSON. */
export interface ParliamentFile {
  kutla: 1
  title: string
  chamberSize: number
  chamberMode: ChamberMode
  lists: {
    id: string
    name: string
    otherName?: string
    seats: number
    colour: string
    camp: string
    nonVoting?: number
  }[]
  coalitions: { name: string; lists: string[] }[]
}

/**
 * The parliament and scenario (coalitions, chamber size and mode) as JSON.
 *
 * @example JSON.parse(exportJson(input)).lists[0] // { id: 'sairoon', name: 'Sairoon', otherName: 'سائرون', seats: 54, … }
 */
export function exportJson(input: ExportInput): string {
  const file: ParliamentFile = {
    kutla: 1,
    title: input.parliament.title,
    chamberSize: input.chamberSize,
    chamberMode: input.chamberMode,
    lists: input.parliament.parties.map((p) => {
      const other = otherName(p)
      return {
        id: p.id,
        name: p.shortName,
        ...(other ? { otherName: other } : {}),
        seats: input.seats[p.id] ?? 0,
        colour: p.color,
        camp: p.camp,
        ...(p.nonVoting ? { nonVoting: p.nonVoting } : {}),
      }
    }),
    coalitions: input.coalitions.map((c) => ({ name: c.name, lists: [...c.partyIds] })),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * A file name for a download: the title as a slug, or 'parliament'.
 *
 * @example exportFileName('Iraq, Council of Representatives election, 12 May 2018', 'csv') // 'iraq-council-of-representatives-election-12-may-2018.csv'
 */
export function exportFileName(title: string, extension: 'csv' | 'json'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${slug || 'parliament'}.${extension}`
}
