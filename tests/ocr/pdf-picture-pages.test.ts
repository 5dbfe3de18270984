// A text PDF with one page scanned and pasted among its text pages (the page holding the end of
// table 三 and table 四): that page alone is read by OCR and its blocks put at its place, so the
// tables come out as from the all-text PDF, none wrong; the note says which page was read by OCR.
// Made here from a synthetic report: its page 4 replaced by a 200-dpi picture of itself.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { readFile } from '../../src-main/readers/index'
import { CropClient } from '../../src-main/readers/ocr/crop-client'
import { compareCells } from './compare-cells'
import { inkShare } from './ink'

const pdf = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const tools = ['pdftoppm', 'qpdf'].every((t) => ['/usr/bin/', '/usr/local/bin/'].some((d) => existsSync(d + t)))
const dir = mkdtempSync(join(tmpdir(), 'desk-picture-pages-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The report with page `n` replaced by a picture of itself (no text layer on that page). */
function withScannedPage(n: number): string {
  const scan = join(dir, 'scan.pdf')
  writeFileSync(scan, imagePdf(renderPages(pdf, 200, n, n), 200))
  const out = join(dir, `mixed-${n}.pdf`)
  execFileSync('qpdf', ['--empty', '--pages', pdf, `1-${n - 1}`, scan, '1', pdf, `${n + 1}-z`, '--', out])
  return out
}

describe.skipIf(!existsSync(pdf) || !tools)('a text PDF with a scanned page among its text pages', () => {
  it('reads that page by OCR at its place: tables 三 and 四 as from the text PDF, none wrong', { timeout: 600_000 }, async () => {
    const file = withScannedPage(4)
    const cacheDir = join(dir, 'cache')
    const read = await readFile(file, { ocr: { cacheDir } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.format).toBe('pdf')
    expect(read.document.ocr?.pages).toBe(1)
    expect(read.document.pagesWithoutText).toBeUndefined()
    expect(read.document.notes?.join('')).toContain('第 4 页只有图片（扫描后插入的页面），已做文字识别')
    expect(read.document.notes?.join('')).not.toContain('该页内容未读取')
    // The OCR page's blocks sit between page 3's and page 5's.
    const pages = read.document.blocks.map((b) => b.loc.page ?? 0)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
    expect(read.document.ocr?.blocks?.every((k) => read.document.blocks[k]!.loc.page === 4)).toBe(true)

    const text = await readFile(pdf)
    if (!text.ok) throw new Error(text.error.message)
    const want = extractReport(text.document).report
    const extraction = extractReport(read.document)
    const { same, wrong } = compareCells(want, extraction.report, true)
    expect(wrong).toBe(0)
    // Table 三 (175 cells, split between page 3's text and page 4's picture) and table 四 (15).
    expect(same).toBeGreaterThan(150)
    expect(extraction.report.agency).toBe(want.agency)
    expect(extraction.report.problems.length).toBe(want.problems.length)

    // A row read from the picture shows its crop, cut from the PDF's page 4.
    const scanned = Object.entries(extraction.provenance).filter(([, p]) => p.loc.scan)
    expect(scanned.some(([k]) => k.startsWith('reviewLitigation.'))).toBe(true)
    const client = new CropClient({ cacheDir, utility: null })
    try {
      const url = await client.crop({ path: file, sha256: read.sha256, area: scanned[0]![1].loc.scan! })
      expect(inkShare(url!)).toBeGreaterThan(0.01)
    } finally {
      client.close()
    }

    // Read again: from the cache (the OCR's reading kept by the file's hash), the same document.
    expect(readdirSync(cacheDir).some((n) => n.startsWith(`${read.sha256}-picture-pages.`))).toBe(true)
    const again = await readFile(file, { ocr: { cacheDir } })
    expect(again.ok && again.document.blocks).toEqual(read.document.blocks)
  })

  it('without OCR the page is named as not read, and nothing is read into its place', async () => {
    const file = join(dir, 'mixed-4.pdf')
    if (!existsSync(file)) withScannedPage(4)
    const read = await readFile(file, { ocr: false })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.pagesWithoutText).toEqual([4])
    expect(read.document.ocr).toBeUndefined()
    expect(read.document.notes?.join('')).toContain('第 4 页只有图片、没有文字层')
  })
})
