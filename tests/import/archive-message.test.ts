// A ZIP archive, given alone or found in an imported folder, is said to be one, in the one message:
// the reports are inside and must be unpacked first (review s5, V4).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { expandPaths } from '../../src-main/import/expand'
import { readFile } from '../../src-main/readers/index'
import { importPaths } from '../../src-main/import/import-paths'

describe('a ZIP archive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-archive-'))
  const zip = join(dir, '年报合集.zip')
  writeFileSync(zip, zipSync({ 'a.txt': new TextEncoder().encode('政府信息公开工作年度报告') }))
  writeFileSync(join(dir, '旧稿.rar'), 'Rar!\x1a\x07\x00')
  writeFileSync(join(dir, '说明.xyz'), 'x')

  it('in a folder: skipped with the message the reader gives for it, not "不是报告文件格式"', async () => {
    const plan = await expandPaths([dir])
    const reasonOf = (name: string) => plan.find((p) => p.path.endsWith(name) && p.action === 'skip') as { reason: string } | undefined
    expect(reasonOf('年报合集.zip')?.reason).toBe('「年报合集.zip」是 ZIP 压缩包，不是报告文件；请解压后再导入其中的报告，已跳过')
    expect(reasonOf('旧稿.rar')?.reason).toBe('「旧稿.rar」是 RAR 压缩包，不是报告文件；请解压后再导入其中的报告，已跳过')
    expect(reasonOf('说明.xyz')?.reason).toBe('「说明.xyz」不是报告文件格式（.xyz），已跳过')
    const direct = await readFile(zip)
    expect(direct.ok).toBe(false)
    if (!direct.ok) expect(`${direct.error.message}，已跳过`).toBe(reasonOf('年报合集.zip')!.reason)
  })

  it("the app's folder import lists it with that message", async () => {
    const results = await importPaths([dir])
    expect(results.find((r) => r.path.endsWith('年报合集.zip'))).toMatchObject({ status: 'skipped', reason: expect.stringContaining('是 ZIP 压缩包，不是报告文件；请解压后再导入其中的报告') })
  })
})
