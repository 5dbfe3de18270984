// The other ways a scan comes in, generated here from a synthetic report whose numbers are known:
// a multi-page TIFF (black-and-white PackBits, with a scanner's thumbnail), a scan whose text layer
// is garbage (read again by OCR), a PDF of garbage vector text (refused, said why), a damaged TIFF.
// And the guard: a normal text PDF is never sent to OCR.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import type { SourceDocument } from '../../shared/model/document'
import { imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { GARBAGE, textOnlyPdf, tiffOf, withHiddenText } from '../../src-main/eval/scan-sources'
import { judgeTextLayer } from '../../src-main/readers/garbled-text'
import { FOREIGN_LAYER_DETAIL } from '../../src-main/readers/foreign-layer'
import { readFile } from '../../src-main/readers/index'
import { readPdf } from '../../src-main/readers/pdf'
import { compareCells } from './compare-cells'

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const corpus = resolve('../shared/corpus')

function pdfsUnder(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfsUnder(join(d, e.name)) : e.name.endsWith('.pdf') ? [join(d, e.name)] : []))
}
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-scan-sources-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Cells of table 三 read right and wrong, against the text PDF's own reading. */
async function compare(doc: SourceDocument): Promise<{ same: number; wrong: number }> {
  const original = await readFile(source)
  if (!original.ok) throw new Error('source unreadable')
  return compareCells(extractReport(original.document).report, extractReport(doc).report)
}

describe.skipIf(!hasTools)('scans from other sources', () => {
  const pages = hasTools ? renderPages(source, 150, 3, 4) : []

  it('a multi-page TIFF (1-bit PackBits, with a thumbnail) is read by OCR page by page, no number wrong', { timeout: 600_000 }, async () => {
    const file = join(dir, '扫描件.tif')
    writeFileSync(file, tiffOf(pages, 'bilevel', true))
    const progress: string[] = []
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'c-tiff'), onProgress: (d, t) => progress.push(`${d}/${t}`) } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.format).toBe('image')
    // Two pages: the thumbnail is no page.
    expect(read.document.ocr?.pages).toBe(2)
    expect(progress).toEqual(['1/2', '2/2'])
    const { same, wrong } = await compare(read.document)
    expect(wrong).toBe(0)
    expect(same).toBeGreaterThan(100)
  })

  it('a damaged TIFF fails alone with a Chinese message, before any OCR', async () => {
    const whole = tiffOf(pages.slice(0, 1), 'grey')
    const file = join(dir, '损坏.tif')
    // The page's header survives, its picture data is cut short.
    writeFileSync(file, whole.subarray(0, 4000))
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'c-bad') } })
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(['CORRUPT', 'UNSUPPORTED']).toContain(read.error.code)
    expect(read.error.message).toMatch(/^「损坏\.tif」.*(TIFF|图片)/)
    expect(existsSync(join(dir, 'c-bad'))).toBe(false)
  })

  it('a scan whose invisible text layer is garbage is read by OCR, said in a note, no number wrong', { timeout: 600_000 }, async () => {
    const file = join(dir, '乱码文字层.pdf')
    writeFileSync(file, withHiddenText(imagePdf(pages, 150), GARBAGE))
    // The text layer is there, invisible over the page pictures (another tool's OCR): the reader sets it aside.
    const plain = await readPdf(new Uint8Array(readFileSync(file)), file, basename(file))
    expect(plain.ok).toBe(false)
    if (!plain.ok) expect(plain.error.message).toContain(FOREIGN_LAYER_DETAIL)
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'c-garbled') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.ocr?.pages).toBe(2)
    expect(read.document.notes?.join('')).toContain(FOREIGN_LAYER_DETAIL)
    const { same, wrong } = await compare(read.document)
    expect(wrong).toBe(0)
    expect(same).toBeGreaterThan(100)
  })

  // Its pages are drawn and read by OCR (garbled-pdf.ts); a page of odd symbols holds no report either,
  // and the refusal still says the layer is garbage.
  it('garbage vector text with no page pictures is refused, saying why, after OCR of its drawn pages', async () => {
    const file = join(dir, '字体乱码.pdf')
    writeFileSync(file, textOnlyPdf(GARBAGE))
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'c-vector') } })
    expect(read).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } })
    if (!read.ok) expect(read.error.message).toMatch(/^「字体乱码\.pdf」的文字层是乱码.*文字识别后也未读出报告/)
  })
})

describe.skipIf(!existsSync(source))('a normal PDF never goes to OCR', () => {
  it('the synthetic text PDF is read from its text, with no OCR', async () => {
    const cacheDir = join(dir, 'c-normal')
    const read = await readFile(source, { ocr: { cacheDir } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.ocr).toBeUndefined()
    expect(existsSync(cacheDir)).toBe(false)
  })

  it('no text PDF of the corpus (real and synthetic) has a text layer judged garbage', { timeout: 300_000 }, async () => {
    const pdfs = pdfsUnder(corpus)
    let read = 0
    for (const n of pdfs) {
      const r = await readPdf(new Uint8Array(readFileSync(n)), n, basename(n))
      if (!r.ok) continue
      read++
      const v = judgeTextLayer(r.document)
      expect({ n, garbled: v.garbled, enough: v.templateWords >= 8 }).toEqual({ n, garbled: false, enough: true })
    }
    expect(read).toBeGreaterThan(20)
  })
})
