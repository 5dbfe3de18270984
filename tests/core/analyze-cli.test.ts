// The `analyze` command as a user runs it: JSON shape, input order, exit codes, folder summary.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HAS_CORPUS, corpusFile } from './corpus-paths'
import { entryArgs } from '../support/entry-args'

const ROOT = resolve(__dirname, '../..')
function analyze(args: string[]) {
  const r = spawnSync(process.execPath, [...entryArgs('analyze'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe.skipIf(!HAS_CORPUS)('npm run analyze', () => {
  it('--json prints exactly one array, one element per input in order; a failed file gives exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-analyze-'))
    const empty = join(dir, 'empty.pdf')
    writeFileSync(empty, '')
    const seed = corpusFile('real/yueqing-gov_2020.txt')
    const { code, out } = analyze(['--json', seed, empty])
    const arr = JSON.parse(out) as { file: string; report?: { agency: string }; flags?: { id: string }[]; error?: { code: string; message: string } }[]
    expect(arr).toHaveLength(2)
    expect(arr[0]!.file).toBe(seed)
    expect(arr[0]!.report!.agency).toBe('乐清市人民政府')
    expect(arr[0]!.flags!.map((f) => f.id)).toContain('REQUESTS_HANDLED_TOTAL')
    expect(arr[1]!.file).toBe(empty)
    expect(arr[1]!.error!.code).toBe('EMPTY')
    expect(arr[1]!.error!.message).toContain('empty.pdf')
    expect(code).toBe(1)
  })

  it('exit code 0 when every file was read, whatever the flags', () => {
    const { code } = analyze(['--json', corpusFile('real/yueqing-gov_2020.txt')])
    expect(code).toBe(0)
  })

  it('a folder: per body, its years in order with their flags', () => {
    // A folder of six reports, two bodies, four formats: the walk, the per-report blocks and the
    // per-body summary are the same code for six files as for the whole synthetic folder, whose
    // analysis tests/copies/synthetic-batch.test.ts already runs (the CLI here read it all again: ~20 s).
    const dir = mkdtempSync(join(tmpdir(), 'desk-analyze-folder-'))
    for (const name of ['yunxi-gov_2019.pdf', 'yunxi-gov_2020.txt', 'yunxi-gov_2022.docx', 'yunxi-gov_2024.html', 'yunxi-jyj_2021.txt', 'yunxi-jyj_2023.docx']) copyFileSync(corpusFile(`synthetic/${name}`), join(dir, name))
    const { code, out } = analyze([dir])
    expect(code).toBe(0)
    const body = out.slice(out.lastIndexOf('云溪市人民政府'))
    expect(out).toContain('云溪市教育局')
    const years = [...out.matchAll(/云溪市人民政府[^\n]*\n/g)].length
    expect(years).toBeGreaterThan(0)
    expect(out.lastIndexOf('云溪市人民政府')).toBeGreaterThanOrEqual(0)
    expect(body.length).toBeGreaterThan(0)
    // The body's report headings ("云溪市人民政府 · 2019 年度 · …") list its years in order.
    const headingYears = [...out.matchAll(/云溪市人民政府 · (\d{4}) 年度/g)].map((m) => Number(m[1]))
    expect(new Set(headingYears).size).toBeGreaterThan(1)
    expect(headingYears).toEqual([...headingYears].sort((a, b) => a - b))
    expect(out).toMatch(/REQUESTS_HANDLED_TOTAL|三（七）总计/)
  })
})
