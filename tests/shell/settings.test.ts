// Settings behind the store interface: defaults, persistence, validation.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_CHECK_SETTINGS } from '../../shared/checks/settings'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { Library } from '../../src-main/library/library'
import { DeskService } from '../../src-main/services/desk'
import { testPipeline } from './fixtures/pipeline'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-settings-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('JsonFileSettingsStore', () => {
  it('starts with the defaults of checks.md, in Chinese', () => {
    const s = new JsonFileSettingsStore(join(dir, 's.json')).get()
    expect(s.language).toBe('zh-CN')
    expect(s.checks).toEqual(DEFAULT_CHECK_SETTINGS)
  })

  it('persists a patch and merges it with the rest', async () => {
    const file = join(dir, 's.json')
    await new JsonFileSettingsStore(file).set({ language: 'en', checks: { swingShare: 0.4 } })
    const again = new JsonFileSettingsStore(file).get()
    expect(again.language).toBe('en')
    expect(again.checks.swingShare).toBe(0.4)
    expect(again.checks.notHeldShare).toBe(DEFAULT_CHECK_SETTINGS.notHeldShare)
    expect(JSON.parse(await readFile(file, 'utf8')).language).toBe('en')
  })

  it('rejects an invalid value and falls back to defaults for a broken file', async () => {
    const file = join(dir, 's.json')
    const store = new JsonFileSettingsStore(file)
    await expect(store.set({ checks: { deadlineGovernment: '02-30x' } })).rejects.toThrow()
    expect(store.get().checks.deadlineGovernment).toBe('03-31')
    await writeFile(file, '{"language":"klingon"')
    expect(new JsonFileSettingsStore(file).get().language).toBe('zh-CN')
  })
})

describe('the last folder', () => {
  it('is the folder of the files picked (not the first file), so the next dialog opens there', async () => {
    const picked = { files: [join(dir, 'in', 'a.pdf'), join(dir, 'in', 'b.pdf')], folders: [join(dir, 'reports')] }
    const seen: (string | null)[] = []
    const settings = new JsonFileSettingsStore(join(dir, 's.json'))
    const desk = new DeskService({
      library: new Library(join(dir, 'lib')),
      settings,
      dialogs: {
        openFiles: async (at) => (seen.push(at), picked.files),
        openFolder: async (at) => (seen.push(at), picked.folders),
      },
      samplesDir: null,
      pipeline: testPipeline(),
    })
    expect(await desk.openFiles()).toEqual(picked.files)
    expect(settings.get().lastFolder).toBe(join(dir, 'in'))
    await desk.openFolder()
    expect(seen).toEqual([null, join(dir, 'in')])
    expect(settings.get().lastFolder).toBe(join(dir, 'reports'))
  })
})
