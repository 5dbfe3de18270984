// A number box whose reading the document would doubt is no guide for the re-read of its cell
// (unsure-digit.ts isDoubtfulReading, cell-reread.ts). The crop: a phone photo's table 三 (gen-1 of
// the variant generator, eval-scans' "phone-photo" kind, page 2, columns 自然人 … 科研机构, rows 本年新收
// … 部分公开), as the OCR sees it (lit, levelled). The detector's box of （一）予以公开's 7 took in the
// cell's left rule and read "12" at 0.23: doubtful, and the sure re-read 7 did not repeat its
// digits, so the cell was left empty and the row's and column's sums could prove nothing. Now
// another digit is taken where two sure re-reads agree on it; the 1 below (read 0.87) stays 1.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { rereadCells } from '../../src-main/readers/ocr/cell-reread'
import { type ReadBox } from '../../src-main/readers/ocr/cell-rule-readings'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import type { PixelRuling } from '../../src-main/readers/ocr/image-rulings'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { isDoubtfulReading } from '../../src-main/readers/ocr/unsure-digit'

const read = (text: string, minConfidence: number) => ({ text, confidence: minConfidence, minConfidence, steps: [] })
const box = (text: string, conf: number, x: number, y: number, w: number, h: number): ReadBox => ({ box: { x, y, w, h, score: 1 }, read: read(text, conf) })

describe('a doubtful reading of a number box', () => {
  it('is a number under 0.35 or resting on a look-alike or a raised digit; not a sure number, words or 无', () => {
    expect(isDoubtfulReading(read('12', 0.23))).toBe(true)
    expect(isDoubtfulReading(read('²', 0.59))).toBe(true)
    expect(isDoubtfulReading(read('З', 0.9))).toBe(true)
    expect(isDoubtfulReading(read('12', 0.5))).toBe(false)
    expect(isDoubtfulReading(read('0', 0.2))).toBe(false)
    expect(isDoubtfulReading(read('无', 0.2))).toBe(false)
    expect(isDoubtfulReading(read('本年', 0.2))).toBe(false)
  })
})

const png = PNG.sync.read(readFileSync(join(__dirname, 'fixtures', 'phone-seven-by-rule.png')))
const img: GrayImage = { width: png.width, height: png.height, data: Uint8Array.from({ length: png.width * png.height }, (_, i) => png.data[i * 4]!) }
const h = (at: number, from: number, to: number): PixelRuling => ({ dir: 'h', at, from, to })
const v = (at: number, from: number, to: number): PixelRuling => ({ dir: 'v', at, from, to })
// The page's rulings within the crop, as found there.
const rulings = [h(8.5, 0, 322), h(60.5, 0, 322), h(112.5, 0, 322), h(206.5, 0, 322), v(14, 50, 212), v(16, 0, 212), v(101.5, 0, 212), v(205.5, 0, 212), v(308, 0, 212)]
const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))

describe.skipIf(!hasModels)('a 7 whose box took in its cell\'s rule, read "12" at 0.23', () => {
  it('is read 7 from its cell\'s ink; the 1 below stays 1', { timeout: 60_000 }, async () => {
    // The detector's boxes of the crop, with their readings (from the page's reading).
    const found = [
      box('无', 0.999, 22, 19, 41, 41), box('无', 0.999, 110, 19, 37, 40), box('无', 0.999, 210, 19, 39, 40),
      box('12', 0.229, 17, 71, 33, 42), box('无', 0.999, 110, 72, 37, 40), box('无', 0.999, 207, 71, 42, 41),
      box('无', 1, 106, 141, 42, 54), box('１', 0.867, 18, 145, 30, 45), box('无', 1, 206, 142, 45, 52),
    ]
    const out = await rereadCells(await loadModels(1), img, rulings, found)
    const at = (y0: number, y1: number) => out.filter((r) => r.box.x + r.box.w / 2 < 101 && r.box.y + r.box.h / 2 > y0 && r.box.y + r.box.h / 2 < y1).map((r) => r.read.text.normalize('NFKC'))
    expect(at(61, 112)).toEqual(['7'])
    expect(at(113, 206)).toEqual(['1'])
  })
})
