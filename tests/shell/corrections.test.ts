// Corrections are stored apart from extracted values and survive re-import (and removal and a
// fresh import); the checks run again on the corrected report.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import { applyCorrections, correctionFileName, correctionKeyFor, pointerOf } from '../../src-main/library/corrections'
import { bodyKeyOf } from '../../src-main/services/identity'
import { DeskService } from '../../src-main/services/desk'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import type { CheckAllFn } from '../../src-main/services/checks'
import { emptyReport } from '../../shared/model/report'
import { ACTIVE_DISCLOSURE_FIELDS } from '../../shared/model/correction-path'
import { activeDisclosureShape } from '../../shared/model/schema'
import { reportText, testPipeline } from './fixtures/pipeline'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-corr-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Flags a report whose 本年新收 total (table 三, column 总计) exceeds 100. */
const bigIntake: CheckAllFn = (inputs) =>
  new Map(
    inputs.map((i) => {
      const total = i.extraction.report.requests.rows.received?.[6] ?? null
      return [i.id, total !== null && total > 100 ? [{ id: 'SWING' as const, severity: 'warning' as const, message: `新收申请 ${total} 件`, evidence: [] }] : []]
    }),
  )

function makeDesk(check?: CheckAllFn) {
  return new DeskService({
    library: new Library(join(dir, 'lib')),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: null,
    pipeline: testPipeline(check),
  })
}

describe('applyCorrections', () => {
  it('sets values on a copy and leaves the extracted report alone', () => {
    const report = emptyReport()
    report.problems = [{ text: '栏目更新不及时', categories: ['update-gap'] }]
    const path = ['requests', 'rows', 'withheld.stateSecret', 3] as const
    const corrected = applyCorrections(report, [
      { path: [...path], value: 7, extracted: null, at: '' },
      { path: ['problems', 0, 'categories'], value: ['platform-stability'], extracted: ['update-gap'], at: '' },
      { path: ['metrics', 'hotlineCalls'], value: 'not a number', extracted: null, at: '' },
    ])
    expect(corrected.requests.rows['withheld.stateSecret']).toEqual([null, null, null, 7, null, null, null])
    expect(corrected.problems[0]!.categories).toEqual(['platform-stability'])
    expect(corrected.metrics.hotlineCalls).toBeNull()
    expect(report.requests.rows['withheld.stateSecret']).toBeUndefined()
    expect(report.problems[0]!.categories).toEqual(['update-gap'])
    expect(pointerOf([...path])).toBe('/requests/rows/withheld.stateSecret/3')
  })

  it('sets only section 二 cells of the model: an inherited name such as `constructor` reaches no global', () => {
    const report = emptyReport()
    const corrected = applyCorrections(report, [
      { path: ['activeDisclosure', 'constructor', 'polluted'] as never, value: 1, extracted: null, at: '' },
      { path: ['activeDisclosure', 'rules', 'issued'], value: 4, extracted: null, at: '' },
    ])
    expect((Object as unknown as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.hasOwn(corrected.activeDisclosure, 'constructor')).toBe(false)
    expect(corrected.activeDisclosure.rules?.issued).toBe(4)
  })
})

describe('section 二 correction paths', () => {
  it('name exactly the groups and fields of the stored model', () => {
    expect(ACTIVE_DISCLOSURE_FIELDS).toEqual(activeDisclosureShape())
  })
})

describe('a hand-edited corrections file', () => {
  it('is read without crashing: bad entries are skipped, good ones applied', async () => {
    const lib = new Library(join(dir, 'lib'))
    await lib.open()
    const extraction = { report: { ...emptyReport(), agency: '青松县民政局', year: 2021 }, provenance: {}, sectionText: {}, preamble: '', notes: [] }
    const stored = await lib.add({ sha256: 'ab'.repeat(32), fileName: 'a.txt', format: 'text', source: { bytes: new Uint8Array([1]) }, extraction })
    const file = join(dir, 'lib', 'corrections', correctionFileName(stored.correctionKey))
    const good = { path: ['metrics', 'hotlineCalls'], value: 12, extracted: null, at: '' }
    await writeFile(file, JSON.stringify({ key: stored.correctionKey, entries: null }))
    const fresh = new Library(join(dir, 'lib'))
    await fresh.open()
    expect(await fresh.correctionsOf(stored.correctionKey)).toEqual([])
    await writeFile(
      file,
      JSON.stringify({
        key: stored.correctionKey,
        entries: { a: null, b: 7, c: { path: 'metrics', value: 1 }, d: { path: ['activeDisclosure', 'constructor', 'x'], value: 1, at: '' }, '/metrics/hotlineCalls': good },
      }),
    )
    const again = new Library(join(dir, 'lib'))
    await again.open()
    expect(await again.correctionsOf(stored.correctionKey)).toEqual([good])
    expect((await again.corrected(stored)).metrics.hotlineCalls).toBe(12)
  })
})

describe('corrections through the desk service', () => {
  it('survive re-import, removal and a fresh import, and the checks run on them', async () => {
    const src = join(dir, 'in')
    await mkdir(src)
    const file = join(src, 'a.txt')
    await writeFile(file, reportText('青松县教育局', 2022))
    const desk = makeDesk(bigIntake)
    await desk.start()
    const out = await desk.import([file])
    expect(out.imported).toBe(1)
    const id = out.results[0]!.reportId!

    const detail = await desk.correct(id, ['requests', 'rows', 'received', 6], 250)
    expect(detail.report.requests.rows.received?.[6]).toBe(250)
    expect(detail.extraction.report.requests.rows.received).toBeUndefined()
    expect(detail.flags.map((f) => f.message)).toEqual(['新收申请 250 件'])
    expect((await desk.list()).reports[0]!.flagCounts.warning).toBe(1)
    expect((await desk.list()).reports[0]!.corrections).toBe(1)

    // Stored apart, keyed by body and year.
    const files = await readdir(join(dir, 'lib', 'corrections'))
    expect(files).toEqual([correctionFileName(correctionKeyFor(bodyKeyOf('青松县教育局'), 2022, 'x'))])
    expect(files[0]).toMatch(/教育局_2022\.json$/)
    const stored = JSON.parse(await readFile(join(dir, 'lib', 'corrections', files[0]!), 'utf8'))
    expect(Object.keys(stored.entries)).toEqual(['/requests/rows/received/6'])

    // Re-import (a parser upgrade would do the same): the correction is applied again.
    const again = await desk.reimport([id])
    expect(again.imported).toBe(1)
    expect((await desk.get(id))!.report.requests.rows.received?.[6]).toBe(250)

    // Removed and imported anew (even from a different file of the same body and year).
    await desk.remove([id])
    expect((await desk.list()).reports).toEqual([])
    const file2 = join(src, 'b.txt')
    await writeFile(file2, reportText('青松县教育局', 2022, '（网页版）')) // a 修订版 would be a version of its own, with corrections of its own
    const out2 = await desk.import([file2])
    const id2 = out2.results[0]!.reportId!
    expect(id2).not.toBe(id)
    const d2 = (await desk.get(id2))!
    expect(d2.report.requests.rows.received?.[6]).toBe(250)
    expect(d2.flags).toHaveLength(1)

    // A restart keeps it all; removing the correction clears the flag.
    const restarted = makeDesk(bigIntake)
    await restarted.start()
    const cleared = await restarted.correct(id2, ['requests', 'rows', 'received', 6], undefined)
    expect(cleared.report.requests.rows.received).toBeUndefined()
    expect(cleared.flags).toEqual([])
  })

  it('refuses a value that does not fit the field', async () => {
    const file = join(dir, 'c.txt')
    await writeFile(file, reportText('青松县民政局', 2021))
    const desk = makeDesk()
    await desk.start()
    const id = (await desk.import([file])).results[0]!.reportId!
    await expect(desk.correct(id, ['metrics', 'hotlineCalls'], ['update-gap'])).rejects.toThrow('类型不符')
  })
})
