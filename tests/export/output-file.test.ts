// Export paths: checked before the work, written atomically, every failure a Chinese sentence.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExportFileError, outputPathProblem, writeExportFile, writeFailureReason } from '../../src-main/export/output-file'

describe('outputPathProblem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-out-'))
  it('accepts a new or existing file in a writable folder', async () => {
    expect(await outputPathProblem(join(dir, 'a.pptx'), 'pptx')).toBeNull()
    writeFileSync(join(dir, 'b.xlsx'), 'old')
    expect(await outputPathProblem(join(dir, 'b.XLSX'), 'xlsx')).toBeNull()
  })
  it('refuses a folder, a missing folder, a file as folder, a wrong extension, no name', async () => {
    mkdirSync(join(dir, 'sub'))
    expect(await outputPathProblem(join(dir, 'sub'), 'pptx')).toMatch(/是一个文件夹/)
    expect(await outputPathProblem(join(dir, 'nope', 'a.pptx'), 'pptx')).toMatch(/所在文件夹不存在/)
    writeFileSync(join(dir, 'f.txt'), 'x')
    expect(await outputPathProblem(join(dir, 'f.txt', 'a.xlsx'), 'xlsx')).toMatch(/不是文件夹/)
    expect(await outputPathProblem(join(dir, 'f.txt'), 'xlsx')).toMatch(/应以 \.xlsx 结尾/)
    expect(await outputPathProblem(undefined, 'pptx')).toMatch(/未给出简报/)
  })
})

describe('writeExportFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-write-'))
  it('replaces an existing file whole, leaving no temp file', async () => {
    const target = join(dir, 'x.pptx')
    writeFileSync(target, 'old')
    await writeExportFile(target, 'pptx', new TextEncoder().encode('new'))
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['x.pptx'])
  })
  it('a failed write is an ExportFileError with a Chinese reason, and nothing is left behind', async () => {
    writeFileSync(join(dir, 'plain'), 'x')
    const bad = join(dir, 'plain', 'x.xlsx')
    const err = await writeExportFile(bad, 'xlsx', new Uint8Array([1])).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ExportFileError)
    expect((err as Error).message).toMatch(/^无法写入工作簿（XLSX）「.*」：路径中有一段不是文件夹。$/)
    expect(readdirSync(dir).sort()).toEqual(['plain', 'x.pptx'])
  })
  it('names the usual errno codes in Chinese', () => {
    expect(writeFailureReason({ code: 'EACCES' })).toMatch(/没有写入/)
    expect(writeFailureReason({ code: 'ENOSPC' })).toBe('磁盘空间不足')
    expect(writeFailureReason(new Error('x'))).toBe('写入出错')
  })
})
