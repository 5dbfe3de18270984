// Extraction runs in the bounded read worker (issue 10): a document whose extraction runs longer
// than the per-file time bound comes back as a failed file with a Chinese reason, and the batch
// goes on; the app's import and the analyze CLI both take the extraction from the worker.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importPaths } from '../../src-main/import/import-paths'
import { readFile } from '../../src-main/readers'
import { extractReport } from '../../shared/extract/index'
import { analyzeFiles } from '../../src-main/pipeline/analyze-files'

const tmp = mkdtempSync(join(tmpdir(), 'extract-bound-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const REPORT = '云溪测试局2024年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息 12 条。\n'
// A real, honest slow input: 20,000 numbered lines of counts. Read in ~0.2 s, it takes the real
// extractor ~10 s (measured in-process, session 36: 20,000 lines 9.9 s, 40,000 11.4 s), far over the 3 s
// bound used here. Should the extractor become linear on
// this shape, the first assertion fails loudly and the test needs another honestly slow input.
const SLOW = REPORT + Array.from({ length: 20_000 }, (_, i) => `（${i}）主动公开政府信息 ${i} 条，其中 ${i % 7} 件`).join('\n') + '\n'
const BOUND_MS = 3_000

function files(): [string, string] {
  const slow = join(tmp, 'slow.txt')
  const ok = join(tmp, 'ok.txt')
  writeFileSync(slow, SLOW)
  writeFileSync(ok, REPORT)
  return [slow, ok]
}

describe('extraction inside the bounded read worker', () => {
  it('import: a document whose extraction outlasts the bound fails with the analysis time-out; the next file is read and extracted', async () => {
    const [slow, ok] = files()
    // The whole extraction, timed here on this machine as it is loaded now: the bounded import must
    // come back sooner (a fixed figure failed on a loaded CI machine: 9.2 s against 9 s).
    const read = await readFile(slow)
    if (!read.ok) throw new Error(read.error.message)
    const wholeStarted = Date.now()
    extractReport(read.document)
    const whole = Date.now() - wholeStarted
    expect(whole).toBeGreaterThan(BOUND_MS)
    const started = Date.now()
    const results = await importPaths([slow, ok], { concurrency: 1, timeoutMs: BOUND_MS, extract: true })
    expect(results[0]).toMatchObject({ status: 'failed', error: { code: 'TIMEOUT', message: `「slow.txt」的内容分析超时（超过 ${BOUND_MS / 1000} 秒），未导入` } })
    expect(results[1]).toMatchObject({ status: 'read', path: ok })
    expect(results[1]!.extraction?.report).toMatchObject({ agency: '云溪测试局', year: 2024 })
    // Stopped at the bound, not after the whole extraction (the worker's start and the second file included).
    expect(Date.now() - started).toBeLessThan(whole)
  }, 120_000)

  it('analyze CLI route: the same file is listed as an error, the batch goes on', async () => {
    const [slow, ok] = files()
    const out = await analyzeFiles([slow, ok], undefined, { concurrency: 1, timeoutMs: BOUND_MS })
    expect(out[0]!.extraction).toBeUndefined()
    expect(out[0]!.error).toMatchObject({ code: 'TIMEOUT', message: expect.stringContaining('内容分析超时') })
    expect(out[1]!.extraction?.report).toMatchObject({ agency: '云溪测试局', year: 2024 })
  }, 60_000)
})
