/**
 * The app's own fonts for drawing share cards at build time (src/build-cards.ts). The renderer
 * (resvg) reads TrueType/OpenType files from disk but not WOFF or WOFF2, and the font packages ship
 * only those; a WOFF file is the same tables, each zlib-compressed, so it unpacks into a plain
 * font file with Node's zlib alone.
 */
import { inflateSync } from 'node:zlib'

const WOFF_SIGNATURE = 0x774f4646 // 'wOFF'
const WOFF_HEADER = 44
const WOFF_ENTRY = 20
const SFNT_HEADER = 12
const SFNT_ENTRY = 16

/**
 * A WOFF (1.0) font as the TrueType/OpenType file it was made from. Throws on anything that is not
 * a well-formed WOFF file (a build input, not user input).
 *
 * @example sfntFromWoff(readFileSync('noto-sans-latin-400-normal.woff')) // Buffer starting 00 01 00 00
 */
export function sfntFromWoff(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength)
  if (input.length < WOFF_HEADER || input.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new Error('not a WOFF file')
  }
  const flavor = input.readUInt32BE(4)
  const numTables = input.readUInt16BE(12)
  const tables: { tag: number; checksum: number; data: Buffer }[] = []
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY
    const tag = input.readUInt32BE(at)
    const offset = input.readUInt32BE(at + 4)
    const compLength = input.readUInt32BE(at + 8)
    const origLength = input.readUInt32BE(at + 12)
    const checksum = input.readUInt32BE(at + 16)
    if (offset + compLength > input.length) throw new Error('WOFF table out of bounds')
    const stored = input.subarray(offset, offset + compLength)
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored)
    if (data.length !== origLength) throw new Error('WOFF table of the wrong length')
    tables.push({ tag, checksum, data })
  }
  tables.sort((a, b) => a.tag - b.tag)
  const pad4 = (n: number) => (n + 3) & ~3
  let size = SFNT_HEADER + SFNT_ENTRY * numTables
  for (const t of tables) size += pad4(t.data.length)
  const out = Buffer.alloc(size)
  const entrySelector = Math.floor(Math.log2(Math.max(1, numTables)))
  const searchRange = 2 ** entrySelector * 16
  out.writeUInt32BE(flavor, 0)
  out.writeUInt16BE(numTables, 4)
  out.writeUInt16BE(searchRange, 6)
  out.writeUInt16BE(entrySelector, 8)
  out.writeUInt16BE(numTables * 16 - searchRange, 10)
  let offset = SFNT_HEADER + SFNT_ENTRY * numTables
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY
    out.writeUInt32BE(t.tag, at)
    out.writeUInt32BE(t.checksum, at + 4)
    out.writeUInt32BE(offset, at + 8)
    out.writeUInt32BE(t.data.length, at + 12)
    t.data.copy(out, offset)
    offset += pad4(t.data.length)
  })
  return out
}
