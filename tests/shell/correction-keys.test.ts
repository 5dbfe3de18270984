// Review rv22 #10: two counties' 东关镇人民政府 of one year shared one corrections file (a correction
// of one town's figure changed the other's), and so did a report and its 更正版. Corrections must
// still follow a re-import and apply to every copy of one report.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import { correctionKeyFor } from '../../src-main/library/corrections'
import { DeskService } from '../../src-main/services/desk'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { reportText, testPipeline } from './fixtures/pipeline'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-corrkey-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function makeDesk() {
  return new DeskService({
    library: new Library(join(dir, 'lib')),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: null,
    pipeline: testPipeline(),
  })
}

const RECEIVED = ['requests', 'rows', 'received', 6] as const

async function importAll(files: Record<string, string>) {
  const src = join(dir, 'src')
  await mkdir(src, { recursive: true })
  const paths: string[] = []
  for (const [name, text] of Object.entries(files)) {
    paths.push(join(src, name))
    await writeFile(paths.at(-1)!, text)
  }
  const desk = makeDesk()
  await desk.start()
  const out = await desk.import(paths)
  expect(out.imported).toBe(paths.length)
  return { desk, ids: paths.map((p) => out.results.find((r) => r.path === p)!.reportId!) }
}

describe('correction keys', () => {
  it('two counties’ towns of one name and year: a correction of one leaves the other alone, and survives a re-import', async () => {
    const { desk, ids } = await importAll({
      'a.txt': reportText('甲山县东关镇人民政府', 2021),
      'b.txt': reportText('乙水县东关镇人民政府', 2021),
    })
    await desk.correct(ids[0]!, [...RECEIVED], 999)
    expect((await desk.get(ids[1]!))!.report.requests.rows.received?.[6] ?? null).toBeNull()
    expect((await desk.get(ids[0]!))!.report.requests.rows.received?.[6]).toBe(999)
    await desk.reimport([ids[0]!])
    expect((await desk.get(ids[0]!))!.report.requests.rows.received?.[6]).toBe(999)
    expect((await desk.get(ids[1]!))!.report.requests.rows.received?.[6] ?? null).toBeNull()
  })

  it('two copies of one report share the correction; its 更正版 keeps its own', async () => {
    const { desk, ids } = await importAll({
      'a.txt': reportText('甲山县东关镇人民政府', 2021),
      'a-copy.txt': reportText('甲山县东关镇人民政府', 2021, '（网页版）'),
      'a-更正版.txt': reportText('甲山县东关镇人民政府', 2021, '（更正）'),
    })
    await desk.correct(ids[2]!, [...RECEIVED], 531)
    await desk.correct(ids[0]!, [...RECEIVED], 999)
    expect((await desk.get(ids[1]!))!.report.requests.rows.received?.[6]).toBe(999)
    expect((await desk.get(ids[2]!))!.report.requests.rows.received?.[6]).toBe(531)
  })

  it('keys without a parent place or 更正版 are as before (older libraries keep their files)', () => {
    expect(correctionKeyFor('东关镇|人民政府', 2021, 'x')).toBe('东关镇|人民政府_2021')
    expect(correctionKeyFor('东关镇|人民政府', 2021, 'x', { parent: '甲山县' })).not.toBe(correctionKeyFor('东关镇|人民政府', 2021, 'x', { parent: '乙水县' }))
  })
})
