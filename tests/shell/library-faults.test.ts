// The library never loses or hides what it holds: damaged corrections, broken report files, a crash
// before the checks ran, stray temp files, a damaged notes file, and a full disk (simulated by a
// write that fails with ENOSPC) are each handled with a message, and disk and messages agree.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import type { AtomicWriteHooks } from '../../src-main/library/atomic-write'
import { correctionFileName, correctionKeyFor } from '../../src-main/library/corrections'
import { DeskService } from '../../src-main/services/desk'
import { bodyKeyOf } from '../../src-main/services/identity'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import type { CheckAllFn } from '../../src-main/services/checks'
import { textToDocument } from '../../shared/text/text-document'
import { reportText, testPipeline, titleExtract } from './fixtures/pipeline'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-faults-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const libDir = (): string => join(dir, 'lib')
const sha = (i: number): string => (i.toString(16) + 'f'.repeat(64)).slice(0, 64)

async function addReports(lib: Library, names: string[]): Promise<string[]> {
  const ids: string[] = []
  for (const [i, name] of names.entries()) {
    const text = reportText(`第${i + 1}局`, 2023)
    const stored = await lib.add({ sha256: sha(i + 1), fileName: name, format: 'text', source: { bytes: new TextEncoder().encode(text) }, extraction: titleExtract(textToDocument(text, name)) })
    ids.push(stored.id)
  }
  await lib.flush()
  return ids
}

/** Flags every report, so a test sees whether the checks ran. */
const flagAll: CheckAllFn = (inputs) => new Map(inputs.map((i) => [i.id, [{ id: 'SWING' as const, severity: 'info' as const, message: '已检查', evidence: [] }]]))

function makeDesk(hooks: AtomicWriteHooks = {}, check: CheckAllFn = flagAll): DeskService {
  return new DeskService({
    library: new Library(libDir(), { writeHooks: hooks }),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: null,
    pipeline: testPipeline(check),
  })
}

const enospc = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })

/** A started desk with one imported report (甲局 2023), its writes passing through `hooks`. */
async function deskWithReport(hooks: AtomicWriteHooks): Promise<{ desk: DeskService; id: string }> {
  const inbox = join(dir, 'in')
  await mkdir(inbox)
  await writeFile(join(inbox, 'a.txt'), reportText('甲局', 2023))
  const desk = makeDesk(hooks)
  await desk.start()
  const { results } = await desk.import([join(inbox, 'a.txt')])
  return { desk, id: results[0]!.reportId! }
}

describe('library faults', () => {
  it('a damaged corrections file is quarantined with a note, its bytes kept, and never overwritten', async () => {
    const lib = new Library(libDir())
    await lib.open()
    const [id] = await addReports(lib, ['a.txt'])
    await lib.correct(id!, ['metrics', 'hotlineCalls'], 5)
    await lib.correct(id!, ['metrics', 'indexRank'], 3)
    const key = correctionKeyFor(bodyKeyOf('第1局'), 2023, sha(1))
    const path = join(lib.layout.corrections, correctionFileName(key))
    const damaged = (await readFile(path, 'utf8')).slice(0, 60)
    await writeFile(path, damaged)

    const again = new Library(libDir())
    const opened = await again.open()
    const note = opened.quarantined.find((n) => n.message.includes('更正文件'))!
    expect(note.message).toContain('已损坏')
    expect(note.message).toContain('quarantine/')
    expect(await readFile(join(again.layout.quarantine, note.file), 'utf8')).toBe(damaged)
    // List and detail agree: no correction is applied, and the list does not claim two.
    expect(again.summary(id!)!.corrections).toBe(0)
    expect(await again.correctionsOf(key)).toEqual([])
    // A new correction does not touch the kept bytes.
    await again.correct(id!, ['metrics', 'hotlineCalls'], 9)
    expect(await readFile(join(again.layout.quarantine, note.file), 'utf8')).toBe(damaged)
    expect((await again.correctionsOf(key)).map((c) => c.value)).toEqual([9])
    expect(again.list().quarantined.filter((n) => n.message.includes('更正文件'))).toHaveLength(1)
  })

  it('a report file replaced by a dangling link, a folder or a pipe: listed with a note, the library opens', async () => {
    const lib = new Library(libDir())
    await lib.open()
    const ids = await addReports(lib, ['link.txt', 'folder.txt', 'pipe.txt', 'fine.txt'])
    const doc = (id: string): string => join(lib.layout.reports, `${id}.json`)
    await rm(doc(ids[0]!))
    await symlink(join(dir, 'nowhere.json'), doc(ids[0]!))
    await rm(doc(ids[1]!))
    await mkdir(doc(ids[1]!))
    await rm(doc(ids[2]!))
    execFileSync('mkfifo', [doc(ids[2]!)])

    const again = new Library(libDir())
    const opened = await again.open()
    expect(again.list().reports.map((r) => r.fileName)).toEqual(['fine.txt'])
    const messages = opened.quarantined.map((n) => n.message).join('\n')
    for (const name of ['link.txt', 'folder.txt', 'pipe.txt']) expect(messages).toContain(`「${name}」`)
    expect(opened.quarantined).toHaveLength(3)
    // Moved aside, not deleted, and the notes survive a restart.
    expect((await readdir(again.layout.quarantine)).filter((n) => n !== 'notes.json')).toHaveLength(3)
    const third = new Library(libDir())
    await third.open()
    expect(third.list().quarantined).toHaveLength(3)
    expect(third.list().reports).toHaveLength(1)
  })

  it('a crash between adding reports and checking them: the checks run on the next start', async () => {
    const lib = new Library(libDir())
    await lib.open()
    const [id] = await addReports(lib, ['a.txt']) // added, never checked (the "crash")
    expect(lib.checksStale()).toBe(true)
    const desk = makeDesk()
    await desk.start()
    const detail = await desk.get(id!)
    expect(detail!.flags.map((f) => f.message)).toEqual(['已检查'])
    expect(await readdir(libDir())).not.toContain('checks-stale')
    const after = new Library(libDir())
    await after.open()
    expect(after.checksStale()).toBe(false)
  })

  it('temp files left in the library root and in quarantine/ are cleaned at open; other files stay', async () => {
    const lib = new Library(libDir())
    await lib.open()
    await writeFile(join(libDir(), '.index.json.tmp-abc123'), 'x')
    await writeFile(join(lib.layout.quarantine, '.notes.json.tmp-abc123'), 'x')
    await writeFile(join(lib.layout.quarantine, 'kept.json'), 'x')
    await new Library(libDir()).open()
    expect(await readdir(libDir())).not.toContain('.index.json.tmp-abc123')
    expect(await readdir(lib.layout.quarantine)).toEqual(['kept.json'])
  })

  it('a damaged quarantine/notes.json is kept under another name with a note; later notes add to it', async () => {
    const lib = new Library(libDir())
    await lib.open()
    const ids = await addReports(lib, ['a.txt', 'b.txt'])
    await writeFile(join(lib.layout.reports, `${ids[0]}.json`), '{broken')
    const first = new Library(libDir())
    expect((await first.open()).quarantined).toHaveLength(1)
    const damaged = '[{"file": "x", "message": "earlier note", "at": "2026'
    await writeFile(first.layout.quarantineNotes, damaged)
    await writeFile(join(first.layout.reports, `${ids[1]}.json`), '{broken too')

    const second = new Library(libDir())
    await second.open()
    const notes = second.list().quarantined
    const kept = notes.find((n) => n.message.includes('notes.json'))!
    expect(kept.message).toContain('已损坏')
    expect(await readFile(join(second.layout.quarantine, kept.file), 'utf8')).toBe(damaged)
    expect(notes.some((n) => n.message.includes('「b.txt」'))).toBe(true)
    const third = new Library(libDir())
    await third.open()
    expect(third.list().quarantined.map((n) => n.file).sort()).toEqual(notes.map((n) => n.file).sort())
  })

  it('disk full while importing: said as disk full, the reports that were saved are listed, nothing half-saved', async () => {
    const inbox = join(dir, 'in')
    await mkdir(inbox)
    await writeFile(join(inbox, 'a.txt'), reportText('甲局', 2023))
    await writeFile(join(inbox, 'b.txt'), reportText('乙局', 2023))
    let sources = 0
    const desk = makeDesk({
      beforeWrite: (target) => {
        if (target.includes('/sources/') && ++sources === 2) throw enospc()
      },
    })
    await desk.start()
    const out = await desk.import([join(inbox, 'a.txt'), join(inbox, 'b.txt')])
    expect(out.imported).toBe(1)
    // Files are saved several at a time: whichever reached the full disk second is the one refused.
    const failed = out.results.find((r) => r.status === 'failed')!
    const saved = out.results.find((r) => r.status === 'imported')!
    expect([failed.fileName, saved.fileName].sort()).toEqual(['a.txt', 'b.txt'])
    expect(failed.reason).toContain('磁盘空间已满')
    expect(failed.reason).not.toContain('解析')
    expect(failed.reason).not.toContain('ENOSPC')
    const listed = await desk.list()
    expect(listed.reports.map((r) => r.fileName)).toEqual([saved.fileName])
    expect(await readdir(join(libDir(), 'sources'))).toHaveLength(1)
    expect(await readdir(join(libDir(), 'reports'))).toHaveLength(1)
  })

  it('disk full when storing the checks after an import: the import still says imported, the checks run at the next start', async () => {
    const inbox = join(dir, 'in')
    await mkdir(inbox)
    await writeFile(join(inbox, 'a.txt'), reportText('甲局', 2023))
    let full = false
    const desk = makeDesk({
      beforeWrite: (target) => {
        if (target.includes('/sources/')) full = true // full right after the copy is saved
        else if (full && target.endsWith('index.json')) throw enospc()
      },
    })
    await desk.start()
    const out = await desk.import([join(inbox, 'a.txt')])
    expect(out.imported).toBe(1)
    expect(await readdir(libDir())).toContain('checks-stale')
    const next = makeDesk()
    await next.start()
    const [summary] = (await next.list()).reports
    expect(summary!.fileName).toBe('a.txt')
    expect((await next.get(summary!.id))!.flags.map((f) => f.message)).toEqual(['已检查'])
  })

  it('disk full when saving a correction: reported as failed, and the old value is what stays (in memory and on disk)', async () => {
    let failCorrections = false
    const { desk, id } = await deskWithReport({
      beforeWrite: (target) => {
        if (failCorrections && target.includes('/corrections/')) throw enospc()
      },
    })
    await desk.correct(id, ['metrics', 'hotlineCalls'], 5)
    failCorrections = true
    await expect(desk.correct(id, ['metrics', 'hotlineCalls'], 7)).rejects.toThrow(/磁盘空间已满/)
    expect((await desk.get(id))!.report.metrics.hotlineCalls).toBe(5)
    const reopened = makeDesk()
    await reopened.start()
    const detail = (await reopened.get(id))!
    expect(detail.report.metrics.hotlineCalls).toBe(5)
    expect(detail.summary.corrections).toBe(1)
  })

  it('disk full after a correction is saved (index, checks): reported saved, and it is saved', async () => {
    let full = false
    const { desk, id } = await deskWithReport({
      beforeWrite: (target) => {
        if (full && !target.includes('/corrections/') && !target.endsWith('checks-stale')) throw enospc()
      },
    })
    full = true
    const detail = await desk.correct(id, ['metrics', 'hotlineCalls'], 8)
    expect(detail.report.metrics.hotlineCalls).toBe(8)
    const reopened = makeDesk()
    await reopened.start()
    const again = (await reopened.get(id))!
    expect(again.report.metrics.hotlineCalls).toBe(8)
    expect(again.summary.corrections).toBe(1)
  })

  it('a damaged stored copy on re-import: the message names the user’s file, not the internal hash name', async () => {
    const inbox = join(dir, 'in')
    await mkdir(inbox)
    await writeFile(join(inbox, '甲局年报.txt'), reportText('甲局', 2023))
    const desk = makeDesk()
    await desk.start()
    const { results } = await desk.import([join(inbox, '甲局年报.txt')])
    const id = results[0]!.reportId!
    const [copy] = await readdir(join(libDir(), 'sources'))
    await writeFile(join(libDir(), 'sources', copy!), '')
    const again = await desk.reimport([id])
    expect(again.results[0]!.status).toBe('failed')
    expect(again.results[0]!.reason).toContain('「甲局年报.txt」')
    expect(again.results[0]!.reason).not.toContain(id)
  })
})

describe('library faults: a partly damaged corrections file that cannot be kept in quarantine', () => {
  it('is left as it is on disk (never written over), its readable corrections still apply, and saving new ones is refused', async () => {
    const at = new Date('2026-01-02T03:04:05.000Z')
    const lib = new Library(libDir(), { now: () => at })
    await lib.open()
    const [id] = await addReports(lib, ['a.txt'])
    await lib.correct(id!, ['metrics', 'hotlineCalls'], 5)
    const key = correctionKeyFor(bodyKeyOf('第1局'), 2023, sha(1))
    const name = correctionFileName(key)
    const path = join(lib.layout.corrections, name)
    const file = JSON.parse(await readFile(path, 'utf8')) as { entries: Record<string, unknown> }
    file.entries['/metrics/indexRank'] = { path: 7 }
    const damaged = JSON.stringify(file)
    await writeFile(path, damaged)
    // The quarantine copy's exact name is taken by a folder: the copy fails.
    await mkdir(join(lib.layout.quarantine, `corrections-${name.replace(/\.json$/, '')}-${at.toISOString().replace(/[:.]/g, '-')}.json`))

    const again = new Library(libDir(), { now: () => at })
    const opened = await again.open()
    expect(opened.quarantined.some((n) => n.message.includes('无法移到隔离区'))).toBe(true)
    expect(await readFile(path, 'utf8')).toBe(damaged)
    expect((await again.correctionsOf(key)).map((c) => c.value)).toEqual([5])
    await expect(again.correct(id!, ['metrics', 'hotlineCalls'], 9)).rejects.toThrow('为免覆盖')
    expect(await readFile(path, 'utf8')).toBe(damaged)
  })
})
