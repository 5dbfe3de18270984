// A folder of page pictures through the desk, as the app imports it: ONE report whose stored
// source is the PDF the pictures were put into; a number read by OCR shows its crop (cut in the OCR
// process from that stored PDF); a re-import reads the stored copy again; importing the same folder
// again finds it already in the library.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPages } from '../../src-main/eval/make-scan'
import { pngBytes } from '../../src-main/eval/scan-sources'
import { Library } from '../../src-main/library/library'
import { DeskService } from '../../src-main/services/desk'
import { realPipeline } from '../../src-main/services/pipeline'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { inkShare } from '../ocr/ink'

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)

let dir: string
let cacheBefore: string | undefined
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-page-pictures-'))
  // A cache of its own: the OCR really runs (import workers read the environment when they start).
  cacheBefore = process.env.XDG_CACHE_HOME
  process.env.XDG_CACHE_HOME = join(dir, 'cache')
})
afterAll(async () => {
  if (cacheBefore === undefined) delete process.env.XDG_CACHE_HOME
  else process.env.XDG_CACHE_HOME = cacheBefore
  await rm(dir, { recursive: true, force: true })
})

describe.skipIf(!hasTools)('a folder of page pictures in the app', () => {
  it('is one report stored as one PDF, with crops, a re-import and a duplicate check', { timeout: 900_000 }, async () => {
    const folder = join(dir, '教育局年报扫描')
    await mkdir(folder)
    const pages = renderPages(source, 120)
    for (const [i, img] of pages.entries()) await writeFile(join(folder, `scan${String(i + 1).padStart(3, '0')}.png`), pngBytes(img))
    const desk = new DeskService({
      library: new Library(join(dir, 'lib')),
      settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
      dialogs: { openFiles: async () => [], openFolder: async () => [] },
      samplesDir: null,
      pipeline: realPipeline,
    })
    try {
      await desk.start()
      const outcome = await desk.import([folder])
      expect(outcome).toMatchObject({ imported: 1, failed: 0 })
      const id = outcome.results[0]!.reportId!
      const [listed] = (await desk.list()).reports
      expect(listed).toMatchObject({ id, fileName: '教育局年报扫描（5张页面图片）.pdf' })
      const detail = (await desk.get(id))!
      expect(detail.report.year).toBe(2021)
      // The library keeps the PDF the pictures went into.
      const stored = await readFile(join(dir, 'lib', 'sources', `${id}.pdf`)).catch(() => null)
      expect(stored?.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      // A row read by OCR: its crop, cut from the stored PDF.
      const crop = await desk.scanCrop(id, 'requests.received')
      expect(crop?.page).toBeGreaterThan(1)
      expect(crop!.dataUrl).toMatch(/^data:image\/png;base64,/)
      expect(inkShare(crop!.dataUrl)).toBeGreaterThan(0.01)
      // Read again from the library's copy (the OCR cache makes it quick): the same report.
      const again = await desk.reimport([id])
      expect(again).toMatchObject({ imported: 1, failed: 0 })
      expect((await desk.get(id))!.report.requests).toEqual(detail.report.requests)
      // The same folder again: already in the library.
      const twice = await desk.import([folder])
      expect(twice).toMatchObject({ imported: 0, skipped: 1 })
      expect(twice.results[0]!.reason).toContain('与库中已有的「教育局年报扫描（5张页面图片）.pdf」内容相同')
    } finally {
      desk.closeHelpers()
    }
  })
})
