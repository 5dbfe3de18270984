// A speck beside a cell's print, found by the detector as a small 「1」: the digits a re-read of the
// cell must repeat (detectorDigits, cell-reread.ts) leave it out. Before, a blurred page's cell of 无
// with a speck read 1 beside it (gen-1 of the variant generator, eval-scans' "blur" kind, page 2, row
// 2.没有现成信息需要另行制作, column 其他) was re-read as a sure 无 that did not repeat that "1": the
// re-read was refused, the speck stayed a number in the cell and the row's sums could not prove it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { degrade, renderPages } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import { generatedReports } from '../../src-main/eval/scan-reports'
import { detectorDigits } from '../../src-main/readers/ocr/cell-reread'
import { type ReadBox } from '../../src-main/readers/ocr/cell-rule-readings'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { ocrPage } from '../../src-main/readers/ocr/ocr-page'
import { canPrintPdf } from '../variants/render/index'

const box = (text: string, x: number, w: number, h: number): ReadBox => ({
  box: { x, y: 100, w, h, score: 1 },
  read: { text, confidence: 0.9, minConfidence: 0.9, steps: [] },
})

describe('the digits the detector read in a cell', () => {
  it('leave out a box under 0.6 of a glyph high (a speck), keep digits a glyph high, left to right', () => {
    // Glyph 26 px: a speck 10 px high read 「1」 (blur, 200 dpi) is no digit; 「35」 38 px high is.
    expect(detectorDigits([box('1', 1520, 10, 13)], 26)).toBe('')
    expect(detectorDigits([box('1', 1520, 10, 13), box('35', 1480, 30, 38)], 26)).toBe('35')
    expect(detectorDigits([box('5', 1500, 20, 38), box('3', 1480, 20, 38)], 26)).toBe('35')
    // A count run across narrow cells is no reading of the cell either.
    expect(detectorDigits([box('2件1件', 1480, 60, 38)], 26)).toBe('')
  })
})

const corpus = resolve('../shared/corpus')
const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))
const dir = mkdtempSync(join(tmpdir(), 'desk-speck-none-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!canPrintPdf || !hasModels || !existsSync(corpus))('a blurred page\'s cell of 无 with a speck beside it', () => {
  it('is read 无, the speck dropped: the row 2.没有现成信息需要另行制作 is 无 in all seven cells', { timeout: 300_000 }, async () => {
    const [source] = generatedReports(1, corpus, dir, 0)
    const kind = SCAN_KINDS.find((x) => x.name === 'blur')!
    const [raw] = renderPages(source!.pdf, kind.dpi, 2, 2)
    const img = degrade(raw!, kind.degrade(2))
    const page = await ocrPage(await loadModels(), 2, (img.width * 72) / kind.dpi, (img.height * 72) / kind.dpi, img)
    const label = page.boxes.find((b) => b.text.includes('没有现成信息'))!
    expect(label).toBeDefined()
    // The row's cells: the boxes right of the label's column whose middle is within the label's line.
    const mid = label.y + label.h / 2
    const cells = page.boxes.filter((b) => b.x > label.x + label.w && Math.abs(b.y + b.h / 2 - mid) < label.h).sort((a, b) => a.x - b.x)
    expect(cells.map((b) => b.text.trim())).toEqual(['无', '无', '无', '无', '无', '无', '无'])
  })
})
