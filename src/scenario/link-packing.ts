/**
 * Short links for long scenarios. A link's query is sent to the server with the request, and
 * servers refuse long request lines (nginx and Apache at about 8 KB, `vite preview` with 431 at
 * about 16 KB) before Kutla can run. So a scenario whose link would be longer than LINK_BUDGET
 * travels in the fragment (after `#`, which browsers never send), deflated and written in
 * base64url: `?v=1&z=1#z=<data>`. The query keeps only `v`, the packing's version `z`, the
 * language `l`, which the page reads before the app runs, and the view `vw`, by which a server
 * tells an embed (which any site may frame) from the app (deploy/kutla.conf).
 *
 * Pure: no window. url-sync.ts packs what it writes and unpacks what it opens; links from before
 * packing (a plain query of any length the decoder reads) still open.
 */
import type { LinkReason } from './link-problems'

/**
 * Deflate (fflate) loads only when a link needs it: most scenarios' links are short, and the first
 * screen should not carry 6 KB it rarely uses. `loadPacking()` brings it; main.tsx waits for it when
 * the page opens on a packed link or a parliament of one's own, url-sync.ts when it meets a long
 * or packed link, and file import before it builds a parliament.
 */
type Deflate = Pick<typeof import('fflate'), 'deflateSync' | 'inflateSync'>
let deflate: Deflate | null = null
let deflateLoading: Promise<void> | null = null

/** Loads the packing code (once; a failed load is tried again on the next call). */
export function loadPacking(): Promise<void> {
  deflateLoading ??= import('fflate').then(
    (module) => {
      deflate = module
    },
    (error: unknown) => {
      deflateLoading = null
      throw error
    },
  )
  return deflateLoading
}

/** Whether links can be packed and unpacked now (see loadPacking). */
export function packingReady(): boolean {
  return deflate !== null
}

// url-codec.ts's names, written out: url-codec.ts imports this module (through url-parliament.ts)
// and reads it as it loads, so this one cannot import it back. A test checks they agree.
/** PARAMS.version and URL_FORMAT_VERSION. */
const VERSION_PARAM = 'v'
const FORMAT_VERSION = '1'
/** PARAMS.locale and PARAMS.view: they stay in a packed link's query. */
const LOCALE_PARAM = 'l'
const VIEW_PARAM = 'vw'
/** MAX_QUERY_LENGTH. */
export const MAX_UNPACKED_QUERY = 20_000

/**
 * The most characters of a link the app writes, origin and path included: short enough for any
 * server, chat or QR code. A scenario over it travels packed in the fragment.
 */
export const LINK_BUDGET = 2000
/** The query parameter that says a link is packed, and the packing's version. */
export const PACKED_PARAM = 'z'
export const PACKED_VERSION = '1'
/** The fragment of a packed link starts with this. */
export const PACKED_PREFIX = '#z='
/** A packed fragment longer than this is not one Kutla wrote: it is refused unread. */
export const MAX_PACKED_CHARS = 40_000
/** At most this many bytes are unpacked (a query of MAX_QUERY_LENGTH characters of 4 bytes). */
const MAX_UNPACKED_BYTES = MAX_UNPACKED_QUERY * 4

/** The part of an address after the path: `?query` and `#fragment` (either may be ''). */
export interface LinkAddress {
  search: string
  hash: string
}

/**
 * The address for a scenario's query: the query itself while `?query` fits in `budget`
 * characters, else the query packed into the fragment. `budget` is what is left of LINK_BUDGET
 * once the origin and path are written.
 *
 * @example packLink('v=1&c=nasr') // { search: '?v=1&c=nasr', hash: '' }
 * @example packLink(longQuery).search // '?v=1&z=1'
 */
export function packLink(query: string, budget: number = LINK_BUDGET): LinkAddress {
  // Until the packing code is here, a long query is written as it is (url-sync.ts writes it again,
  // packed, once it has arrived).
  if (query.length + 1 <= budget || !deflate) return { search: `?${query}`, hash: '' }
  const head = new URLSearchParams()
  head.set(VERSION_PARAM, FORMAT_VERSION)
  head.set(PACKED_PARAM, PACKED_VERSION)
  const params = new URLSearchParams(query)
  for (const name of [LOCALE_PARAM, VIEW_PARAM]) {
    const value = params.get(name)
    if (value !== null) head.set(name, value)
  }
  return { search: `?${head}`, hash: `${PACKED_PREFIX}${packText(query)}` }
}

/** The reasons a packed link cannot be opened. */
export type UnpackResult = { ok: true; query: string } | { ok: false; reason: LinkReason }

/**
 * The scenario query an address carries (without `?`): its query, or, for a packed link, the
 * query in its fragment. Never throws.
 *
 * @example unpackLink('?v=1&c=nasr', '#lists') // { ok: true, query: 'v=1&c=nasr' }
 * @example unpackLink('?v=1&z=1', '') // { ok: false, reason: { code: 'packed-missing', values: {} } }
 */
export function unpackLink(search: string, hash: string): UnpackResult {
  const query = search.replace(/^\?/, '')
  const packed = new URLSearchParams(query).get(PACKED_PARAM)
  if (packed === null) return { ok: true, query }
  if (packed !== PACKED_VERSION) {
    return { ok: false, reason: { code: 'unknown-version', values: { text: `z=${packed}` } } }
  }
  if (!hash.startsWith(PACKED_PREFIX) || hash.length === PACKED_PREFIX.length) {
    return { ok: false, reason: { code: 'packed-missing', values: {} } }
  }
  // Without the packing code (it failed to load) the link cannot be read here and now.
  if (!deflate) return { ok: false, reason: { code: 'packed-damaged', values: {} } }
  const text = hash.length > MAX_PACKED_CHARS ? null : unpackText(hash.slice(PACKED_PREFIX.length))
  if (text === null) return { ok: false, reason: { code: 'packed-damaged', values: {} } }
  return { ok: true, query: text }
}

/** True when an address is a packed link (its scenario is in the fragment). */
export function isPacked(search: string): boolean {
  return new URLSearchParams(search.replace(/^\?/, '')).has(PACKED_PARAM)
}

// ---------------------------------------------------------------------------------------------

/**
 * A query's percent-encoded non-ASCII characters (`%F0%9F%92%A5`) as the characters themselves,
 * which deflate packs far better. They never collide with `&`, `=`, `+` or `%`, so the text
 * still reads as the same query.
 */
function unescapeNonAscii(query: string): string {
  return query.replace(/(?:%[89a-fA-F][0-9a-fA-F])+/g, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run
    }
  })
}

/** Text → UTF-8 → raw deflate → base64url (no padding). */
export function packText(query: string): string {
  if (!deflate) throw new Error('Link packing is not loaded: await loadPacking() first')
  const bytes = new TextEncoder().encode(unescapeNonAscii(query))
  return toBase64Url(deflate.deflateSync(bytes, { level: 9 }))
}

/** The reverse of packText, or null for anything that is not a packed query. */
export function unpackText(data: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(data)) return null
  if (!deflate) throw new Error('Link packing is not loaded: await loadPacking() first')
  try {
    const packed = fromBase64Url(data)
    // An output buffer one byte larger than allowed: filling it means the text is too long.
    const out = deflate.inflateSync(packed, { out: new Uint8Array(MAX_UNPACKED_BYTES + 1) })
    if (out.length > MAX_UNPACKED_BYTES) return null
    const text = new TextDecoder('utf-8', { fatal: true }).decode(out)
    // eslint-disable-next-line no-control-regex
    if (text === '' || /[\u0000-\u001f]/.test(text)) return null
    return text
  } catch {
    return null
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(data: string): Uint8Array {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
