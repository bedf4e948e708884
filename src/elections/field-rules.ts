/**
 * The field rules every door into the app uses: a link (url-codec.ts, url-parliament.ts), a
 * parliament file (import-parliament.ts), a data file (parse-election.ts) and what the store
 * writes. One list id, one colour, one whole number, one clean text and one way of quoting a
 * piece of input in a message, so the same value gets the same answer whichever door it comes by.
 * Pure: text in, a value (or null) out.
 */

/** A list id: lowercase a-z and 0-9 in words joined by single hyphens ('ind-2'). */
export const LIST_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
/** The longest list id accepted. */
export const MAX_LIST_ID_LENGTH = 40
/** A colour as the data and the store keep it: `#rrggbb`. */
export const COLOUR_PATTERN = /^#[0-9a-f]{6}$/i
const SHORT_COLOUR = /^#[0-9a-f]{3}$/i
/** A calendar date as YYYY-MM-DD. */
export const DATE_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/

/**
 * True for a list id (see LIST_ID_PATTERN), at most MAX_LIST_ID_LENGTH characters.
 *
 * @example isListId('ind-2') // true
 * @example isListId('Fatah') // false
 */
export function isListId(text: string): boolean {
  return text.length <= MAX_LIST_ID_LENGTH && LIST_ID_PATTERN.test(text)
}

/** True for a colour written `#rrggbb` (either case). */
export function isColour(text: string): boolean {
  return COLOUR_PATTERN.test(text)
}

/**
 * A colour written `#rrggbb` or `#rgb`, as `#rrggbb` in lowercase; null for anything else.
 *
 * @example readColour('#ABC') // '#aabbcc'
 * @example readColour('red') // null
 */
export function readColour(text: string): string | null {
  if (COLOUR_PATTERN.test(text)) return text.toLowerCase()
  if (!SHORT_COLOUR.test(text)) return null
  const [r, g, b] = text.slice(1).toLowerCase()
  return `#${r}${r}${g}${g}${b}${b}`
}

/**
 * Arabic-Indic (٠–٩) and Persian (Extended Arabic-Indic, ۰–۹) digits as 0–9; other characters
 * unchanged. Every door reads these digits, since a reader typing in Arabic writes them.
 *
 * @example westernDigits('٣٠ و۴') // '30 و4'
 */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
}

/** Why a text is not a whole number in range. */
export type WholeProblem = 'required' | 'not-number' | 'not-whole' | 'negative' | 'too-big'

export type WholeResult = { ok: true; value: number } | { ok: false; problem: WholeProblem }

/**
 * A whole number from 0 to `max`, written with digits only (Western, Arabic-Indic or Persian), or
 * a JSON number. `1e3`, `+5`, `0x10`, ` 5` and `5 seats` are not whole numbers here: a link or a
 * file that means 1000 writes 1000 (a file's reader trims its cells first). `[0-9]`, not `\d`:
 * `\d` also matches other scripts' digits, which Number() cannot read.
 *
 * @example readWhole('٣٠', 100) // { ok: true, value: 30 }
 * @example readWhole('1e3', 10_000) // { ok: false, problem: 'not-number' }
 * @example readWhole('-3', 100) // { ok: false, problem: 'negative' }
 */
export function readWhole(raw: string | number, max: number): WholeResult {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { ok: false, problem: 'not-number' }
    if (raw < 0) return { ok: false, problem: 'negative' }
    if (!Number.isFinite(raw) || raw > max) return { ok: false, problem: 'too-big' }
    if (!Number.isInteger(raw)) return { ok: false, problem: 'not-whole' }
    return { ok: true, value: raw }
  }
  const text = westernDigits(raw)
  if (text === '') return { ok: false, problem: 'required' }
  if (/^[0-9]+$/.test(text)) {
    const value = Number(text)
    return value <= max ? { ok: true, value } : { ok: false, problem: 'too-big' }
  }
  if (/^-([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(text)) {
    return { ok: false, problem: 'negative' }
  }
  if (/^([0-9]+\.[0-9]*|\.[0-9]+)$/.test(text)) return { ok: false, problem: 'not-whole' }
  return { ok: false, problem: 'not-number' }
}

/** `readWhole`'s value, or null. */
export function wholeOrNull(raw: string | number | null | undefined, max: number): number | null {
  if (raw === null || raw === undefined) return null
  const read = readWhole(raw, max)
  return read.ok ? read.value : null
}

// Control characters (C0 and DEL), noncharacters U+FFFE and U+FFFF, and UTF-16 halves of a
// character standing alone (a lone surrogate cannot be shown, stored as UTF-8 or sent in a link).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g
const UNSHOWABLE =
  /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * Text as it is kept: control characters become spaces, noncharacters (U+FFFE, U+FFFF) and lone
 * surrogates are dropped, and it is cut to `max` characters (code points, so an emoji is not
 * split). Not trimmed, so a name can be typed with spaces in it.
 *
 * @example cleanText('Fatah\nAlliance', 100) // 'Fatah Alliance'
 * @example cleanText('A\uffffB', 100) // 'AB'
 */
export function cleanText(text: string, max: number = Infinity): string {
  const clean = text.replace(UNSHOWABLE, '').replace(CONTROL, ' ')
  if (clean.length <= max) return clean
  return Array.from(clean).slice(0, max).join('')
}

/** How many characters (code points) a text has once cleaned. */
export function textLength(text: string): number {
  return Array.from(text.replace(UNSHOWABLE, '')).length
}

/**
 * A piece of input as a message quotes it: control characters, noncharacters and lone surrogates
 * removed, cut to `max` characters with an ellipsis. The message adds the quotation marks (and
 * the bidirectional isolates), in the reader's language.
 *
 * @example quoteText('x'.repeat(30), 24) // 'xxxxxxxxxxxxxxxxxxxxxxxx…'
 */
export function quoteText(raw: string, max: number): string {
  const chars = Array.from(raw.replace(UNSHOWABLE, '').replace(CONTROL, ''))
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('')
}
