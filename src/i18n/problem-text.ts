/**
 * Problems worded for the reader: what the link decoder (scenario/link-problems.ts) and the
 * parliament file reader (elections/import-issues.ts) report as codes with values, as sentences
 * of the reader's language and digits. The one place these codes become words, so a problem the
 * link and the file share (a list's seats are not a number, say) reads the same from both.
 */
import { CSV_COLUMNS } from '../elections/parliament-file-format'
import type { ImportIssue } from '../elections/import-issues'
import type { FieldProblem } from '../elections/own-list-rules'
import { type LinkProblem, isLinkReason } from '../scenario/link-problems'
import type { Locale } from '../elections/languages'
import type { LocalizedText } from './names'
import type { Translate } from './use-t'

/** First Strong Isolate … Pop Directional Isolate: see `linkProblemText`. */
const ISOLATE_START = '\u2068'
const ISOLATE_END = '\u2069'

/**
 * The message of a file's problem or a list's field problem, without where it is (`t` is the
 * `whatif` namespace's): "\"-3\" is negative."
 */
export function issueMessage(
  t: Translate,
  code: ImportIssue['code'],
  values: Readonly<Record<string, string | number>>,
): string {
  const options: Record<string, string | number> = { ...values }
  if (code === 'binary') options.kind = t(`fileKind.${String(values.kind)}`)
  if (code === 'wrong-type') options.expected = t(`expected.${String(values.expected)}`)
  return t(`issue.${code}`, { ...options, columns: CSV_COLUMNS.join(', ') })
}

/** A field problem with its field's name: "seats: \"x\" is not a number of seats." */
function fieldProblemText(t: Translate, problem: FieldProblem): string {
  return t('file.issueField', {
    field: problem.field,
    message: issueMessage(t, problem.code, problem.values),
  })
}

/** One problem of a file in the reader's language: "Row 3, seats: "-3" is negative." */
export function importIssueText(t: Translate, issue: ImportIssue): string {
  const message = issueMessage(t, issue.code, issue.values)
  if (issue.row === 0) {
    return issue.field === 'file' ? message : t('file.issueField', { field: issue.field, message })
  }
  const column = /^column ([0-9]+)$/.exec(issue.field)
  const field = column ? t('file.column', { n: Number(column[1]) }) : issue.field
  return t('file.issueRow', { row: issue.row, field, message })
}

/**
 * One link problem as a sentence in the reader's language (`t` is the `share` namespace's,
 * `tFile` the `whatif` one's, which words a list's field problem as a file's). Every text value
 * is set in a bidirectional isolate, so a list name or a piece of a link in the other script, or
 * a hostile one carrying direction marks (U+202E), cannot reorder the sentence around it.
 *
 * @example linkProblemText({ code: 'unknown-list', values: { text: 'foo', coalition: 1 } }, t, 'en')
 *          // { text: 'Ignored unknown list "\u2068foo\u2069" in coalition 1.', lang: 'en' }
 */
export function linkProblemText(
  message: LinkProblem,
  t: Translate,
  locale: Locale,
  tFile?: Translate,
): LocalizedText {
  const { code, values } = message
  const options: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(values)) {
    if (/^[a-z]+Ar$/i.test(key) && Object.hasOwn(values, key.slice(0, -2))) continue
    const arabic = values[`${key}Ar`]
    const chosen = locale === 'ar' && typeof arabic === 'string' && arabic !== '' ? arabic : value
    options[key] = typeof chosen === 'string' ? `${ISOLATE_START}${chosen}${ISOLATE_END}` : chosen
  }
  if (message.problem && tFile) options.problem = fieldProblemText(tFile, message.problem)
  const group = isLinkReason(message) ? 'reason' : 'warning'
  return { text: t(`${group}.${code}`, options), lang: locale }
}
