// A worker that dies (exits, throws outside a read, runs out of heap) fails only its own file with
// a clear message; the parent survives and the pool starts a fresh worker for the next file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readBounded } from '../../src-main/import/read-bounded'

const tmp = mkdtempSync(join(tmpdir(), 'desk-worker-death-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const DYING = new URL('../hostile/dying-worker.ts', import.meta.url)
const REPORT = '云溪测试局2024年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息 12 条。\n'

describe('worker death', () => {
  it('exit, an uncaught throw and heap exhaustion each fail their file; the next file is read', async () => {
    const names = ['exit-now.txt', 'good-1.txt', 'throw-async.txt', 'good-2.txt', 'heap-hog.txt', 'good-3.txt']
    const paths = names.map((n) => join(tmp, n))
    paths.forEach((p) => writeFileSync(p, REPORT + p))
    const results = await readBounded(paths, { concurrency: 1, workerUrl: DYING, maxMemoryMb: 96, timeoutMs: 60_000 })
    const codes = results.map((r) => (r.ok ? 'read' : r.error.code))
    expect(codes).toEqual(['CRASHED', 'read', 'CRASHED', 'read', 'MEMORY', 'read'])
    const exit = results[0]!
    expect(!exit.ok && exit.error.message).toContain('「exit-now.txt」')
    expect(!exit.ok && exit.error.message).toContain('意外终止')
  }, 180_000)
})
