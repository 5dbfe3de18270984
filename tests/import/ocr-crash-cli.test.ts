// The CLI's path (a Node child process for OCR, no Electron): the OCR process of one scan dies
// mid-reading (killed as a native crash would end it); `analyze` fails that file alone with a Chinese
// message, reads the rest of the batch, exits 1 as for any failed file, and leaves no OCR process.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { ocrChildren } from './ocr-children'
import { entryArgs } from '../support/entry-args'

const ROOT = resolve(__dirname, '../..')
const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const textReport = resolve('../shared/corpus/synthetic/yunxi-gov_2019.txt')
const hasTools = existsSync(source) && existsSync(textReport) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-ocr-crash-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!hasTools || process.platform !== 'linux')('an OCR crash under the CLI', () => {
  // Killed as soon as it is seen (before its job has arrived), and a few seconds into its work.
  it.each([0, 4000])('killed %i ms after it starts: fails that scan alone; the other file is read; exit code 1; no OCR process left', { timeout: 300_000 }, async (delay) => {
    const scan = join(dir, '扫描件.pdf')
    writeFileSync(scan, imagePdf(renderPages(source, 100, 3, 4), 100))
    // A cache of its own: the OCR really runs.
    const cli = spawn(process.execPath, [...entryArgs('analyze'), '--json', scan, textReport], {
      cwd: ROOT,
      env: { ...process.env, XDG_CACHE_HOME: join(dir, `cache-${delay}`) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    cli.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')))
    const exited = new Promise<number | null>((r) => cli.on('exit', (code) => r(code)))
    let killed: number | null = null
    const end = Date.now() + 180_000
    while (killed === null && Date.now() < end && cli.exitCode === null) {
      const [pid] = ocrChildren(cli.pid!)
      if (pid) {
        await new Promise((r) => setTimeout(r, delay))
        process.kill(pid, 'SIGKILL')
        killed = pid
      } else await new Promise((r) => setTimeout(r, 100))
    }
    expect(killed).not.toBeNull()
    const code = await exited
    const arr = JSON.parse(out) as { file: string; report?: { year: number | null }; error?: { code: string; message: string } }[]
    expect(arr.map((a) => a.file)).toEqual([scan, textReport])
    expect(arr[0]!.error).toMatchObject({ code: 'SCANNED', message: expect.stringContaining('文字识别进程意外退出（SIGKILL）') })
    expect(arr[0]!.error!.message).toMatch(/^「扫描件\.pdf」/)
    expect(arr[1]!.error).toBeUndefined()
    expect(arr[1]!.report!.year).toBe(2019)
    expect(code).toBe(1)
    expect(ocrChildren(cli.pid!)).toEqual([])
  })
})
