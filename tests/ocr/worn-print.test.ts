// A worn copy at 150 dpi (eval-scans' worn-150dpi kind: soft, faded to 0.6, noise 16, specks): its
// thin rules lie grey on two or three pixel lines, each line alone too noisy to be the rule's
// darkest all along (image-rulings.ts: pairRule, tripleRule), and its print is lighter than the ink
// grey the cells are cut with, so a cell's 无 shows no ink there (faint-print.ts, cell-reread.ts).
import { describe, expect, it } from 'vitest'
import { degrade, type Degradation } from '../../src-main/eval/make-scan'
import type { ReadBox } from '../../src-main/readers/ocr/cell-rule-readings'
import { rereadCells } from '../../src-main/readers/ocr/cell-reread'
import { isFaintPrint, printCoreGrey } from '../../src-main/readers/ocr/faint-print'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { imageRulings, type PixelRuling } from '../../src-main/readers/ocr/image-rulings'
import type { OcrModels } from '../../src-main/readers/ocr/models'

const WORN: Degradation = { blur: 1, fade: 0.6, noise: 16, specks: 0.004, seed: 3 }
const rows = [200, 240, 280, 320, 360], cols = [100, 250, 400, 550, 700]

/** A table's grid of thin black rules `thick` pixels wide, at a fractional offset `shift` (0 or 0.5:
 *  a rule between two pixel lines prints half grey on each). */
function grid(w: number, h: number, thick: number, shift: number): GrayImage {
  const img: GrayImage = { width: w, height: h, data: new Uint8Array(w * h).fill(255) }
  const ink = (t: number): number => (shift > 0 && (t === 0 || t === thick) ? 128 : 0)
  const n = thick + (shift > 0 ? 1 : 0)
  for (const y of rows) for (let x = cols[0]!; x <= cols[cols.length - 1]!; x++) for (let t = 0; t < n; t++) img.data[(y + t) * w + x] = ink(t)
  for (const x of cols) for (let y = rows[0]!; y <= rows[rows.length - 1]!; y++) for (let t = 0; t < n; t++) img.data[y * w + x + t] = Math.min(img.data[y * w + x + t]!, ink(t))
  return img
}

/** Glyph-like strokes (a box of crossing bars) at (x, y), `size` pixels, in grey `ink`. */
function glyph(img: GrayImage, x: number, y: number, size: number, ink: number): void {
  for (let t = 0; t < size; t++) {
    for (const yy of [y, y + size / 2, y + size - 1]) img.data[Math.round(yy) * img.width + x + t] = ink
    img.data[(y + t) * img.width + x + Math.round(size / 2)] = ink
  }
}

describe('a worn 150 dpi copy', () => {
  it('finds every thin rule of its tables whole, across the table, and no other', () => {
    // A thin printed rule (one pixel at 150 dpi), blurred, faded and noisy: three grey lines ~190–215
    // on paper ~245. On main each was found in pieces under 60 % of the table (0 of 5 whole).
    for (const seed of [1, 2, 3]) {
      const rs = imageRulings(degrade(grid(800, 400, 1, 0), { ...WORN, seed }))
      const hs = rs.filter((r) => r.dir === 'h'), vs = rs.filter((r) => r.dir === 'v')
      for (const y of rows) {
        const on = hs.filter((r) => Math.abs(r.at - y) <= 2)
        expect(on, `seed ${seed}, rule at ${y}`).toHaveLength(1)
        expect(on[0]!.to - on[0]!.from).toBeGreaterThan(0.95 * (cols[4]! - cols[0]!))
      }
      for (const x of cols) {
        const on = vs.filter((r) => Math.abs(r.at - x) <= 2)
        expect(on, `seed ${seed}, rule at ${x}`).toHaveLength(1)
        expect(on[0]!.to - on[0]!.from).toBeGreaterThan(0.95 * (rows[4]! - rows[0]!))
      }
      expect(hs).toHaveLength(rows.length)
      expect(vs).toHaveLength(cols.length)
    }
  })

  it('keeps a cell’s 无 whose print is lighter than the cells’ ink grey; on dark print an inkless cell is emptied', async () => {
    const page = (ink: number): GrayImage => {
      const img = grid(800, 600, 1, 0)
      // A row label of words in the first column, a 无 in the second.
      for (let k = 0; k < 5; k++) glyph(img, 110 + 24 * k, 250, 20, ink)
      glyph(img, 300, 250, 20, ink)
      return degrade(img, { ...WORN, fade: undefined, noise: 6, specks: undefined })
    }
    const found = (): ReadBox[] => [
      { box: { x: 104, y: 244, w: 130, h: 32, score: 1 }, read: { text: '行政许可事项', confidence: 0.9, minConfidence: 0.9, steps: [] } },
      { box: { x: 294, y: 244, w: 32, h: 32, score: 1 }, read: { text: '无', confidence: 0.95, minConfidence: 0.95, steps: [] } },
    ]
    // No model is asked: a cell with no ink is judged before any re-read.
    const models = {} as OcrModels
    // The grid's rules as found (given here, not searched: the cells are what is judged).
    const rulings: PixelRuling[] = [
      ...rows.map((at) => ({ dir: 'h' as const, at, from: cols[0]!, to: cols[4]! })),
      ...cols.map((at) => ({ dir: 'v' as const, at, from: rows[0]!, to: rows[4]! })),
    ]
    const faint = page(175)
    expect(printCoreGrey(faint, found().map((r) => ({ box: r.box, text: r.read.text })))).toBeGreaterThan(120)
    expect(isFaintPrint(faint, found().map((r) => ({ box: r.box, text: r.read.text })))).toBe(true)
    const kept = await rereadCells(models, faint, rulings, found())
    expect(kept.map((r) => r.read.text)).toContain('无')
    // The same 无 drawn lighter than the paper's specks would be on dark print: there the cell's ink
    // is what says empty, and a reading in an inkless cell is a speck's.
    const dark = page(175)
    for (let k = 0; k < 5; k++) glyph(dark, 110 + 24 * k, 250, 20, 0)
    expect(isFaintPrint(dark, found().map((r) => ({ box: r.box, text: r.read.text })))).toBe(false)
    const emptied = await rereadCells(models, dark, rulings, found())
    expect(emptied.map((r) => r.read.text)).not.toContain('无')
  })
})
