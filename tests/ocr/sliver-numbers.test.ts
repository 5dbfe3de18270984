// Numbers whose print is darker than the ink grey only in a sliver (a 0's or a 9's upright at 150 dpi,
// worn): the cell's ink is then its faint ink around the sliver, up to a number's width, marked
// `wide`, and a reading of it is taken only where it repeats the detector's digits or is one digit
// with its unit. First the parts on pictures drawn here, then a ruled table printed by Chromium,
// scanned at 150 dpi with ordinary wear and read by the OCR models: every number comes out as printed.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { degrade, renderPages } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import { wideReadingAgrees } from '../../src-main/readers/ocr/cell-reread'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { cellInk } from '../../src-main/readers/ocr/grid-cells'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import { ocrPage } from '../../src-main/readers/ocr/ocr-page'
import { canPrintPdf, printPdf } from '../variants/render/index'

const page = (draw: (set: (x: number, y: number, v: number) => void) => void): GrayImage => {
  const img: GrayImage = { width: 120, height: 60, data: new Uint8Array(120 * 60).fill(228) }
  draw((x, y, v) => (img.data[y * 120 + x] = v))
  return img
}
const cell = { x0: 0, y0: 0, x1: 120, y1: 60 }
const GLYPH = 18

/** A faint 0 (grey 150, 12 × 17) whose left upright alone is dark (60), over its middle 12 pixels. */
function zero(set: (x: number, y: number, v: number) => void, x0: number): void {
  for (let y = 21; y < 38; y++) for (const x of [x0, x0 + 1, x0 + 10, x0 + 11]) set(x, y, y >= 23 && y < 35 && x < x0 + 2 ? 60 : 150)
  for (let x = x0; x < x0 + 12; x++) for (const y of [20, 21, 37, 38]) set(x, y, 150)
}
/** A faint 件-like glyph (grey 150, 18 × 18): hairlines, none darker than the ink grey. */
function unit(set: (x: number, y: number, v: number) => void, x0: number): void {
  for (let y = 20; y < 38; y++) for (const x of [x0 + 3, x0 + 4, x0 + 11, x0 + 12]) set(x, y, 150)
  for (let x = x0; x < x0 + 18; x++) for (const y of [25, 26, 31, 32]) set(x, y, 150)
}

describe('the ink of a number darker than the ink grey only in a sliver', () => {
  it('is the faint ink of the digit and its unit, marked wide', () => {
    const img = page((set) => (zero(set, 40), unit(set, 55)))
    const ink = cellInk(img, cell, GLYPH)!
    expect(ink.x0).toBeLessThanOrEqual(40)
    expect(ink.x1).toBeGreaterThanOrEqual(72)
    expect(ink.wide).toBe(true)
  })
  it('a faint 0 alone is one glyph: not wide; a thin 1 stays a sliver', () => {
    const alone = cellInk(page((set) => zero(set, 40)), cell, GLYPH)!
    expect(alone.x1 - alone.x0).toBeGreaterThanOrEqual(12)
    expect(alone.wide).toBeUndefined()
    const one = cellInk(page((set) => { for (let y = 20; y < 38; y++) for (let x = 50; x < 52; x++) set(x, y, 40) }), cell, GLYPH)!
    expect(one.x1 - one.x0).toBeLessThanOrEqual(3)
    expect(one.wide).toBeUndefined()
  })
  it('faint ink wider than four digits is not taken: the sliver stays', () => {
    const img = page((set) => { zero(set, 10); for (let x = 20; x < 70; x++) for (const y of [22, 23, 30, 31, 35, 36]) set(x, y, 150); for (let y = 21; y < 38; y++) set(68, y, 150), set(69, y, 150) })
    const ink = cellInk(img, cell, GLYPH)!
    expect(ink.x1 - ink.x0).toBeLessThanOrEqual(3)
    expect(ink.wide).toBeUndefined()
  })
})

describe('a reading of wide faint ink', () => {
  it('repeats the detector\'s digits, or is one digit with its unit where the detector read nothing', () => {
    expect(wideReadingAgrees('396', '396')).toBe(true)
    expect(wideReadingAgrees('0件', '')).toBe(true)
    expect(wideReadingAgrees('9 件', '')).toBe(true)
    expect(wideReadingAgrees('96', '396')).toBe(false)
    expect(wideReadingAgrees('98', '')).toBe(false)
    expect(wideReadingAgrees('10件', '')).toBe(false)
  })
})

const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))

describe.skipIf(!canPrintPdf || !hasModels)('numbers of a ruled table at 150 dpi, ordinary wear', () => {
  it('every number is read as printed: 396 and 181 beside 无, a row of counts with 0件 and 9件', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-slivers-'))
    try {
      const pdf = join(dir, 'slivers.pdf')
      const td = 'border:1px solid #000;padding:3px 6px;font-size:14px'
      const row = (cells: string[]): string => `<tr>${cells.map((c) => `<td style="${td}">${c}</td>`).join('')}</tr>`
      const rows = [
        ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
        ['行政许可', '396', '无', '181'],
        ['行政处罚', '2648', '无', '430'],
        ['行政强制', '1265', '无', '25'],
      ]
      const counts = ['2件', '2件', '1件', '1件', '7件', '7件', '0件', '1件', '1件', '9件', '1件', '0件', '0件', '0件', '1件']
      const table = (body: string): string => `<table style="border-collapse:collapse;margin-bottom:30px">${body}</table>`
      const html = `<html><body style="font-family:'Noto Serif CJK SC',serif;margin:40px">${table(rows.map(row).join(''))}${table(row(counts))}</body></html>`
      writeFileSync(pdf, printPdf(html))
      const kind = SCAN_KINDS.find((k) => k.name === 'ordinary-150dpi')!
      const img = degrade(renderPages(pdf, kind.dpi, 1, 1)[0]!, kind.degrade(1))
      const p = await ocrPage(await loadModels(), 1, (img.width * 72) / kind.dpi, (img.height * 72) / kind.dpi, img)
      const tables = ocrDocument('slivers.pdf', 'pdf', [p]).blocks.filter((b) => b.kind === 'table')
      const cells = tables.flatMap((t) => (t.kind === 'table' ? t.rows.flatMap((r) => r.map((c) => c.text.replace(/\s/g, ''))) : []))
      const printed = [...rows.flat(), ...counts]
      // Every number printed is read, and nothing read is a number the table does not print.
      const numbers = (xs: string[]): string[] => xs.filter((x) => /\d/.test(x)).sort()
      expect(numbers(cells)).toEqual(numbers(printed))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
