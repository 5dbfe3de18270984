// Atomic writes: a crash at any point leaves the old or the new document, never a broken one.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isTempFile, writeFileAtomic } from '../../src-main/library/atomic-write'
import { Library } from '../../src-main/library/library'
import { titleExtract } from './fixtures/pipeline'
import { textToDocument } from '../../shared/text/text-document'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-atomic-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function extractionOf(agency: string, year: number) {
  return titleExtract(textToDocument(`${agency}${year}年度政府信息公开工作年度报告`, 'x.txt'))
}
const SHA = (c: string) => c.repeat(64)

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const target = join(dir, 'a.json')
    await writeFileAtomic(target, 'old')
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
    expect((await readdir(dir)).filter(isTempFile)).toEqual([])
  })

  it('a crash between temp write and rename keeps the old document', async () => {
    const target = join(dir, 'a.json')
    await writeFileAtomic(target, '{"v":1}')
    const crash = writeFileAtomic(target, '{"v":2}', {
      afterTempWrite: () => {
        throw new Error('killed')
      },
    })
    await expect(crash).rejects.toThrow('killed')
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({ v: 1 })
    // The temp file is left behind, as after a real crash.
    expect((await readdir(dir)).filter(isTempFile)).toHaveLength(1)
  })

  it('a process killed mid-loop leaves a complete document (old or new)', async () => {
    const target = join(dir, 'loop.json')
    const script = resolve(import.meta.dirname, 'fixtures/write-loop.ts')
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', script, target], { stdio: ['ignore', 'pipe', 'inherit'] })
      await new Promise<void>((ok, fail) => {
        child.stdout.once('data', () => ok())
        child.once('exit', (code) => fail(new Error(`writer exited early (${code})`)))
      })
      await new Promise((r) => setTimeout(r, 40 + round * 70))
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGKILL')
      await exited
      const doc = JSON.parse(await readFile(target, 'utf8')) as { i: number; pad: string }
      expect(doc.pad.length).toBe(4 * 1024 * 1024)
      expect(doc.i).toBeGreaterThanOrEqual(0)
    }
  }, 60_000)
})

describe('library after a crash', () => {
  it('keeps the previous version when a rewrite was killed before its rename', async () => {
    let crash = false
    const lib = new Library(dir, {
      writeHooks: {
        afterTempWrite: () => {
          if (crash) throw new Error('killed')
        },
      },
    })
    await lib.open()
    const stored = await lib.add({ sha256: SHA('a'), fileName: 'a.txt', format: 'text', source: { bytes: new Uint8Array([1]) }, extraction: extractionOf('甲局', 2021) })
    await lib.flush()
    crash = true
    await expect(lib.replaceExtraction(stored.id, extractionOf('乙局', 2022))).rejects.toThrow('killed')

    const reopened = new Library(dir)
    const opened = await reopened.open()
    expect(opened.quarantined).toEqual([])
    const doc = await reopened.get(stored.id)
    expect(doc?.extraction.report.agency).toBe('甲局')
    expect((await readdir(reopened.layout.reports)).filter(isTempFile)).toEqual([])
  })

  it('ignores and removes a partially written temp file; the document stays intact', async () => {
    const lib = new Library(dir)
    await lib.open()
    const stored = await lib.add({ sha256: SHA('b'), fileName: 'b.txt', format: 'text', source: { bytes: new Uint8Array([2]) }, extraction: extractionOf('丙局', 2020) })
    await lib.flush()
    const full = await readFile(join(lib.layout.reports, `${stored.id}.json`), 'utf8')
    const partial = join(lib.layout.reports, `.${stored.id}.json.tmp-deadbeef0001`)
    await writeFile(partial, full.slice(0, Math.floor(full.length / 2)))

    const reopened = new Library(dir)
    const opened = await reopened.open()
    expect(opened.quarantined).toEqual([])
    expect(reopened.list().reports.map((r) => r.agency)).toEqual(['丙局'])
    expect((await readdir(reopened.layout.reports)).filter(isTempFile)).toEqual([])
    expect((await reopened.get(stored.id))?.extraction.report.year).toBe(2020)
  })
})
