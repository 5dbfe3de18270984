// The library with copies of one report: one report per body and year with its files listed, the
// best-read copy used and the user's choice kept across a restart, copies that differ flagged once
// per file with both values, the views counting reports (not files); and at scale, generated
// near-copies keep the library small and a correction rewrites only the report's used document.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import type { SourceDocument } from '../../shared/model/document'
import { Library } from '../../src-main/library/library'
import { folderBytes, writeNearCopies } from '../../src-main/library/near-copies'
import { checkAll } from '../../src-main/services/checks'
import { DeskService } from '../../src-main/services/desk'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { fallbackImportPaths } from '../shell/fixtures/text-import'

const SAMPLES = join(__dirname, '../../resources/samples')
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-copies-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The real extractor; a file named 草稿 (a draft) states one more item disclosed than the others. */
function extract(doc: SourceDocument) {
  const ex = extractReport(doc)
  if (doc.fileName.includes('草稿')) ex.report.metrics.activeDisclosureItems = (ex.report.metrics.activeDisclosureItems ?? 0) + 1
  return ex
}

function makeDesk() {
  return new DeskService({
    library: new Library(join(dir, 'lib')),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: null,
    pipeline: { importPaths: fallbackImportPaths, extract, checkAll },
  })
}

async function sample(): Promise<string> {
  const name = (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')).sort()[0]!
  return readFile(join(SAMPLES, name), 'utf8')
}

describe('copies in the library', () => {
  it('one report with its files; differing copies flagged with both values; the user can choose a copy', async () => {
    const text = await sample()
    const src = join(dir, 'in')
    await writeNearCopies(join(SAMPLES, (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')).sort()[0]!), src, 2)
    await writeFile(join(src, '年报草稿.txt'), text)
    const desk = makeDesk()
    await desk.start()
    const outcome = await desk.import([src])
    expect(outcome.imported).toBe(3)

    const list = (await desk.list()).reports
    const used = list.filter((r) => r.copy?.role === 'used')
    expect(used).toHaveLength(1)
    expect(list.filter((r) => r.copy?.role === 'copy')).toHaveLength(2)
    expect(list.every((r) => r.copy?.usedId === used[0]!.id && r.copy.files === 3)).toBe(true)

    // The views and exports get one report.
    const items = await desk.items()
    expect(items.map((i) => i.id)).toEqual([used[0]!.id])

    // Every file carries the copies finding, naming both values side by side.
    for (const r of list) {
      const detail = (await desk.get(r.id))!
      const f = detail.flags.find((x) => x.id === 'COPIES_DIFFER')
      expect(f, r.fileName).toBeDefined()
      const n = detail.report.metrics.activeDisclosureItems!
      const other = r.fileName.includes('草稿') ? n - 1 : n + 1
      expect(f!.message).toContain(n.toLocaleString('zh-CN'))
      expect(f!.message).toContain(other.toLocaleString('zh-CN'))
    }
    // The verdicts of the report are on the copy used only (the flags view lists each finding once).
    const flagsOf = async (id: string) => (await desk.get(id))!.flags.map((f) => f.id).filter((x) => x !== 'COPIES_DIFFER')
    const draft = list.find((r) => r.fileName.includes('草稿'))!

    await desk.useCopy(draft.id)
    const after = (await desk.list()).reports
    expect(after.find((r) => r.id === draft.id)!.copy).toMatchObject({ role: 'used', chosen: true })
    expect((await desk.items()).map((i) => i.id)).toEqual([draft.id])
    for (const r of after.filter((x) => x.id !== draft.id)) expect(await flagsOf(r.id)).toEqual([])

    // A copy's detail says which copy is used.
    const other = after.find((r) => r.id !== draft.id)!
    expect((await desk.get(other.id))!.summary.copy).toMatchObject({ role: 'copy', usedId: draft.id })
    // The choice survives a restart.
    const again = makeDesk()
    await again.start()
    expect((await again.list()).reports.find((r) => r.id === draft.id)!.copy?.role).toBe('used')
  }, 120_000)

  it('at scale: near-copies stay small on disk, and a correction rewrites only the used document', async () => {
    const n = 150
    const src = join(dir, 'in')
    await writeNearCopies(join(SAMPLES, (await readdir(SAMPLES)).filter((x) => x.endsWith('.txt')).sort()[0]!), src, n)
    const desk = makeDesk()
    await desk.start()
    expect((await desk.import([src])).imported).toBe(n)
    // 2,000 copies must stay under 50 MB: each file's share of the library under 25 KB.
    expect((await folderBytes(join(dir, 'lib'))) / n).toBeLessThan(25 * 1024)
    const list = (await desk.list()).reports
    expect(list.filter((r) => r.copy?.role === 'used')).toHaveLength(1)
    const reports = join(dir, 'lib', 'reports')
    const times = async () => new Map(await Promise.all((await readdir(reports)).map(async (f) => [f, (await stat(join(reports, f))).mtimeMs] as const)))
    const before = await times()
    await desk.correct(list[0]!.id, ['metrics', 'hotlineCalls'], 12345)
    const after = await times()
    const rewritten = [...after].filter(([f, t]) => before.get(f) !== t)
    expect(rewritten.length).toBeLessThanOrEqual(1)
  }, 300_000)
})

describe('CLI exports count reports, not files', () => {
  it('three copies of one report give one item', async () => {
    const { usedCopies } = await import('../../src-main/export/cli-export')
    const { makeReport } = await import('../checks/make-report')
    const ex = makeReport({ year: 2022 })
    const items = ['a.pdf', 'a.docx', 'a.html'].map((fileName, i) => ({ id: String(i), fileName, extraction: structuredClone(ex), flags: [] }))
    items.push({ id: 'y', fileName: 'b.pdf', extraction: makeReport({ year: 2021 }), flags: [] })
    expect(usedCopies(items).map((i) => i.fileName)).toEqual(['a.pdf', 'b.pdf'])
  })
})
