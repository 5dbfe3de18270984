// Rules found inside a line of text (rules-in-text.ts): on a blurred scan the top strokes of a row
// of glyphs printed at one height run together into a long run that the rule search takes for a
// rule through the cell. The page is drawn (a ruled table at 200 dpi, its cells holding rows
// of glyph-like strokes) and blurred as eval-scans' "blur" kind blurs it; the text boxes are where
// the glyphs were drawn, grown as the detector grows them.
import { describe, expect, it } from 'vitest'
import { degrade } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import type { PixelBox } from '../../src-main/readers/ocr/db-boxes'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { imageRulings, type PixelRuling } from '../../src-main/readers/ocr/image-rulings'
import { withoutRulesInText } from '../../src-main/readers/ocr/rules-in-text'

const rows = [200, 260, 320, 380], cols = [100, 700, 1300]
const GLYPH = 28

/** A ruled table (rules 2 px) whose cells hold a line of glyphs: each a box of strokes whose top
 *  stroke (3 px) lies at one height across the line, the glyphs 3 px apart. */
function page(): { img: GrayImage; text: PixelBox[] } {
  const w = 1400, h = 500
  const img: GrayImage = { width: w, height: h, data: new Uint8Array(w * h).fill(255) }
  const ink = (x: number, y: number): void => void (img.data[y * w + x] = 10)
  for (const y of rows) for (let x = cols[0]!; x <= cols[2]!; x++) for (const t of [0, 1]) ink(x, y + t)
  for (const x of cols) for (let y = rows[0]!; y <= rows[3]!; y++) for (const t of [0, 1]) ink(x + t, y)
  const text: PixelBox[] = []
  for (let r = 0; r < rows.length - 1; r++) {
    for (let c = 0; c < cols.length - 1; c++) {
      const y0 = rows[r]! + 16, x0 = cols[c]! + 20, n = 14
      for (let g = 0; g < n; g++) {
        const gx = x0 + g * (GLYPH + 3)
        for (let x = gx; x < gx + GLYPH; x++) for (const dy of [0, 1, 2, 13, 14, GLYPH - 2, GLYPH - 1]) ink(x, y0 + dy)
        for (let y = y0; y < y0 + GLYPH; y++) for (const dx of [0, 1, 13, 14]) ink(gx + dx, y)
      }
      // The detector's box: the glyphs grown by about a fifth of its height each side.
      const bh = GLYPH / 0.62
      text.push({ x: x0 - (bh - GLYPH) / 2, y: y0 - (bh - GLYPH) / 2, w: n * (GLYPH + 3) + (bh - GLYPH), h: bh, score: 0.9 })
    }
  }
  return { img, text }
}

const blurred = (img: GrayImage): GrayImage => degrade(img, SCAN_KINDS.find((k) => k.name === 'blur')!.degrade(2))
const inRow = (at: number): boolean => rows.some((y, i) => i < rows.length - 1 && at > y + 6 && at < rows[i + 1]! - 6)

describe('rules inside lines of text', () => {
  const { img, text } = page()
  const found = imageRulings(blurred(img))

  it('a blurred table: the rule search takes its lines of glyphs for rules; those are dropped, the pieces of its rules kept', () => {
    const hs = found.filter((r) => r.dir === 'h')
    // The page as the search sees it: rules inside the rows of text.
    expect(hs.filter((r) => inRow(r.at)).length).toBeGreaterThan(0)
    const kept = withoutRulesInText(found, text)
    expect(kept.filter((r) => r.dir === 'h' && inRow(r.at))).toEqual([])
    // The table's own rules, found in pieces where the blur left them grey, are all kept.
    const onRule = (r: PixelRuling): boolean => r.dir === 'h' && rows.some((y) => Math.abs(r.at - y) <= 3)
    expect(found.filter(onRule).length).toBeGreaterThan(0)
    expect(kept.filter(onRule)).toEqual(found.filter(onRule))
    expect(kept.filter((r) => r.dir === 'v')).toEqual(found.filter((r) => r.dir === 'v'))
  })

  it('keeps a rule that a text box only touches (grown over the rule above or below it), or that runs beyond the box', () => {
    const rule = { dir: 'h' as const, at: rows[1]! + 0.5, from: cols[0]!, to: cols[2]! }
    // A box whose edge lies on the rule: the rule is far from its middle.
    expect(withoutRulesInText([rule], [{ x: 100, y: rows[1]!, w: 1200, h: 40, score: 0.9 }])).toEqual([rule])
    // A box whose middle the rule crosses, over a third of its length only (a box run over two rows).
    expect(withoutRulesInText([rule], [{ x: 100, y: rows[1]! - 20, w: 400, h: 40, score: 0.9 }])).toEqual([rule])
    expect(withoutRulesInText([rule], [{ x: 95, y: rows[1]! - 20, w: 1210, h: 40, score: 0.9 }])).toEqual([])
  })
})
