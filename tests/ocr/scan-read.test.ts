// End to end through the OCR process: a synthetic report's table pages made into a scan (150 dpi,
// turned, noisy), read by readFile like any import. Every number read must be the number the text
// PDF holds (or be left empty), and a second read comes from the cache. Also: a cancelled or failing
// OCR fails that file alone, with a Chinese message.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readFile } from '../../src-main/readers/index'
import { runOcr, OcrFailure } from '../../src-main/readers/ocr/ocr-client'
import { degrade, imagePdf, renderPages } from '../../src-main/eval/make-scan'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { PNG } from 'pngjs'
import { writeOfd } from '../readers/ofd-writer'

function png(img: GrayImage): Uint8Array {
  const out = new PNG({ width: img.width, height: img.height })
  img.data.forEach((v, i) => out.data.set([v, v, v, 255], i * 4))
  return new Uint8Array(PNG.sync.write(out))
}

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-ocr-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!hasTools)('a scan of a report read through OCR', () => {
  it('reads table 三 and 四 with no number that differs from the text PDF', { timeout: 900_000 }, async () => {
    const pages = renderPages(source, 150, 3, 4).map((img, i) => degrade(img, { rotate: i ? -0.6 : 0.7, noise: 10, seed: i + 1 }))
    const scan = join(dir, 'scan.pdf')
    writeFileSync(scan, imagePdf(pages, 150))
    const cacheDir = join(dir, 'cache')
    const progress: number[] = []
    const read = await readFile(scan, { ocr: { cacheDir, onProgress: (done) => progress.push(done) } })
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(progress).toEqual([1, 2])
    expect(read.document.ocr?.pages).toBe(2)
    const original = await readFile(source)
    if (!original.ok) throw new Error('source unreadable')
    const want = extractReport(original.document).report
    const got = extractReport(read.document).report
    let same = 0, wrong = 0, total = 0
    for (const [key, row] of Object.entries(want.requests.rows)) {
      row?.forEach((v, c) => {
        total++
        const g = got.requests.rows[key as keyof typeof got.requests.rows]?.[c] ?? null
        if (g === null) return
        if (g === v) same++
        else wrong++
      })
    }
    expect(total).toBeGreaterThan(100)
    expect(wrong).toBe(0)
    expect(same / total).toBeGreaterThan(0.9)
    // The second read is served from the cache (no OCR process, no progress).
    expect(readdirSync(cacheDir)).toHaveLength(1)
    const again: number[] = []
    const t = Date.now()
    const second = await readFile(scan, { ocr: { cacheDir, onProgress: (d) => again.push(d) } })
    expect(second.ok).toBe(true)
    expect(again).toEqual([])
    expect(Date.now() - t).toBeLessThan(5000)
  })

  it('an OFD whose pages are only pictures (a scanned OFD) is read through OCR too, with no number that differs', { timeout: 900_000 }, async () => {
    const pages = renderPages(source, 150, 3, 4).map((img, i) => degrade(img, { rotate: i ? 0.4 : -0.3, noise: 6, seed: i + 7 }))
    const file = join(dir, 'scan.ofd')
    const blank = { texts: [], rules: [] }
    writeFileSync(file, writeOfd([blank, blank], { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke', images: pages.map(png) }))
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'cache-ofd') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.format).toBe('ofd')
    expect(read.document.ocr?.pages).toBe(2)
    const original = await readFile(source)
    if (!original.ok) throw new Error('source unreadable')
    const want = extractReport(original.document).report.requests.rows
    const got = extractReport(read.document).report.requests.rows
    let same = 0, wrong = 0
    for (const [key, row] of Object.entries(want)) {
      row?.forEach((v, c) => {
        const g = got[key as keyof typeof got]?.[c] ?? null
        if (g === null) return
        if (g === v) same++
        else wrong++
      })
    }
    expect(wrong).toBe(0)
    expect(same).toBeGreaterThan(100)
  })

  it('fails a file alone, in Chinese, when OCR cannot read it or is cancelled', { timeout: 120_000 }, async () => {
    const bad = runOcr({ kind: 'pdf', bytes: new TextEncoder().encode('%PDF-1.4 not really'), maxPages: 5 })
    await expect(bad).rejects.toBeInstanceOf(OcrFailure)
    await expect(bad).rejects.toThrow(/文字识别/)
    const ac = new AbortController()
    const pending = runOcr({ kind: 'pdf', bytes: new Uint8Array(1000), maxPages: 1 }, { signal: ac.signal })
    ac.abort()
    await expect(pending).rejects.toMatchObject({ reason: 'cancelled' })
  })
})
