// `analyze --json` over copies of one report: each element's flags are that file's own, and the
// flags resting on the other files (COPIES_DIFFER…) are kept and marked scope 'library' (review s5, I1).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryArgs } from '../support/entry-args'

const ROOT = resolve(__dirname, '../..')
const SAMPLE = join(ROOT, 'resources/samples/yunxi-gov_2023.txt')

interface JsonFlag { id: string; scope: 'file' | 'library'; message: string }

describe('analyze --json: per-file flags beside copies', () => {
  it('a copy whose table 三 row does not add up keeps its own REQUESTS_ROW_TOTAL; the clean copy does not get it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-own-flags-'))
    const text = readFileSync(SAMPLE, 'utf8')
    // The first 自然人 cell of "四、结转下年度继续办理" one more than printed in the original.
    const row = /四、结转下年度继续办理\n\n(\d+)\n/.exec(text)!
    const changed = text.replace(row[0], `四、结转下年度继续办理\n\n${Number(row[1]) + 1}\n`)
    const clean = join(dir, '年报.txt')
    const copy = join(dir, '年报-改.txt')
    writeFileSync(clean, text)
    writeFileSync(copy, changed)
    const r = spawnSync(process.execPath, [...entryArgs('analyze'), '--json', clean, copy], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
    const [a, b] = JSON.parse(r.stdout) as { file: string; flags: JsonFlag[] }[]
    const ids = (e: { flags: JsonFlag[] }, scope: string) => e.flags.filter((f) => f.scope === scope).map((f) => f.id)
    expect(ids(b!, 'file')).toContain('REQUESTS_ROW_TOTAL')
    expect(ids(a!, 'file')).not.toContain('REQUESTS_ROW_TOTAL')
    for (const e of [a!, b!]) {
      expect(ids(e, 'library')).toEqual(['COPIES_DIFFER'])
      expect(ids(e, 'file')).not.toContain('COPIES_DIFFER')
    }
    // The text summary marks the flag that rests on the other files.
    const t = spawnSync(process.execPath, [...entryArgs('analyze'), clean, copy], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
    expect(t.stdout).toContain('COPIES_DIFFER（与其他文件比对）：')
  })
})
