/**
 * What a parliament file's reader reports: a problem code and the values its message mentions,
 * with the row and field it is about. Never a sentence: the interface words each code in the
 * reader's language (src/i18n/problem-text.ts).
 */
import type { FieldProblemCode } from './own-list-rules'

/** What went wrong (or is worth knowing), where. Row 0 is the file as a whole. */
export interface ImportIssue {
  /**
   * The row as a spreadsheet numbers it (the CSV header is row 1, the first list row 2); in JSON,
   * the list's number (1 for the first); 0 for the whole file.
   */
  row: number
  /** The column or field ('seats'), or 'file' for the file as a whole. */
  field: string
  /** A stable name for the problem, for translated messages ('negative', 'formula', …). */
  code: ImportIssueCode
  /** The values the message mentions ({ value: '-3' }). */
  values: Record<string, string | number>
}

export type ImportIssueCode =
  | FieldProblemCode
  | 'binary'
  | 'too-many-coalitions'
  | 'encoding'
  | 'too-large'
  | 'too-many-rows'
  | 'empty-file'
  | 'json-syntax'
  | 'json-shape'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'extra-cell'
  | 'unclosed-quote'
  | 'wrong-type'
  | 'total-too-big'
  | 'no-seats'
  | 'duplicate-name'
  | 'duplicate-id'
  | 'no-lists'
  | 'chamber-size'
  | 'chamber-over'
  | 'unknown-list'
  | 'markup'

/** Kinds of non-text file recognised by their first bytes (values of a 'binary' issue). */
export type FileKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'xls' | 'binary'

/** What a value of the wrong JSON type should have been (values of a 'wrong-type' issue). */
export type Expected = 'text' | 'number' | 'number-or-yes-no' | 'fixed-or-sum' | 'object' | 'one'

export function issue(
  row: number,
  field: string,
  code: ImportIssueCode,
  values: Record<string, string | number> = {},
): ImportIssue {
  return { row, field, code, values }
}
