/**
 * The parameters a link uses for the parliament itself (PARLIAMENT_PARAMS, documented in
 * docs/links.md), their limits, and the small pieces of syntax both directions share: the
 * separators, how a problem quotes link text, `head*name` and `a_b_c` entries. Encoding is in
 * url-parliament.ts, decoding in parliament-from-link.ts.
 */
import { quoteText } from '../elections/field-rules'
import { LINK_QUOTE_LENGTH, type LinkWarning } from './link-problems'

export const PARLIAMENT_PARAMS = {
  /** One list operation, repeated in order: `m.<new>.<a>.<b>*<name>`, `a.<new>.<seats>.<rrggbb>.<camp>*<name>`, `r.<id>`. */
  listOp: 'o',
  /** A list's new name, repeated: `<id>*<name>`. */
  listName: 'ln',
  /** New colours: `<id>.<rrggbb>` joined by `_`. */
  listColour: 'lc',
  /** Non-voting seats: `<id>.<n>` joined by `_`. */
  nonVoting: 'nv',
  /** `sum` when the chamber follows the sum of seats (fixed is the default). */
  chamberMode: 'cm',
  /** A fixed chamber's size, when the reader changed it. */
  chamberSize: 'cs',
  /** A parliament of one's own: its title, */
  ownTitle: 'pt',
  /** the date of its figures (YYYY-MM-DD), */
  ownDate: 'pd',
  /** its chamber size when it differs from the sum of its seats, */
  ownSize: 'pz',
  /** its lists, repeated: `<id>.<seats>.<rrggbb>.<non-voting>*<name>`, */
  ownList: 'pp',
  /** a list's name in another script, repeated: `<id>*<name>`, */
  ownOtherName: 'po',
  /** a list's camp, repeated: `<id>*<camp>`; */
  ownCamp: 'pc',
  /**
   * or, for one too large for a link, the hash of the parliament the link needs (with its title
   * in `pt`); links from before the hash have its title here.
   */
  ownFile: 'pf',
} as const

/**
 * A parliament of one's own travels in the link while its parameters pack (deflate, base64url)
 * into at most this many characters, leaving room for the rest of the scenario in a link of
 * LINK_BUDGET (2,000) characters: about 140 lists named "List 1", "List 2"…, fewer with longer,
 * more varied names.
 */
export const MAX_PACKED_PARLIAMENT = 1400
/** …and while they are at most this many characters unpacked (the decoder reads 20,000). */
export const MAX_LINK_PARLIAMENT_CHARS = 16_000
/** A content hash as `pf` writes it: 16 hexadecimal digits. */
export const HASH = /^[0-9a-f]{16}$/
/** The most list operations a link may carry. */
export const MAX_LINK_OPS = 100

export const NAME_SEPARATOR = '*'
export const ENTRY_SEPARATOR = '_'

/** Reports one problem of the link (link-problems.ts). */
export type Warn = (warning: LinkWarning) => void
export type Values = Record<string, string | number>

/** Link text as a problem quotes it. */
export const quote = (raw: string) => quoteText(raw, LINK_QUOTE_LENGTH)

/** Splits `head*name` at the first `*`. */
export function splitName(raw: string): [string, string] {
  const star = raw.indexOf(NAME_SEPARATOR)
  return star < 0 ? [raw, ''] : [raw.slice(0, star), raw.slice(star + 1)]
}

/** The entries of a `_`-joined parameter, empty ones left out. */
export function entries(value: string | null): string[] {
  return (value ?? '').split(ENTRY_SEPARATOR).filter((e) => e !== '')
}
