// The bundled samples: seeded on the first start, removable and restorable, and "remove samples"
// waits for the seeding instead of reading a library that is not open yet.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import { DeskService } from '../../src-main/services/desk'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { reportText, testPipeline } from './fixtures/pipeline'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-samples-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function deskWithSamples(): Promise<DeskService> {
  const samples = join(dir, 'samples')
  await mkdir(samples)
  await writeFile(join(samples, 'a.txt'), reportText('甲县人民政府', 2022))
  await writeFile(join(samples, 'b.txt'), reportText('甲县人民政府', 2023))
  return new DeskService({
    library: new Library(join(dir, 'lib')),
    settings: new JsonFileSettingsStore(join(dir, 's.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: samples,
    pipeline: testPipeline(),
  })
}

describe('samples', () => {
  it('are seeded on the first start and can be removed and restored', async () => {
    const desk = await deskWithSamples()
    await desk.start()
    expect((await desk.list()).reports.filter((r) => r.sample)).toHaveLength(2)
    expect((await desk.removeSamples()).reports).toHaveLength(0)
    expect((await desk.restoreSamples()).reports.filter((r) => r.sample)).toHaveLength(2)
  })

  it('removing them right at start-up removes the ones being seeded', async () => {
    const desk = await deskWithSamples()
    const started = desk.start()
    const listing = await desk.removeSamples()
    await started
    expect(listing.reports).toHaveLength(0)
    expect((await desk.list()).reports).toHaveLength(0)
  })
})
