// The digit cross-check of a text PDF whose sums fail (src-main/import/digit-recheck.ts) runs after the
// pipeline's extraction, under its own time bound: when its OCR stalls or cannot start, the file is read
// from its layer, its numbers and flags as they are, with a note that the check was not done (hostile
// review hr29 T1: under load the check's OCR made the whole file time out where main read it right).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkReport } from '../../shared/checks/index'
import { extractReport } from '../../shared/extract/index'
import { CHECK_NOT_DONE, recheckDigits } from '../../src-main/import/digit-recheck'
import { readBounded } from '../../src-main/import/read-bounded'
import { readFile } from '../../src-main/readers/index'
import type { UtilityProcessApi } from '../../src-main/readers/ocr/ocr-launch'

const SLIP = resolve(__dirname, '../../../shared/corpus/synthetic/yunxi-jyj_2019.pdf')
const tmp = mkdtempSync(join(tmpdir(), 'desk-digit-recheck-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** An OCR process that starts and never answers (no progress, no pages). */
const stalled = { fork: () => ({ postMessage: () => undefined, on: () => undefined, kill: () => undefined }) } as unknown as UtilityProcessApi
const unavailable = { fork: () => { throw new Error('no OCR here') } } as unknown as UtilityProcessApi

async function layerOf(path: string) {
  const read = await readFile(path, { ocr: false })
  if (!read.ok) throw new Error(read.error.message)
  return { ...read, extraction: extractReport(read.document) }
}
// Read once for the tests that use it (a PDF read costs seconds on a busy machine).
let slip: ReturnType<typeof layerOf> | undefined
const slipLayer = (): ReturnType<typeof layerOf> => (slip ??= layerOf(SLIP))

describe.skipIf(!existsSync(SLIP))('the digit cross-check keeps the layer when it cannot be done', () => {
  it('a stalled OCR: the layer stands within the check\'s bound, with its flag and a note', { timeout: 60_000 }, async () => {
    const layer = await slipLayer()
    const phases: string[] = []
    const t0 = Date.now()
    const out = await recheckDigits(layer, SLIP, { ocr: { utility: stalled, cacheDir: join(tmp, 'a') } }, { crossCheckMs: 500, fallback: (r, phase) => phases.push(`${phase}:${r.ok}`) })
    expect(Date.now() - t0).toBeLessThan(5_000)
    if (!out.ok) throw new Error(out.error.message)
    expect(out.document.ocr).toBeFalsy()
    expect(out.extraction?.report).toEqual(layer.extraction.report)
    expect(out.document.notes).toContain(CHECK_NOT_DONE)
    expect(out.extraction?.notes.map((n) => n.message)).toContain(CHECK_NOT_DONE)
    expect(checkReport({ id: 'x', extraction: out.extraction! }).map((f) => f.id)).toContain('REQUESTS_IDENTITY')
    expect(phases).toEqual(['crosscheck:true'])
  })

  it('an OCR that cannot start: the same', async () => {
    const layer = await slipLayer()
    const out = await recheckDigits(layer, SLIP, { ocr: { utility: unavailable, cacheDir: join(tmp, 'b') } })
    expect(out.ok && out.document.notes).toContain(CHECK_NOT_DONE)
  })

  it('a PDF whose sums hold is not drawn at all (no OCR asked for, nothing added)', async () => {
    const layer = await layerOf(resolve(__dirname, '../../../shared/corpus/synthetic/yunxi-gov_2022.pdf'))
    const out = await recheckDigits(layer, SLIP, { ocr: { utility: unavailable, cacheDir: join(tmp, 'c') } }, { fallback: () => expect.unreachable() })
    expect(out).toBe(layer)
  })
})

describe('the pool takes the fallback of a cross-check that does not end', () => {
  it('the file comes back as its layer with the note, not as a time-out', { timeout: 60_000 }, async () => {
    const path = join(tmp, 'r.txt')
    writeFileSync(path, '云溪测试局2024年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息 12 条。\n')
    const [r] = await readBounded([path], { concurrency: 1, timeoutMs: 30_000, workerUrl: new URL('../hostile/stalled-check-worker.ts', import.meta.url) })
    expect(r?.ok).toBe(true)
    expect(r?.ok && r.document.notes).toEqual(['核对未能完成'])
  })
})
