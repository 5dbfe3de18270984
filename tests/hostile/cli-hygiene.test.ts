// `analyze` prints file names safely (control characters escaped, never sent raw to the terminal)
// and reports a sub-folder it cannot open as a failure (exit code 1), not a silent skip.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { GOOD_TEXT } from './hostile-files'
import { measure } from './measure'
import { entryArgs } from '../support/entry-args'

const ROOT = resolve(__dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'desk-cli-hygiene-'))
afterAll(() => execFileSync('rm', ['-rf', dir]))

/** A chain of folders whose deepest entry's path is longer than the system allows (PATH_MAX). */
function tooDeepChain(base: string): void {
  const name = 'd'.repeat(250)
  execFileSync('bash', ['-c', `cd "$1" && for i in $(seq 20); do mkdir ${name} && cd ${name}; done`, '_', base])
}

describe('analyze output hygiene', () => {
  it('escapes control characters in file names and fails on a folder it cannot open', async () => {
    const hostileName = '报告\u001b]0;pwned\u0007\u001b[2J\r.txt'
    writeFileSync(join(dir, hostileName), GOOD_TEXT)
    tooDeepChain(dir)
    const r = await measure(process.execPath, [...entryArgs('analyze'), dir], ROOT, 240_000)
    expect(r.code, r.err).toBe(1)
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
    expect(r.out).toContain('■ 报告\\x1b]0;pwned\\x07\\x1b[2J\\x0d.txt')
    expect(r.out).toContain('无法读取（ENAMETOOLONG）')
    expect(r.out).toContain('主动公开')
  }, 300_000)
})
