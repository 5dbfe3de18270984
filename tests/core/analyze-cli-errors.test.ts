// `analyze` with bad export arguments or nothing to export: one Chinese sentence, an exit code, no
// Node stack trace, and no file half-written (review s5, C1).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryArgs } from '../support/entry-args'

const ROOT = resolve(__dirname, '../..')
const SAMPLE = join(ROOT, 'resources/samples/yunxi-gov_2023.txt')

function analyze(args: string[]) {
  const r = spawnSync(process.execPath, [...entryArgs('analyze'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

const noStack = (text: string): void => {
  expect(text).not.toMatch(/\n\s+at .+\(|Node\.js v\d|^Error:/m)
}

describe('analyze: export failures are Chinese sentences, not crashes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-analyze-err-'))
  const empty = join(dir, 'empty.pdf')
  writeFileSync(empty, '')

  it('--pptx/--xlsx when no file could be read: the sentence, exit 1, nothing written', () => {
    const pptx = join(dir, 'none.pptx')
    const xlsx = join(dir, 'none.xlsx')
    const { code, err } = analyze(['--pptx', pptx, '--xlsx', xlsx, empty])
    expect(code).toBe(1)
    expect(err).toContain('没有可导出的报告')
    noStack(err)
    expect(existsSync(pptx) || existsSync(xlsx)).toBe(false)
  })

  it('a folder given as the --pptx file, a missing folder, a path through a file, no file name: said before reading', () => {
    const folder = join(dir, 'out')
    mkdirSync(folder)
    const cases: [string[], RegExp][] = [
      [['--pptx', folder, SAMPLE], /是一个文件夹，请给出文件名/],
      [['--xlsx', join(dir, 'missing', 'x.xlsx'), SAMPLE], /所在文件夹不存在/],
      [['--xlsx', join(SAMPLE, 'x.xlsx'), SAMPLE], /不是文件夹/],
      [['--xlsx', join(dir, 'report.pdf'), SAMPLE], /应以 \.xlsx 结尾/],
      [[SAMPLE, '--pptx'], /--pptx 后面缺少输出文件名/],
      [['--pptx', '--json', SAMPLE], /--pptx 后面缺少输出文件名/],
      [['--bogus', SAMPLE], /不认识的选项「--bogus」/],
    ]
    for (const [args, expected] of cases) {
      const { code, out, err } = analyze(args)
      expect(err, args.join(' ')).toMatch(expected)
      expect(code, args.join(' ')).toBe(2)
      noStack(err)
      // Refused before the reading: no report summary printed.
      expect(out).toBe('')
    }
    expect(readdirSync(folder)).toEqual([])
  })

  it('a reader that closes the pipe early (analyze … | head) stops it quietly, no stack', async () => {
    const child = spawn(process.execPath, [...entryArgs('analyze'), '--json', join(ROOT, 'resources/samples')], { cwd: ROOT })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(err).not.toContain('Unhandled')
    noStack(err)
    expect(code === 0 || code === 1).toBe(true)
  }, 120_000)

  it('a readable file exports both files and says so (on stderr with --json, stdout stays one JSON array)', () => {
    const pptx = join(dir, 'ok.pptx')
    const xlsx = join(dir, 'ok.xlsx')
    const { code, out, err } = analyze(['--json', '--pptx', pptx, '--xlsx', xlsx, SAMPLE])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toHaveLength(1)
    expect(err).toContain('已导出')
    expect(existsSync(pptx) && existsSync(xlsx)).toBe(true)
    // Written through a temp file renamed over the target: no temp file is left beside it.
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([])
  })
})
