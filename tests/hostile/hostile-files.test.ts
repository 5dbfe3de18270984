// Hostile and damaged files (generated, see hostile-files.ts): each gives its own clear error
// within 10 s and 500 MB, the rest of the batch is read — through the app's import path and
// through `analyze`, which prints its JSON array (or summary) and exits 1.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeHostileFiles, type HostileCase } from './hostile-files'
import { measure } from './measure'
import { entryArgs } from '../support/entry-args'

const ROOT = resolve(__dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'desk-hostile-'))
let cases: HostileCase[] = []
beforeAll(async () => {
  cases = await writeHostileFiles(dir)
}, 180_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Outcome {
  name: string
  code?: string
  message?: string
}

function expectEachCase(outcomes: Outcome[]): void {
  for (const c of cases) {
    const o = outcomes.find((x) => x.name === c.name)
    expect(o, c.name).toBeDefined()
    if (c.expect === 'read') {
      expect(o!.code, `${c.name}: ${o!.message}`).toBeUndefined()
      continue
    }
    expect(`${c.name} → ${o!.code}`).toBe(`${c.name} → ${c.expect}`)
    expect(o!.message).toContain(`「${c.name}」`)
    for (const w of c.says ?? []) expect(o!.message, c.name).toContain(w)
    for (const w of c.never ?? []) expect(o!.message, c.name).not.toContain(w)
  }
}

describe('hostile files', () => {
  it('in the app’s import path: each its own error within 10 s, the good reports read', async () => {
    const r = await measure(process.execPath, [...entryArgs('run-import'), dir], ROOT, 240_000)
    expect(r.code, r.err).toBe(0)
    const out = JSON.parse(r.out) as { peakMb: number; results: { path: string; status: string; code?: string; message?: string }[] }
    expectEachCase(out.results.map((x) => ({ name: basename(x.path), ...(x.status === 'read' ? {} : { code: x.code, message: x.message }) })))
    // 10 s per file: the run used a 10 s time bound, and no file hit it.
    expect(out.results.filter((x) => x.code === 'TIMEOUT')).toEqual([])
    expect(out.results.filter((x) => x.status === 'read').map((x) => basename(x.path)).sort()).toEqual(cases.filter((c) => c.expect === 'read').map((c) => c.name).sort())
    console.log(`hostile import: ${cases.length} files, ${r.ms} ms, peak of the whole batch ${out.peakMb} MB`)
  }, 300_000)

  it('each heavy case read on its own stays within 500 MB (the whole process: main thread and worker)', async () => {
    const peaks: string[] = []
    for (const c of cases.filter((x) => x.heavy)) {
      const r = await measure(process.execPath, [...entryArgs('run-import'), join(dir, c.name)], ROOT, 120_000)
      const out = JSON.parse(r.out) as { peakMb: number; results: { code?: string }[] }
      expect(out.results[0]!.code, c.name).toBe(c.expect)
      expect(out.peakMb, c.name).toBeLessThanOrEqual(500)
      peaks.push(`${c.name} ${out.peakMb} MB`)
    }
    console.log(`hostile peaks: ${peaks.join('; ')}`)
  }, 600_000)

  it('in `analyze --json`: one element per file with the same errors, exit code 1, ≤ 500 MB per file read', async () => {
    const r = await measure(process.execPath, [...entryArgs('analyze'), '--json', dir], ROOT, 240_000)
    expect(r.code, r.err).toBe(1)
    const arr = JSON.parse(r.out) as { file: string; report?: unknown; error?: { code: string; message: string } }[]
    expectEachCase(arr.map((x) => ({ name: basename(x.file), ...(x.error ? { code: x.error.code, message: x.error.message } : {}) })))
    expect(arr.filter((x) => x.error?.code === 'TIMEOUT')).toEqual([])
    // analyze reads two files at a time (two workers): each within its 500 MB.
    if (r.peakMb !== null) expect(r.peakMb).toBeLessThanOrEqual(2 * 500)
    console.log(`hostile analyze --json: ${r.ms} ms, peak ${r.peakMb ?? '?'} MB`)
  }, 300_000)

  it('in `analyze` (summary): every file named with its reason, the good reports summarised, exit code 1', async () => {
    const r = await measure(process.execPath, [...entryArgs('analyze'), dir], ROOT, 240_000)
    expect(r.code, r.err).toBe(1)
    for (const c of cases) expect(r.out).toContain(`■ ${c.name}`)
    expect(r.out.match(/读取失败：/g)?.length).toBe(cases.filter((c) => c.expect !== 'read').length)
    expect(r.out).toContain('主动公开')
  }, 300_000)
})
