// Category words from 设置 re-categorise every report in the library at once (and after a restart),
// re-run the checks, and leave a category corrected by hand as it was.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import { DeskService } from '../../src-main/services/desk'
import { realPipeline } from '../../src-main/services/pipeline'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { LOCAL_APP_REPORT as REPORT } from '../fixtures/local-app-report'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-words-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})


function service(): DeskService {
  return new DeskService({
    library: new Library(join(dir, 'lib')),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: null,
    pipeline: realPipeline,
  })
}

describe('category words from 设置', () => {
  it('re-categorise the library at once and after a restart; a hand correction wins', async () => {
    const file = join(dir, 'report.txt')
    await writeFile(file, REPORT)
    const desk = service()
    await desk.start()
    const id = (await desk.import([file])).results[0]!.reportId!
    const before = (await desk.get(id))!.report
    expect(before.problems.map((p) => p.categories)).toEqual([['new-media'], ['policy-interpretation']])
    expect(before.problems[0]!.categories).not.toContain('platform-stability')

    await desk.setSettings({ categoryWords: { 'platform-stability': ['阳光村务'] } })
    const after = (await desk.get(id))!.report
    expect(after.problems[0]!.categories).toEqual(['platform-stability', 'new-media'])
    expect(after.problems[0]!.matchedWords?.['platform-stability']).toEqual(['阳光村务'])
    expect(after.improvements[0]!.categories).toContain('platform-stability')
    expect(after.problems[1]!.categories).toEqual(['policy-interpretation'])
    // The analysis views read the same re-categorised report.
    const item = (await desk.items()).find((i) => i.id === id)!
    expect(item.extraction.report.problems[0]!.categories).toContain('platform-stability')

    await desk.correct(id, ['problems', 1, 'categories'], ['public-participation'])
    const restarted = service()
    await restarted.start()
    const again = (await restarted.get(id))!.report
    expect(again.problems[0]!.categories).toContain('platform-stability')
    expect(again.problems[1]!.categories).toEqual(['public-participation'])

    await restarted.setSettings({ categoryWords: {} })
    expect((await restarted.get(id))!.report.problems[0]!.categories).toEqual(['new-media'])
  })
})
