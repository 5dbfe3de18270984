// A scan whose OCR text layer is bad but Chinese (a fifth of its characters misread, digits too), painted
// over its pictures, with enough template words left that counting them alone takes it for real text: it
// is found by the template's wording and read again by OCR, with no number wrong. The same scan with a good
// Chinese layer stays on the text path, never sent to OCR. An invisible layer (another tool's OCR) is not
// read at all: the file is a scan (foreign-layer-ocr.test.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import type { SourceDocument } from '../../shared/model/document'
import { garbleLines, pageLines, withHiddenChineseText, type LayerWay } from '../../src-main/eval/garbled-layer'
import { imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { judgeTextLayer } from '../../src-main/readers/garbled-text'
import { readFile } from '../../src-main/readers/index'
import { readPdf } from '../../src-main/readers/pdf'
import { compareCells } from './compare-cells'
import { FOREIGN_LAYER_DETAIL } from '../../src-main/readers/foreign-layer'

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-garbled-cn-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!hasTools)('a scan with a Chinese text layer', () => {
  const pdfFrom = async (rate: number, name: string, way: LayerWay = 'visible'): Promise<{ file: string; original: SourceDocument }> => {
    const original = await readPdf(new Uint8Array(readFileSync(source)), source, basename(source))
    if (!original.ok) throw new Error(original.error.message)
    const lines = pageLines(original.document).map((page, k) => garbleLines(page, rate, 11 + k))
    const file = join(dir, name)
    writeFileSync(file, withHiddenChineseText(imagePdf(renderPages(source, 150), 150), lines, way))
    return { file, original: original.document }
  }

  it('a bad layer that still holds template words is found by the template wording and read again by OCR, none wrong', { timeout: 900_000 }, async () => {
    const { file, original } = await pdfFrom(0.25, '识别层有误.pdf')
    const plain = await readPdf(new Uint8Array(readFileSync(file)), file, basename(file))
    if (!plain.ok) throw new Error(plain.error.message)
    const verdict = judgeTextLayer(plain.document)
    // The case the count of template words misses: enough of them, the layer mostly Chinese.
    expect(verdict.templateWords).toBeGreaterThanOrEqual(4)
    expect(verdict.cjkShare).toBeGreaterThan(0.5)
    expect(verdict).toMatchObject({ garbled: true, byWording: true })
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'c-bad') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.ocr?.pages).toBe(5)
    expect(read.document.notes?.join('')).toContain('文字层为乱码')
    const { same, wrong } = compareCells(extractReport(original).report, extractReport(read.document).report)
    expect(wrong).toBe(0)
    expect(same).toBeGreaterThan(100)
  })

  it('a good layer is read from its text: no OCR', { timeout: 300_000 }, async () => {
    const { file } = await pdfFrom(0, '识别层无误.pdf')
    const cacheDir = join(dir, 'c-good')
    const read = await readFile(file, { ocr: { cacheDir } })
    if (!read.ok) throw new Error(read.error.message)
    expect(judgeTextLayer(read.document)).toMatchObject({ garbled: false, byWording: false })
    expect(read.document.ocr).toBeUndefined()
    expect(existsSync(cacheDir)).toBe(false)
  })

  it('the same good layer, invisible (another tool’s OCR): not read, the file is a scan', async () => {
    const { file } = await pdfFrom(0, '他方识别层.pdf', 'invisible')
    const read = await readPdf(new Uint8Array(readFileSync(file)), file, basename(file))
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.error.message).toContain(FOREIGN_LAYER_DETAIL)
  })
})
