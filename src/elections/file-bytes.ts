/**
 * A parliament file's bytes to text: what kind of file it is, whether it is UTF-8 (or UTF-16 with
 * a byte-order mark), and where the first byte that breaks UTF-8 is. Pure.
 */
import { type FileKind, type ImportIssue, issue } from './import-issues'

const SIGNATURES: readonly [readonly number[], FileKind][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/**
 * The offset of the first byte that breaks UTF-8, or -1. Checks lead and continuation bytes, and
 * rejects overlong forms and surrogates as TextDecoder does.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min = 0x80
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) min = 0xa0
      if (b === 0xed) max = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) min = 0x90
      if (b === 0xf4) max = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      const lo = k === 1 ? min : 0x80
      const hi = k === 1 ? max : 0xbf
      if (c < lo || c > hi) return i
    }
    i += need + 1
  }
  return -1
}

/** Where a byte offset falls: its row (1-based line) and its CSV column name, as best known. */
function locateByte(bytes: Uint8Array, offset: number): { row: number; field: string } {
  let row = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      row++
      lineStart = i + 1
    }
  }
  const headerEnd = bytes.indexOf(0x0a)
  const header = new TextDecoder('utf-8').decode(
    bytes.subarray(0, headerEnd < 0 ? bytes.length : headerEnd),
  )
  const delimiter = [';', '\t', ','].reduce((best, d) =>
    header.split(d).length > header.split(best).length ? d : best,
  )
  const delimiterByte = delimiter.charCodeAt(0)
  let column = 0
  for (let i = lineStart; i < offset; i++) if (bytes[i] === delimiterByte) column++
  const name = header.split(delimiter)[column]?.trim()
  // A header that is not clean text itself (a file in another encoding, or not text at all) names
  // no column: the column's number is said instead.
  // eslint-disable-next-line no-control-regex
  const readable = name && !/[\uFFFD\u0000-\u001f\u007f-\u009f]/.test(name) && name.length <= 60
  return { row, field: readable ? name : `column ${column + 1}` }
}

type Decoded = { ok: true; text: string } | { ok: false; errors: ImportIssue[] }

/** What kind of non-text file the bytes are, if a known one, else null. */
export function binaryKind(bytes: Uint8Array): FileKind | null {
  for (const [signature, kind] of SIGNATURES) if (startsWith(bytes, signature)) return kind
  return null
}

/**
 * 'utf-16le' or 'utf-16be' when the bytes read as UTF-16 without a byte-order mark: at least
 * nine in ten byte pairs hold a zero on the same side (text in Latin letters, digits and
 * punctuation), else null.
 */
function utf16WithoutMark(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(head.length / 2)
  if (pairs < 2) return null
  let low = 0
  let high = 0
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i + 1] === 0 && head[i] !== 0) low++
    if (head[i] === 0 && head[i + 1] !== 0) high++
  }
  if (low >= pairs * 0.9) return 'utf-16le'
  if (high >= pairs * 0.9) return 'utf-16be'
  return null
}

/** The file's text: UTF-8 (with or without a byte-order mark) or UTF-16 with one. */
export function decodeText(bytes: Uint8Array): Decoded {
  const kind = binaryKind(bytes)
  if (kind) return { ok: false, errors: [issue(0, 'file', 'binary', { kind })] }
  try {
    if (startsWith(bytes, [0xff, 0xfe]))
      return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) }
    if (startsWith(bytes, [0xfe, 0xff]))
      return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, errors: [issue(0, 'file', 'encoding')] }
  }
  const head = bytes.subarray(0, 4096)
  if (head.includes(0)) {
    // UTF-16 without a byte-order mark (text in Latin letters has a zero in every other byte).
    const utf16 = utf16WithoutMark(head)
    if (utf16) {
      try {
        const text = new TextDecoder(utf16, { fatal: true }).decode(bytes)
        // eslint-disable-next-line no-control-regex
        if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { ok: true, text }
      } catch {
        // not UTF-16 after all
      }
    }
    return { ok: false, errors: [issue(0, 'file', 'binary', { kind: 'binary' })] }
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const at = firstInvalidUtf8(bytes)
    const where = at < 0 ? { row: 0, field: 'file' } : locateByte(bytes, at)
    return { ok: false, errors: [issue(where.row, where.field, 'encoding')] }
  }
}

/** Counts line breaks, to refuse a file with far too many rows before parsing it. */
export function countLines(bytes: Uint8Array): number {
  let n = 1
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) n++
  if (bytes[bytes.length - 1] === 0x0a) n--
  return n
}
