// A one-digit number the detector read unsurely is read again from its cell's ink (unsure-digit.ts).
// The crop: a blurred scan's table 三 (gen-1 of the variant generator, eval-scans' "blur" kind, page 2,
// column 总计, rows 本年新收 … 部分公开), as the OCR sees it (lit, levelled). The detector read the 7 of
// （一）予以公开 as 1 at 0.69 — not doubtful (doubt.ts), so it was kept, the row's sums caught it
// and the row and column went unread. The 1 of （二）部分公开 (read 0.74) stays 1.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { rereadCells } from '../../src-main/readers/ocr/cell-reread'
import { type ReadBox } from '../../src-main/readers/ocr/cell-rule-readings'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import type { PixelRuling } from '../../src-main/readers/ocr/image-rulings'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { isUnsureDigit, sureOtherDigit } from '../../src-main/readers/ocr/unsure-digit'

const read = (text: string, minConfidence: number) => ({ text, confidence: minConfidence, minConfidence, steps: [] })
/** The detector's box (pixels of the crop) and reading. */
const box = (text: string, conf: number, x: number, y: number, w: number, h: number): ReadBox => ({ box: { x, y, w, h, score: 1 }, read: read(text, conf) })

describe('which readings are looked at again, and which re-read is taken', () => {
  it('a lone digit 1–9 under 0.8; not a zero, a sure digit, two digits or a guess', () => {
    expect(isUnsureDigit([read('1', 0.69)])).toBe(true)
    expect(isUnsureDigit([read('7', 0.79)])).toBe(true)
    expect(isUnsureDigit([read('1', 0.95)])).toBe(false)
    expect(isUnsureDigit([read('0', 0.3)])).toBe(false)
    expect(isUnsureDigit([read('17', 0.5)])).toBe(false)
    expect(isUnsureDigit([read('1', 0.5), read('2', 0.5)])).toBe(false)
  })
  it('another digit only where two re-reads read it, each at least 0.9 sure', () => {
    expect(sureOtherDigit([read('7', 0.98)], '1')).toBeNull()
    expect(sureOtherDigit([read('7', 0.98), read('7', 0.85)], '1')).toBeNull()
    expect(sureOtherDigit([read('7', 0.98), read('2', 0.97)], '1')).toBeNull()
    expect(sureOtherDigit([read('7', 0.98), read('17', 0.99), read('7', 0.91)], '1')?.text).toBe('7')
  })
})

const png = PNG.sync.read(readFileSync(join(__dirname, 'fixtures', 'blur-total-seven.png')))
const img: GrayImage = { width: png.width, height: png.height, data: Uint8Array.from({ length: png.width * png.height }, (_, i) => png.data[i * 4]!) }
// The page's rulings within the crop (a blurred rule is found whole and as pieces of its blur's edge).
const h = (at: number, from: number, to: number): PixelRuling => ({ dir: 'h', at, from, to })
const v = (at: number, from: number, to: number): PixelRuling => ({ dir: 'v', at, from, to })
const rulings = [
  h(12.5, 0, 167), h(65, 0, 155), h(68.8, 0, 167), h(117, 0, 71), h(120.3, 0, 167), h(169, 0, 77), h(172.3, 0, 167), h(263, 0, 74), h(266.9, 0, 167),
  v(23, 232, 280), v(23, 37, 201), v(23, 0, 20), v(26.8, 0, 280), v(89, 233, 280), v(89, 44, 228), v(92.8, 0, 280),
  v(162, 259, 280), v(162, 167, 223), v(162, 40, 78), v(165.9, 0, 280),
]
const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))

describe.skipIf(!hasModels)('a blurred 7 read as 1 at 0.69, in a ruled cell', () => {
  it('is read 7 from its cell\'s ink; the 1 below, read at 0.74, stays 1', { timeout: 60_000 }, async () => {
    // The detector's boxes of the crop (from the page's reading): the 无 of the column to the left
    // give the glyph's size.
    const found = [
      box('无', 0.99, 32, 85, 39, 43), box('无', 0.99, 32, 137, 38, 40), box('无', 0.99, 32, 202, 37, 40),
      box('无', 0.99, 99, 85, 38, 42), box('1', 0.694, 96, 132, 31, 38), box('1', 0.74, 98, 205, 25, 42),
    ]
    const out = await rereadCells(await loadModels(1), img, rulings, found)
    const at = (y0: number, y1: number) => out.filter((r) => r.box.x > 90 && r.box.y + r.box.h / 2 > y0 && r.box.y + r.box.h / 2 < y1).map((r) => r.read.text)
    expect(at(120, 170)).toEqual(['7'])
    expect(at(175, 270)).toEqual(['1'])
  })
})
