/**
 * A QR code as one SVG path, from the `qrcode` package's module matrix. Pure; no DOM.
 */
import { create } from 'qrcode'

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number
  /** An SVG path of unit squares, one per dark module, in module coordinates. */
  path: string
}

/**
 * The QR code of a text (medium error correction), or null when the text is too long for one.
 *
 * @example qrPath('https://example.org/?v=1')?.size // 25
 */
export function qrPath(text: string): QrPath | null {
  let modules
  try {
    modules = create(text, { errorCorrectionLevel: 'M' }).modules
  } catch {
    return null
  }
  const { size } = modules
  const parts: string[] = []
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      // Runs of dark modules in a row become one rectangle.
      if (!modules.get(row, col)) continue
      let run = 1
      while (col + run < size && modules.get(row, col + run)) run++
      parts.push(`M${col} ${row}h${run}v1h-${run}z`)
      col += run - 1
    }
  }
  return { size, path: parts.join('') }
}
