// Issue 10: a body renamed (农业局 → 农业农村局) stands as two series until the user corrects the body
// name in the report page. The correction (path ['agency'], or ['year']) goes through the desk like a
// cell's: the checks, the list, the views' items and the exports all take the corrected name at once,
// an undo splits the series again, and a re-import keeps it (the corrections file is keyed by the
// PRINTED body and year, so a corrected name does not move it).
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import { Library } from '../../src-main/library/library'
import { briefingItems } from '../../src-main/services/analysis'
import { checkAll } from '../../src-main/services/checks'
import { DeskService } from '../../src-main/services/desk'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { makeReport } from '../checks/make-report'
import { titleExtract } from '../shell/fixtures/pipeline'
import { fallbackImportPaths } from '../shell/fixtures/text-import'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-agency-corr-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/**
 * The body and year from the title line, the tables of the checks' quiet test report (上年结转 1 件,
 * 结转下年度 2 件: two years of one body in a row do not carry over), unless the text says
 * 「上年结转2件」 (then they do).
 */
function extract(doc: SourceDocument): Extraction {
  const head = titleExtract(doc).report
  const ex = makeReport({ agency: head.agency ?? undefined, year: head.year ?? undefined })
  ex.report.agency = head.agency
  ex.report.year = head.year
  const text = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n')
  if (text.includes('上年结转2件')) ex.report.requests.rows.carriedOver = [2, 0, 0, 0, 0, 0, 2]
  return ex
}

async function importTexts(files: Record<string, string>) {
  const src = join(dir, 'src')
  await mkdir(src, { recursive: true })
  const paths: string[] = []
  for (const [name, text] of Object.entries(files)) {
    paths.push(join(src, name))
    await writeFile(paths.at(-1)!, text)
  }
  const desk = new DeskService({
    library: new Library(join(dir, 'lib')),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: null,
    pipeline: { importPaths: fallbackImportPaths, extract, checkAll },
  })
  await desk.start()
  const out = await desk.import(paths)
  expect(out.imported).toBe(paths.length)
  return { desk, ids: paths.map((p) => out.results.find((r) => r.path === p)!.reportId!) }
}

const text = (agency: string, year: number, extra = '') => `${agency}${year}年度政府信息公开工作年度报告\n一、总体情况\n本年度工作情况如下。${extra}\n`
const ids = async (desk: DeskService, id: string) => ((await desk.get(id))?.flags ?? []).map((f) => f.id)

describe('correcting a report’s body name joins its series', () => {
  it('a renamed body whose carry-over mismatches: joined, CARRYOVER_MISMATCH fires; undone, split again; a re-import keeps it', async () => {
    const { desk, ids: [old, cur] } = await importTexts({
      'a-2021.txt': text('白石县农业局', 2021),
      'b-2022.txt': text('白石县农业农村局', 2022),
    })
    // Two series: no cross-year check between them.
    expect(await ids(desk, cur!)).not.toContain('CARRYOVER_MISMATCH')
    const before = await desk.items()
    expect(new Set(before.map((i) => i.bodyKey)).size).toBe(2)

    const detail = await desk.correct(old!, ['agency'], '白石县农业农村局')
    expect(detail.report.agency).toBe('白石县农业农村局')
    // The printed name stays in the extraction and the correction says what it was.
    expect(detail.extraction.report.agency).toBe('白石县农业局')
    expect(detail.corrections).toEqual([expect.objectContaining({ path: ['agency'], value: '白石县农业农村局', extracted: '白石县农业局' })])
    // One series everywhere: the checks, the list, the views' items, the exports' choice of reports.
    expect(await ids(desk, cur!)).toContain('CARRYOVER_MISMATCH')
    const list = (await desk.list()).reports
    expect(list.find((r) => r.id === old)!.bodyKey).toBe(list.find((r) => r.id === cur)!.bodyKey)
    expect(list.find((r) => r.id === old)!.agency).toBe('白石县农业农村局')
    const items = await desk.items()
    expect(new Set(items.map((i) => i.bodyKey)).size).toBe(1)
    expect(briefingItems(items, { agency: '白石县农业农村局' }).map((i) => i.extraction.report.year).sort()).toEqual([2021, 2022])

    // A re-import of both files (a parser upgrade does the same): the correction is applied again.
    expect((await desk.reimport([old!, cur!])).imported).toBe(2)
    expect((await desk.get(old!))!.report.agency).toBe('白石县农业农村局')
    expect(await ids(desk, cur!)).toContain('CARRYOVER_MISMATCH')
    // Stored under the printed body and year: one file, not moved by the corrected name.
    expect((await readdir(join(dir, 'lib', 'corrections'))).filter((f) => f.includes('农业'))).toHaveLength(1)

    // Undo: back to the printed name, two series again.
    const undone = await desk.correct(old!, ['agency'], undefined)
    expect(undone.report.agency).toBe('白石县农业局')
    expect(undone.corrections).toEqual([])
    expect(await ids(desk, cur!)).not.toContain('CARRYOVER_MISMATCH')
    expect(new Set((await desk.items()).map((i) => i.bodyKey)).size).toBe(2)
  })

  it('a renamed body whose carry-over agrees: SERIES_RENAMED asks, the correction answers it (the flag goes, no mismatch)', async () => {
    const { desk, ids: [old, cur] } = await importTexts({
      'a-2019.txt': text('青禾县教育局', 2019),
      'b-2020.txt': text('青禾县教育体育局', 2020, '上年结转2件'),
    })
    const asked = (await desk.get(cur!))!.flags.find((f) => f.id === 'SERIES_RENAMED')
    expect(asked?.message).toContain('更正机关名称')
    await desk.correct(cur!, ['agency'], '青禾县教育局')
    expect(await ids(desk, cur!)).not.toContain('SERIES_RENAMED')
    expect(await ids(desk, cur!)).not.toContain('CARRYOVER_MISMATCH')
    expect(new Set((await desk.items()).map((i) => i.bodyKey)).size).toBe(1)
  })

  it('two copies of one report share the correction: both move, in the list too, and stay copies of one report', async () => {
    const { desk, ids: [old, pdf, web] } = await importTexts({
      'a-2021.txt': text('白石县农业局', 2021),
      'b-2022.txt': text('白石县农业农村局', 2022),
      'b-2022-web.txt': text('白石县农业农村局', 2022, '（网页版）'),
    })
    await desk.correct(pdf!, ['agency'], '白石县农业局')
    expect((await desk.get(web!))!.report.agency).toBe('白石县农业局')
    const list = (await desk.list()).reports
    const row = (id: string) => list.find((r) => r.id === id)!
    // The list's line of the other copy follows too (its summary was left with the printed name).
    expect(row(web!).agency).toBe('白石县农业局')
    expect(row(web!).bodyKey).toBe(row(old!).bodyKey)
    expect([row(pdf!).copy?.role, row(web!).copy?.role].sort()).toEqual(['copy', 'used'])
    expect(new Set((await desk.items()).map((i) => i.bodyKey)).size).toBe(1)
  })

  it('the library list follows at once on every file of the corrected key, not only the one corrected', async () => {
    const lib = new Library(join(dir, 'lib'))
    await lib.open()
    const add = (sha: string, fileName: string) =>
      lib.add({ sha256: sha.repeat(64), fileName, format: 'text', source: { bytes: new TextEncoder().encode(fileName) }, extraction: makeReport({ agency: '白石县农业农村局', year: 2022 }) })
    const a = await add('a', 'a.txt')
    const b = await add('b', 'b.txt')
    expect(a.correctionKey).toBe(b.correctionKey)
    await lib.correct(a.id, ['agency'], '白石县农业局')
    const row = (id: string) => lib.list().reports.find((r) => r.id === id)!
    expect(row(a.id).agency).toBe('白石县农业局')
    expect(row(b.id).agency).toBe('白石县农业局')
    expect(row(b.id).corrections).toBe(1)
    // And after a restart (the index written).
    const again = new Library(join(dir, 'lib'))
    await again.open()
    expect(again.list().reports.find((r) => r.id === b.id)!.bodyKey).toBe(row(a.id).bodyKey)
  })

  it('an unrecognised body and a misread year: corrected, the report joins its series in that year', async () => {
    const { desk, ids: [known, unknown] } = await importTexts({
      'a-2021.txt': text('白石县农业农村局', 2021),
      // No body in the title: the extractor reads neither name nor year.
      'b.txt': '政府信息公开工作年度报告\n一、总体情况\n本年度工作情况如下。\n',
    })
    expect((await desk.get(unknown!))!.report.agency).toBeNull()
    await desk.correct(unknown!, ['agency'], '白石县农业农村局')
    const d = await desk.correct(unknown!, ['year'], 2022)
    expect(d.report.year).toBe(2022)
    expect(d.corrections).toHaveLength(2)
    expect(await ids(desk, unknown!)).toContain('CARRYOVER_MISMATCH')
    const list = (await desk.list()).reports
    expect(list.find((r) => r.id === unknown)!.bodyKey).toBe(list.find((r) => r.id === known)!.bodyKey)
    // Keyed by the file (nothing printed to key by): a re-import keeps both corrections.
    await desk.reimport([unknown!])
    expect((await desk.get(unknown!))!.report.year).toBe(2022)
    expect((await desk.get(unknown!))!.report.agency).toBe('白石县农业农村局')
  })
})
