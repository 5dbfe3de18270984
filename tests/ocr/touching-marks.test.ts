// A raised footnote mark whose ink runs into the digit before it (touching-marks.ts). The crop: a
// blurred scan's table 三 (gen-1 of the variant generator, eval-scans' "blur" kind, page 2, column
// 总计), as the OCR sees it. Its first cell prints 23⁶; blurred, the 6 bleeds into the 3, the
// detector read "236" (0.975) and raised-marks.ts found no mark (one piece of ink, joined to the
// cell's rules too): the row's sums then caught the number and the row went unread.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { ReadBox } from '../../src-main/readers/ocr/cell-reread'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { withoutRaisedMarks } from '../../src-main/readers/ocr/raised-marks'
import { touchingMark } from '../../src-main/readers/ocr/touching-marks'

const png = PNG.sync.read(readFileSync(join(__dirname, 'fixtures', 'blur-total-seven.png')))
const img: GrayImage = { width: png.width, height: png.height, data: Uint8Array.from({ length: png.width * png.height }, (_, i) => png.data[i * 4]!) }
const box = (text: string, conf: number, x: number, y: number, w: number, h: number): ReadBox => ({ box: { x, y, w, h, score: 1 }, read: { text, confidence: conf, minConfidence: conf, steps: [] } })
/** The detector's boxes (pixels of the crop): 23⁶, and the 7 and 1 below (no mark). */
const marked = box('236', 0.975, 95.3, 22.2, 58.1, 45)
const seven = box('7', 0.98, 96, 132, 31, 38)
const one = box('1', 0.74, 98, 205, 25, 42)

describe('a raised mark touching the digit before it', () => {
  it('is found by its columns, after two whole digits; none after a lone 7 or 1', () => {
    expect(touchingMark(img, marked.box, 0.5)).toEqual({ digits: 2, markLeft: 133 })
    expect(touchingMark(img, seven.box, 0.5)).toBeNull()
    expect(touchingMark(img, one.box, 0.5)).toBeNull()
  })
  it.skipIf(!existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx')))('is taken off the number: 236 is read 23', { timeout: 60_000 }, async () => {
    const out = await withoutRaisedMarks(await loadModels(1), img, [marked, seven, one])
    expect(out.map((r) => r.read.text)).toEqual(['23', '7', '1'])
  })
})
