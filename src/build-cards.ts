/**
 * Draws the share cards (src/share-card.ts) into PNG files at build time, with resvg and the app's
 * own fonts (Noto Sans and Noto Sans Arabic from the @fontsource packages, unpacked from WOFF by
 * src/build-fonts.ts into node_modules/.cache/). No browser, no system font: every build draws the
 * same pixels.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js'
import { sfntFromWoff } from './build-fonts.js'
import {
  CARD_FONT_FAMILIES,
  type CardInput,
  type CardScript,
  type MeasureText,
  cardSvg,
  escapeXml,
} from './share-card.js'

/** The font files a card uses, by package: Latin and Arabic, regular and bold, in this order. */
const FONT_FILES = [
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
]

export interface CardRenderer {
  measure: MeasureText
  /** The card as a PNG file of 1200×630 pixels. */
  render: (card: CardInput) => Buffer
}

/** Unpacks the fonts (once per build) and returns a measurer and a renderer that use them. */
export async function cardRenderer(root: string): Promise<CardRenderer> {
  const dir = join(root, 'node_modules', '.cache', 'kutla-card-fonts')
  await mkdir(dir, { recursive: true })
  const fontFiles = await Promise.all(
    FONT_FILES.map(async (file) => {
      const out = join(
        dir,
        file
          .split('/')
          .at(-1)!
          .replace(/\.woff$/, '.ttf'),
      )
      // Written aside, then renamed: a build running beside this one never reads half a file.
      const partial = `${out}.${process.pid}.${Date.now()}.part`
      await writeFile(partial, sfntFromWoff(await readFile(join(root, 'node_modules', file))))
      await rename(partial, out)
      return out
    }),
  )
  const options: ResvgRenderOptions = {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILIES.latin },
  }
  // A word is measured with only its own face loaded: loading fonts is most of a measurement.
  const faceOptions = (script: CardScript, weight: number): ResvgRenderOptions => ({
    font: {
      fontFiles: [fontFiles[(script === 'arabic' ? 2 : 0) + (weight >= 600 ? 1 : 0)]!],
      loadSystemFonts: false,
      defaultFontFamily: CARD_FONT_FAMILIES[script],
    },
  })
  const widths = new Map<string, number>()
  const measure: MeasureText = (text: string, script: CardScript, size: number, weight: number) => {
    const key = `${script}:${size}:${weight}:${text}`
    let width = widths.get(key)
    if (width === undefined) {
      // The advance width (what the next run is placed after), not the ink's: the ink's right
      // edge drawn from x = 10, plus the right side bearing, read from a copy anchored at its end.
      const text_ = (x: number, anchor: string) =>
        `<text x="${x}" y="150" text-anchor="${anchor}" font-family="${CARD_FONT_FAMILIES[script]}" font-size="${size}" font-weight="${weight}">${escapeXml(text)}</text>`
      const box = (x: number, anchor: string) =>
        new Resvg(
          `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200">${text_(x, anchor)}</svg>`,
          faceOptions(script, weight),
        ).getBBox()
      const start = box(10, 'start')
      const end = box(3000, 'end')
      width = start && end ? start.x + start.width - 10 + (3000 - (end.x + end.width)) : 0
      widths.set(key, width)
    }
    return width
  }
  return {
    measure,
    render: (card) => new Resvg(cardSvg(card, measure), options).render().asPng(),
  }
}
