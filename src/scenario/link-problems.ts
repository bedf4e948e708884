/**
 * What the link decoder reports when a link cannot be opened, or only in part: a code and the
 * values its message mentions, never a sentence, so the decoder stays pure and free of wording.
 * The interface words each one in the reader's language and digits (`linkProblemText` in
 * src/i18n/problem-text.ts, from the `share` messages `reason.<code>` and `warning.<code>`).
 */
import type { FieldProblem } from '../elections/own-list-rules'

/** How many characters of a link a problem quotes. */
export const LINK_QUOTE_LENGTH = 24

/** Why a link could not be opened at all. */
export const LINK_REASON_CODES = [
  'no-data',
  'no-version',
  'unknown-version',
  'unknown-election',
  'unreadable',
  'packed-missing',
  'packed-damaged',
  'parliament-elsewhere',
  'own-none',
  'own-too-many-lists',
  'own-no-lists',
  'own-no-seats',
  'own-too-many-seats',
] as const
export type LinkReasonCode = (typeof LINK_REASON_CODES)[number]

/** What was dropped or replaced from a link that opened. */
export type LinkWarningCode =
  | 'too-long'
  | 'repeated-param'
  | 'renamed-list'
  | 'unknown-seat-version'
  | 'too-many-coalitions'
  | 'unknown-list'
  | 'repeated-list'
  | 'name-shortened'
  | 'name-control'
  | 'bad-active'
  | 'bad-seat-entry'
  | 'seats-unknown-list'
  | 'bad-seat-count'
  | 'repeated-seat-count'
  | 'seats-now-shipped'
  | 'unknown-language'
  | 'unknown-digits'
  | 'unknown-view'
  | 'unknown-threshold'
  | 'unknown-palette'
  | 'unknown-alliance'
  | 'unknown-theme'
  | 'bad-story-step'
  | 'bad-challenge'
  | 'own-list'
  | 'own-repeated-list'
  | 'own-extra'
  | 'too-many-list-changes'
  | 'bad-list-change'
  | 'bad-list-name'
  | 'bad-list-colour'
  | 'bad-non-voting'
  | 'unknown-chamber-rule'
  | 'bad-chamber-size'
  | 'more'

/**
 * A problem and the values its message mentions. By convention:
 * - `text`: a piece of the link, control characters removed and cut to LINK_QUOTE_LENGTH
 *   characters;
 * - `count`: the number the message's plural form follows;
 * - `list` / `listAr`, `version` / `versionAr`: a name from the data in English and in Arabic
 *   (empty where the data has no Arabic); the message gets the one in the reader's language.
 *
 * `problem` is what was wrong with a list of a parliament the link carries, as the same list in a
 * file would be told (own-list-rules.ts).
 */
export interface LinkProblem<Code extends string = LinkReasonCode | LinkWarningCode> {
  code: Code
  values: Readonly<Record<string, string | number>>
  problem?: FieldProblem
}

export type LinkReason = LinkProblem<LinkReasonCode>
export type LinkWarning = LinkProblem<LinkWarningCode>

const REASONS: ReadonlySet<string> = new Set(LINK_REASON_CODES)

/** Whether a problem stopped the link from opening (a reason) or dropped a part of it. */
export function isLinkReason(problem: LinkProblem): problem is LinkReason {
  return REASONS.has(problem.code)
}
