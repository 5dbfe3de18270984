// OCR through the one bounded import route (read-bounded.ts → worker threads): the worker relays the
// job to the pool's thread, which starts the OCR process. Per-page progress reaches the caller; a
// cancel ends the OCR process and fails only the files not read; a crash of the OCR process fails
// that file alone, the other files of the batch are read.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readBounded } from '../../src-main/import/read-bounded'
import { imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { ocrChildren } from './ocr-children'

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const textReport = resolve('../shared/corpus/synthetic/yunxi-gov_2019.txt')
const hasTools = existsSync(source) && existsSync(textReport) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-ocr-pool-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (test()) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return test()
}

describe.skipIf(!hasTools || process.platform !== 'linux')('OCR in the import pool', () => {
  const scan = join(dir, 'scan.pdf')
  if (hasTools) writeFileSync(scan, imagePdf(renderPages(source, 100, 3, 4), 100))

  it('reports the pages of a scan as the OCR reads them', { timeout: 300_000 }, async () => {
    const pages: string[] = []
    const [r] = await readBounded([scan], { readOptions: { ocr: { cacheDir: join(dir, 'c1') } }, onOcrProgress: (_p, d, t) => pages.push(`${d}/${t}`) })
    expect(r!.ok).toBe(true)
    expect(pages).toEqual(['1/2', '2/2'])
    expect(ocrChildren()).toEqual([])
  })

  it('a cancel ends the OCR process at once and leaves the files not read as CANCELLED', { timeout: 120_000 }, async () => {
    const ac = new AbortController()
    const run = readBounded([scan, textReport], { concurrency: 1, signal: ac.signal, readOptions: { ocr: { cacheDir: join(dir, 'c2') } } })
    expect(await until(() => ocrChildren().length === 1, 60_000)).toBe(true)
    const t = Date.now()
    ac.abort()
    const [a, b] = await run
    expect(Date.now() - t).toBeLessThan(3000)
    expect(a).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(b).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: '「yunxi-gov_2019.txt」已取消导入，未读取' } })
    expect(await until(() => ocrChildren().length === 0, 3000)).toBe(true)
  })

  it('an OCR process that crashes fails its file alone; the rest of the batch is read', { timeout: 120_000 }, async () => {
    const run = readBounded([scan, textReport], { concurrency: 2, readOptions: { ocr: { cacheDir: join(dir, 'c3') } } })
    expect(await until(() => ocrChildren().length === 1, 60_000)).toBe(true)
    process.kill(ocrChildren()[0]!, 'SIGKILL')
    const [a, b] = await run
    expect(a).toMatchObject({ ok: false, error: { code: 'SCANNED' } })
    if (!a!.ok) expect(a!.error.message).toContain('文字识别进程意外退出（SIGKILL）')
    expect(b!.ok).toBe(true)
  })
})
