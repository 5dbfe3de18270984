// Batch import in worker threads: folder expansion, skips with reasons, duplicates, one bad file
// never stopping the batch, the time bound, progress, results in input order.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importPaths, type ImportProgress } from '../../src-main/import/import-paths'

const FIX = resolve(__dirname, '../fixtures/readers')
const tmp = mkdtempSync(join(tmpdir(), 'import-test-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const REPORT = '云溪测试局2024年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息 12 条。\n'

describe('importPaths', () => {
  it('reads a folder in workers; skips, duplicates and failures are reported and the rest is read', async () => {
    const dir = join(tmp, 'batch')
    mkdirSync(join(dir, 'sub'), { recursive: true })
    mkdirSync(join(dir, 'folder.pdf'))
    copyFileSync(join(FIX, 'roundtrip.pdf'), join(dir, 'a.pdf'))
    writeFileSync(join(dir, 'b.txt'), REPORT)
    writeFileSync(join(dir, 'sub', 'c-copy.txt'), REPORT)
    writeFileSync(join(dir, 'empty.docx'), '')
    writeFileSync(join(dir, '.hidden.pdf'), 'x')
    writeFileSync(join(dir, 'photo.jpg'), 'x')
    symlinkSync(join(dir, 'nowhere.pdf'), join(dir, 'vanished.pdf'))
    copyFileSync(join(FIX, 'encrypted.pdf'), join(dir, 'locked.pdf'))
    const progress: ImportProgress[] = []
    const results = await importPaths([dir, join(tmp, 'missing.html')], { concurrency: 2, onProgress: (p) => progress.push(p) })
    const by = (name: string) => results.find((r) => r.path.endsWith(name))!
    expect(by('a.pdf').status).toBe('read')
    expect(by('a.pdf').document?.format).toBe('pdf')
    expect(by('b.txt').status).toBe('read')
    expect(by('c-copy.txt')).toMatchObject({ status: 'duplicate', reason: '与「b.txt」内容相同，已跳过' })
    expect(by('empty.docx')).toMatchObject({ status: 'failed', error: { code: 'EMPTY' } })
    expect(by('.hidden.pdf').status).toBe('skipped')
    expect(by('photo.jpg')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('「photo.jpg」不是可识别的 PNG、JPEG 或 TIFF 图片') })
    expect(by('vanished.pdf')).toMatchObject({ status: 'failed', error: { code: 'UNREADABLE', message: expect.stringContaining('「vanished.pdf」') } })
    expect(by('locked.pdf')).toMatchObject({ status: 'failed', error: { code: 'ENCRYPTED' } })
    expect(by('missing.html')).toMatchObject({ status: 'failed', error: { code: 'UNREADABLE', message: expect.stringContaining('「missing.html」') } })
    expect(results[results.length - 1]!.path).toContain('missing.html') // input order
    const total = results.filter((r) => r.status !== 'skipped').length
    expect(progress).toHaveLength(total)
    expect(progress[progress.length - 1]).toMatchObject({ done: total, total, etaMs: 0 })
  })

  it('of identical files the one not named as a copy is kept, though a name sort lists the copies first', async () => {
    const dir = join(tmp, 'copies')
    mkdirSync(dir, { recursive: true })
    for (const name of ['年报 (1).txt', '年报-副本.txt', '年报.txt', 'Copy of 年报.txt']) writeFileSync(join(dir, name), REPORT)
    writeFileSync(join(dir, '年报（2023）.txt'), REPORT.replace('12 条', '13 条'))
    const results = await importPaths([dir], { concurrency: 2 })
    const by = (name: string) => results.find((r) => r.path.endsWith(`/${name}`))!
    expect(by('年报.txt').status).toBe('read')
    for (const copy of ['年报 (1).txt', '年报-副本.txt', 'Copy of 年报.txt']) expect(by(copy)).toMatchObject({ status: 'duplicate', reason: '与「年报.txt」内容相同，已跳过' })
    // A year in brackets is no copy mark, and another content is read in its own right.
    expect(by('年报（2023）.txt').status).toBe('read')
  })

  it('a file over the time bound → TIMEOUT, the next file is still read', async () => {
    const p = join(tmp, 'slow.pdf')
    copyFileSync(join(FIX, 'roundtrip.pdf'), p)
    const t = join(tmp, 'ok.txt')
    writeFileSync(t, REPORT)
    const results = await importPaths([p, t], { concurrency: 1, timeoutMs: 50 })
    expect(results[0]).toMatchObject({ status: 'failed', error: { code: 'TIMEOUT', message: expect.stringContaining('「slow.pdf」读取超时') } })
    // The worker was replaced and the batch went on: the text file is read, unless its own
    // cold-start read also hit 50 ms, in which case it says so.
    if (results[1]!.status === 'failed') expect(results[1]!.error?.code).toBe('TIMEOUT')
    else expect(results[1]).toMatchObject({ status: 'read', path: t })
    const again = await importPaths([t], { concurrency: 1, timeoutMs: 30_000 })
    expect(again[0]!.status).toBe('read')
  })

  it('a file over the memory bound → MEMORY naming the file; the pool recovers for the next batch', async () => {
    const p = join(tmp, 'heavy.pdf')
    copyFileSync(join(FIX, 'roundtrip.pdf'), p)
    const results = await importPaths([p], { concurrency: 1, maxMemoryMb: 32 })
    expect(results[0]).toMatchObject({ status: 'failed', error: { code: 'MEMORY', message: expect.stringContaining('「heavy.pdf」') } })
    const again = await importPaths([p], { concurrency: 1 })
    expect(again[0]!.status).toBe('read')
  })
})

describe('looksLikeCopy', () => {
  it('knows the names file managers and browsers give copies, not years or numbers in a name', async () => {
    const { looksLikeCopy } = await import('../../src-main/import/copy-names')
    for (const name of ['a - 副本.pdf', 'a副本(1).pdf', 'a (1).pdf', 'a(2).docx', 'a（3）.html', 'a - Copy.pdf', 'a - Copy (2).pdf', 'Copy of a.pdf']) expect(looksLikeCopy(`/x/${name}`), name).toBe(true)
    for (const name of ['a.pdf', '年报（2023）.pdf', '2023年报告.pdf', 'report-1.pdf', 'copyright.pdf']) expect(looksLikeCopy(`/x/${name}`), name).toBe(false)
  })
})
