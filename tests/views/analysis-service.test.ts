// The bridge methods the analysis views added: library:items (corrected values, no provenance),
// chart:savePng and export:pptx / export:xlsx through the save dialog, argument validation.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisItem } from '../../shared/api'
import { dispatch } from '../../src-main/ipc/handlers'
import { generateLibrary } from '../../src-main/library/generate'
import { Library } from '../../src-main/library/library'
import { analysisItems, briefingItems } from '../../src-main/services/analysis'
import { DeskService } from '../../src-main/services/desk'
import { realPipeline } from '../../src-main/services/pipeline'
import { JsonFileSettingsStore } from '../../src-main/services/settings'

// A 1×1 PNG.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

describe('analysis bridge methods', () => {
  let dir: string
  let desk: DeskService
  const saved: string[] = []

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-views-svc-'))
    const lib = await generateLibrary(join(dir, 'library'), { count: 12, years: 6 })
    // One more report whose 12345 calls and 主动公开 were read from sentences of the prose.
    const base = (await lib.all())[0]!.extraction
    const prose = (text: string) => ({ loc: { block: 1 }, text, how: 'prose' as const })
    await lib.add({
      sha256: 'f'.repeat(64),
      fileName: 'prose.txt',
      format: 'text',
      source: { bytes: new TextEncoder().encode('示范市正文机关2022年度政府信息公开工作年度报告') },
      extraction: {
        ...base,
        report: { ...base.report, agency: '示范市正文机关', year: 2022, metrics: { ...base.report.metrics, hotlineCalls: 5000, activeDisclosureItems: 8765 } },
        provenance: { ...base.provenance, 'metrics.hotlineCalls': prose('12345热线受理来电5,000件。'), 'metrics.activeDisclosureItems': prose('全年主动公开政府信息8,765条。') },
      },
    })
    await lib.flush()
    desk = new DeskService({
      library: new Library(join(dir, 'library')),
      settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
      dialogs: {
        openFiles: async () => [],
        openFolder: async () => [],
        saveFile: async (name) => {
          const p = join(dir, `out-${saved.length}-${name}`)
          saved.push(p)
          return p
        },
      },
      samplesDir: null,
      pipeline: realPipeline,
    })
    await desk.start()
  })
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('library:items gives every report with corrections applied, and the provenance of its prose figures only', async () => {
    const before = (await dispatch(desk, 'library:items', undefined)) as AnalysisItem[]
    expect(before).toHaveLength(13)
    // Only figures read from prose keep their sentence (the views mark them 据正文); table cells' provenance is left out.
    for (const i of before) expect(Object.values(i.extraction.provenance).every((p) => p.how === 'prose')).toBe(true)
    const target = before.find((i) => i.extraction.provenance['metrics.hotlineCalls'] !== undefined)!
    expect(target).toBeDefined()
    await dispatch(desk, 'report:correct', { id: target.id, path: ['metrics', 'hotlineCalls'], value: 4321 })
    const after = (await dispatch(desk, 'library:items', undefined)) as AnalysisItem[]
    const item = after.find((i) => i.id === target.id)!
    expect(item.extraction.report.metrics.hotlineCalls).toBe(4321)
    // The corrected figure is the user's: its prose sentence (and mark) is gone; the others stay.
    expect(item.extraction.provenance['metrics.hotlineCalls']).toBeUndefined()
    expect(Object.keys(item.extraction.provenance).length).toBe(Object.keys(target.extraction.provenance).length - 1)
    expect(item.correctionCount).toBe(1)
    expect(item.bodyKey).not.toBeNull()
  })

  it('library:items keys two bodies of one name under different counties apart, as the checks do (review rv19 #7)', async () => {
    const lib = new Library(join(dir, 'library-towns'))
    await lib.open()
    const base = (await dispatch(desk, 'library:items', undefined) as AnalysisItem[])[0]!.extraction
    for (const [n, agency] of [['1', '青澜县城关镇人民政府'], ['2', '白石县城关镇人民政府']] as const) {
      await lib.add({
        sha256: n.repeat(64),
        fileName: `town-${n}.txt`,
        format: 'text',
        source: { bytes: new TextEncoder().encode(`${agency}2022年度政府信息公开工作年度报告`) },
        extraction: { ...base, report: { ...base.report, agency, year: 2022 } },
      })
    }
    await lib.flush()
    const items = await analysisItems(lib)
    const keys = ['青澜县城关镇人民政府', '白石县城关镇人民政府'].map((a) => items.find((i) => i.extraction.report.agency === a)?.bodyKey)
    expect(keys[0]).toBeTruthy()
    expect(keys[1]).toBeTruthy()
    expect(keys[0]).not.toBe(keys[1])
  })

  it('chart:savePng writes the picture where the save dialog says', async () => {
    const path = (await dispatch(desk, 'chart:savePng', { dataUrl: PNG, name: '趋势/图' })) as string
    expect(path.endsWith('.png')).toBe(true)
    expect((await readFile(path)).subarray(1, 4).toString()).toBe('PNG')
    await expect(dispatch(desk, 'chart:savePng', { dataUrl: 'data:text/plain;base64,AAAA', name: 'x' })).rejects.toThrow('参数无效')
  })

  it('export:pptx and export:xlsx write the chosen body’s briefing', async () => {
    const items = (await dispatch(desk, 'library:items', undefined)) as AnalysisItem[]
    const agency = items[0]!.extraction.report.agency!
    const pptx = (await dispatch(desk, 'export:pptx', { agency, slides: { flags: false }, charts: ['hotline'] })) as string
    expect((await stat(pptx)).size).toBeGreaterThan(10_000)
    expect((await readFile(pptx)).subarray(0, 2).toString()).toBe('PK')
    const xlsx = (await dispatch(desk, 'export:xlsx', { bodiesYear: 2020 })) as string
    expect((await readFile(xlsx)).subarray(0, 2).toString()).toBe('PK')
    await expect(dispatch(desk, 'export:pptx', { slides: { nope: true } })).rejects.toThrow('参数无效')
  }, 60_000)

  it('a briefing covers only the chosen body, or the chosen bodies of one year', async () => {
    const items = (await dispatch(desk, 'library:items', undefined)) as AnalysisItem[]
    const agencies = [...new Set(items.map((i) => i.extraction.report.agency!))]
    expect(agencies.length).toBeGreaterThan(1)
    const one = briefingItems(items, { agency: agencies[0] })
    expect(one.length).toBeGreaterThan(0)
    expect(one.every((i) => i.extraction.report.agency === agencies[0])).toBe(true)
    const some = briefingItems(items, { bodiesYear: 2020, agencies: [agencies[1]!] })
    expect(new Set(some.map((i) => i.extraction.report.agency))).toEqual(new Set([agencies[1]]))
  })
})
