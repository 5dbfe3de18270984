// A corrupt document is moved to quarantine with a Chinese message; the others still load.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import { textToDocument } from '../../shared/text/text-document'
import { titleExtract } from './fixtures/pipeline'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-quarantine-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function seed(n: number): Promise<{ lib: Library; ids: string[] }> {
  const lib = new Library(dir)
  await lib.open()
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const text = `第${i + 1}局2022年度政府信息公开工作年度报告`
    const stored = await lib.add({
      sha256: String(i + 1).repeat(64).slice(0, 64).replace(/[^0-9a-f]/g, 'a'),
      fileName: `r${i + 1}.txt`,
      format: 'text',
      source: { bytes: new TextEncoder().encode(text) },
      extraction: titleExtract(textToDocument(text, `r${i + 1}.txt`)),
    })
    ids.push(stored.id)
  }
  await lib.flush()
  return { lib, ids }
}

describe('quarantine', () => {
  it('moves a truncated document aside at open, with a message, and loads the rest', async () => {
    const { lib, ids } = await seed(3)
    const victim = join(lib.layout.reports, `${ids[1]}.json`)
    const text = await readFile(victim, 'utf8')
    await writeFile(victim, text.slice(0, 100))

    const reopened = new Library(dir)
    const opened = await reopened.open()
    expect(reopened.list().reports.map((r) => r.fileName).sort()).toEqual(['r1.txt', 'r3.txt'])
    expect(opened.quarantined).toHaveLength(1)
    const note = opened.quarantined[0]!
    expect(note.message).toContain('「r2.txt」')
    expect(note.message).toContain('已损坏')
    expect(note.message).toContain('隔离区')
    expect(await readdir(reopened.layout.quarantine)).toContain(note.file)
    expect(await readFile(join(reopened.layout.quarantine, note.file), 'utf8')).toBe(text.slice(0, 100))
    // The note is listed for the UI, and survives another restart.
    const third = new Library(dir)
    await third.open()
    expect(third.list().quarantined.map((q) => q.file)).toEqual([note.file])
    expect(third.list().reports).toHaveLength(2)
  })

  it('quarantines valid JSON that is not a report, and a document corrupted while running', async () => {
    const { lib, ids } = await seed(3)
    await writeFile(join(lib.layout.reports, `${ids[0]}.json`), JSON.stringify({ version: 1, id: ids[0], hello: 'world' }))
    const reopened = new Library(dir)
    const opened = await reopened.open()
    expect(opened.quarantined).toHaveLength(1)
    expect(opened.quarantined[0]!.message).toContain('不符合报告格式')

    // Corrupted after opening: the read that meets it quarantines it, and returns null.
    await writeFile(join(reopened.layout.reports, `${ids[2]}.json`), '{"version":1,')
    expect(await reopened.get(ids[2]!)).toBeNull()
    expect(reopened.list().reports.map((r) => r.id)).toEqual([ids[1]])
    expect(reopened.list().quarantined).toHaveLength(2)
    const all = await reopened.all()
    expect(all.map((d) => d.id)).toEqual([ids[1]])
  })

  it('rebuilds a lost or corrupt list index from the documents', async () => {
    const { lib } = await seed(4)
    await writeFile(lib.layout.index, '{ not json')
    const reopened = new Library(dir)
    const opened = await reopened.open()
    expect(opened.parsed).toBe(4)
    expect(reopened.list().reports).toHaveLength(4)
    const again = new Library(dir)
    expect((await again.open()).parsed).toBe(0)
  })
})
