/**
 * What the link decoder reports when a link cannot be opened, or only in part: a code and the
 * values its message mentions, never a sentence, so the decoder stays pure and free of wording.
 * `linkProblemText` turns one into a sentence of the `share` messages (`reason.<code>`,
 * `warning.<code>`) in the reader's language and digits.
 */
import type { LocalizedText } from '../i18n/names'
import type { Translate } from '../i18n/use-t'
import type { Locale } from './scenario-store'

/** Why a link could not be opened at all. */
export type LinkReasonCode =
  | 'no-data'
  | 'no-version'
  | 'unknown-version'
  | 'unknown-election'
  | 'unreadable'
  | 'packed-missing'
  | 'packed-damaged'
  | 'parliament-elsewhere'

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
  | 'more'

/**
 * A problem and the values its message mentions. By convention:
 * - `text`: a piece of the link, control characters removed and cut to 24 characters;
 * - `count`: the number the message's plural form follows;
 * - `list` / `listAr`, `version` / `versionAr`: a name from the data in English and in Arabic
 *   (empty where the data has no Arabic); the message gets the one in the reader's language.
 */
export interface LinkProblem<Code extends string = LinkReasonCode | LinkWarningCode> {
  code: Code
  values: Readonly<Record<string, string | number>>
}

export type LinkReason = LinkProblem<LinkReasonCode>
export type LinkWarning = LinkProblem<LinkWarningCode>

/**
 * A problem as the decoder reports it. A plain string is an English sentence from a part of the
 * link format that has no code for it yet: it is shown as it is, marked as English.
 */
export type LinkMessage = LinkProblem | string

/** First Strong Isolate … Pop Directional Isolate: see `linkProblemText`. */
const ISOLATE_START = '\u2068'
const ISOLATE_END = '\u2069'

const REASON_CODES: ReadonlySet<string> = new Set<LinkReasonCode>([
  'no-data',
  'no-version',
  'unknown-version',
  'unknown-election',
  'unreadable',
  'packed-missing',
  'packed-damaged',
  'parliament-elsewhere',
])

/**
 * One problem as a sentence in the reader's language (`t` is the `share` namespace's). Every text
 * value is set in a bidirectional isolate, so a list name or a piece of a link in the other
 * script, or a hostile one carrying direction marks (U+202E), cannot reorder the sentence around it.
 *
 * @example linkProblemText({ code: 'unknown-list', values: { text: 'foo', coalition: 1 } }, t, 'en')
 *          // { text: 'Ignored unknown list "\u2068foo\u2069" in coalition 1.', lang: 'en' }
 */
export function linkProblemText(message: LinkMessage, t: Translate, locale: Locale): LocalizedText {
  if (typeof message === 'string') return { text: message, lang: 'en' }
  const { code, values } = message
  const options: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(values)) {
    if (/^[a-z]+Ar$/i.test(key) && Object.hasOwn(values, key.slice(0, -2))) continue
    const arabic = values[`${key}Ar`]
    const chosen = locale === 'ar' && typeof arabic === 'string' && arabic !== '' ? arabic : value
    options[key] = typeof chosen === 'string' ? `${ISOLATE_START}${chosen}${ISOLATE_END}` : chosen
  }
  const group = REASON_CODES.has(code) ? 'reason' : 'warning'
  return { text: t(`${group}.${code}`, options), lang: locale }
}
