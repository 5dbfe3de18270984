// A text report whose later pages were scanned (review 11 R11-7): page 1 is text, pages 2–5 are
// pictures. Page 1 alone holds too little of the template's wording, so the text layer was judged
// bad, the whole file was read by OCR of its pictures only (page 1 never rendered), and the first
// sections, the template and the year were lost under the untrue note 「文字层为乱码」. Now the text page
// stands and the picture pages are read by OCR at their places.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { readFile } from '../../src-main/readers/index'
import { compareCells } from './compare-cells'

const pdf = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const tools = ['pdftoppm', 'qpdf'].every((t) => ['/usr/bin/', '/usr/local/bin/'].some((d) => existsSync(d + t)))
const dir = mkdtempSync(join(tmpdir(), 'desk-text-then-scan-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!existsSync(pdf) || !tools)('a text page followed by scanned pages', () => {
  it('keeps the text page and reads the pictures by OCR: template, year, tables, none wrong', { timeout: 900_000 }, async () => {
    const scan = join(dir, 'scan.pdf')
    writeFileSync(scan, imagePdf(renderPages(pdf, 200, 2, 5), 200))
    const file = join(dir, 'text-then-scan.pdf')
    execFileSync('qpdf', ['--empty', '--pages', pdf, '1', scan, '1-z', '--', file])
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'cache') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.notes?.join('')).not.toContain('文字层为乱码')
    expect(read.document.ocr?.pages).toBe(4)
    const text = await readFile(pdf)
    if (!text.ok) throw new Error(text.error.message)
    const want = extractReport(text.document).report
    const got = extractReport(read.document).report
    expect([got.template, got.year, got.agency]).toEqual([want.template, want.year, want.agency])
    const { same, wrong } = compareCells(want, got, true)
    expect(wrong).toBe(0)
    expect(same).toBeGreaterThan(150)
  })
})
