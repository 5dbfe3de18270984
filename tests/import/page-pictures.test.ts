// Picture files in a folder: the numbered pages of one report are imported as ONE report (pages in
// number order, put into one image-only PDF the library keeps); lone pictures are read when they look
// like a report page and listed as skipped, with the reason, when they do not; a saved web page's
// picture folder is left to its page. The OCR'd case reads a synthetic report's pages as pictures.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import jpeg from 'jpeg-js'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { renderPages } from '../../src-main/eval/make-scan'
import { pngBytes } from '../../src-main/eval/scan-sources'
import { expandPaths } from '../../src-main/import/expand'
import { importPaths } from '../../src-main/import/import-paths'
import { pageSets } from '../../src-main/import/page-sets'
import { shapeOfHead } from '../../src-main/import/picture-shape'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { readFile, readPageImages } from '../../src-main/readers/index'
import { picturesToPdf } from '../../src-main/readers/ocr/pictures-pdf'
import { scanPagePicture } from '../../src-main/readers/ocr/scan-page'
import { compareCells } from '../ocr/compare-cells'
import { entryArgs } from '../support/entry-args'

const tmp = mkdtempSync(join(tmpdir(), 'page-pictures-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const blank = (width: number, height: number): GrayImage => ({ width, height, data: new Uint8Array(width * height).fill(255) })

function jpegBytes(img: GrayImage): Uint8Array {
  const rgba = Buffer.alloc(img.width * img.height * 4)
  for (let i = 0; i < img.data.length; i++) rgba.fill(img.data[i]!, i * 4, i * 4 + 3), (rgba[i * 4 + 3] = 255)
  return new Uint8Array(jpeg.encode({ data: rgba, width: img.width, height: img.height }, 90).data)
}

describe('page sets among the pictures of a folder', () => {
  it('names differing only in a page number form a set, in number order, not name order', () => {
    const names = Array.from({ length: 12 }, (_, i) => `第${i + 1}页.png`).reverse()
    const { sets, lone } = pageSets(names)
    expect(sets).toHaveLength(1)
    expect(sets[0]!.names).toEqual(Array.from({ length: 12 }, (_, i) => `第${i + 1}页.png`))
    expect(lone).toEqual([])
  })

  it('scanner numbering, two reports in one folder, a missing page, years and lone pictures', () => {
    const { sets, lone } = pageSets(['scan0003.jpg', 'scan0001.jpg', 'scan0002.JPG', '报告B-p1.tif', '报告B-p2.tif', '报告B-p4.tif', '报告B-p5.tif', '2021年报.png', '2022年报.png', 'logo.png', '封面.png', 'x1.png'])
    expect(sets.map((s) => s.names)).toEqual([
      ['scan0001.jpg', 'scan0002.JPG', 'scan0003.jpg'],
      ['报告B-p1.tif', '报告B-p2.tif', '报告B-p4.tif', '报告B-p5.tif'],
    ])
    expect(sets[1]).toMatchObject({ missing: [3], stem: '报告B' })
    // Years are no page numbers; a lone numbered picture is no set.
    expect(lone).toEqual(expect.arrayContaining(['2021年报.png', '2022年报.png', 'logo.png', '封面.png', 'x1.png']))
  })

  it('numbers too far apart are no set (photos numbered by the camera)', () => {
    const { sets, lone } = pageSets(['p1.jpg', 'p7.jpg', 'p30.jpg'])
    expect(sets).toEqual([])
    expect(lone).toHaveLength(3)
  })

  it('a lone picture is a page when upright, about A4 and large enough', () => {
    expect(shapeOfHead(pngBytes(blank(1240, 1754)))).toEqual({ page: true })
    expect(shapeOfHead(jpegBytes(blank(900, 1273)))).toEqual({ page: true })
    expect(shapeOfHead(pngBytes(blank(200, 80)))).toMatchObject({ page: false, why: expect.stringContaining('太小（200×80 像素）') })
    expect(shapeOfHead(jpegBytes(blank(1600, 1200)))).toMatchObject({ page: false, why: expect.stringContaining('不像竖版报告页面') })
    expect(shapeOfHead(new TextEncoder().encode('not a picture'))).toMatchObject({ page: false })
  })

  it('a folder: one read for the page set, lone pages read, other pictures listed with reasons, a web page keeps its pictures', async () => {
    const dir = join(tmp, 'plan')
    mkdirSync(join(dir, '网页_files'), { recursive: true })
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `第${n}页.png`), pngBytes(blank(1000, 1414)))
    writeFileSync(join(dir, '2021年报.png'), pngBytes(blank(1000, 1414)))
    writeFileSync(join(dir, 'logo.png'), pngBytes(blank(200, 80)))
    writeFileSync(join(dir, '合影.jpg'), jpegBytes(blank(1600, 1200)))
    writeFileSync(join(dir, '网页.html'), '<html><body>x</body></html>')
    writeFileSync(join(dir, '网页_files', 'image001.png'), pngBytes(blank(1000, 1414)))
    const plan = await expandPaths([dir])
    const set = plan.filter((p) => p.action === 'read' && p.pages)
    expect(set).toHaveLength(1)
    expect(set[0]).toMatchObject({ path: join(dir, 'plan（3张页面图片）.pdf'), pages: [1, 2, 3].map((n) => join(dir, `第${n}页.png`)), missingPages: [] })
    // No page of the set is read on its own.
    expect(plan.filter((p) => p.path.includes('页.png'))).toEqual([])
    expect(plan.find((p) => p.path.endsWith('2021年报.png'))).toMatchObject({ action: 'read', inFolder: true })
    expect(plan.find((p) => p.path.endsWith('logo.png'))).toMatchObject({ action: 'skip', reason: expect.stringMatching(/^「logo\.png」图片太小.*已跳过；如确是报告页面，请直接选择该图片导入$/) })
    expect(plan.find((p) => p.path.endsWith('合影.jpg'))).toMatchObject({ action: 'skip', reason: expect.stringContaining('不像竖版报告页面') })
    expect(plan.find((p) => p.path.endsWith('网页_files'))).toMatchObject({ action: 'skip', reason: expect.stringContaining('网页「网页.html」') })
    expect(plan.some((p) => p.path.includes('image001'))).toBe(false)
  })
})

describe('page pictures put into one PDF', () => {
  it('a JPEG goes in as it is, a PNG as grey; pdf.js gives back each page picture at its size and ink', async () => {
    const bar = blank(900, 1273)
    for (let y = 600; y < 640; y++) bar.data.fill(0, y * 900 + 100, y * 900 + 800)
    const jpg = jpegBytes(bar)
    const { pdf, leftOut } = picturesToPdf([{ name: 'a.jpg', bytes: jpg }, { name: 'b.png', bytes: pngBytes(bar) }, { name: 'c.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }])
    expect(leftOut).toEqual([{ name: 'c.png', why: expect.any(String) }])
    const text = Buffer.from(pdf!).toString('latin1')
    expect(text).toContain('/Filter /DCTDecode')
    // The JPEG's own bytes, not decoded and encoded again.
    expect(Buffer.from(pdf!).indexOf(Buffer.from(jpg))).toBeGreaterThan(0)
    for (const page of [1, 2]) {
      const picture = await scanPagePicture(pdf!, page)
      expect(picture).toMatchObject({ page, width: 595, image: { width: 900, height: 1273 } })
      expect(picture!.image.data[620 * 900 + 450]!).toBeLessThan(60)
      expect(picture!.image.data[100 * 900 + 450]!).toBeGreaterThan(200)
    }
    expect(await scanPagePicture(pdf!, 3)).toBeNull()
    // The same pictures give the same file (and so the same hash: a re-import is a duplicate).
    expect(picturesToPdf([{ name: 'a.jpg', bytes: jpg }]).pdf).toEqual(picturesToPdf([{ name: 'x.jpg', bytes: jpg }]).pdf)
  })

  it('the analyze CLI reads a page set as one file too (here: blank pages, no text → one error naming the set)', { timeout: 300_000 }, async () => {
    const dir = join(tmp, '空白扫描')
    mkdirSync(dir, { recursive: true })
    for (const n of [1, 2]) writeFileSync(join(dir, `page${n}.png`), pngBytes(blank(900, 1273)))
    const r = spawnSync(process.execPath, [...entryArgs('analyze'), '--json', dir], { cwd: resolve(__dirname, '../..'), encoding: 'utf8', timeout: 280_000, env: { ...process.env, XDG_CACHE_HOME: join(tmp, 'cli-cache') } })
    const arr = JSON.parse(r.stdout) as { file: string; error?: { code: string; message: string } }[]
    // The folder's path (a path on disk), not the in-memory PDF's name (review s5, I3).
    expect(arr).toEqual([{ file: dir, pictures: 2, error: { code: 'SCANNED', message: '文件夹「空白扫描」中的 2 张页面图片是扫描件，文字识别未能读取（未读出任何文字）' } }])
    expect(r.status).toBe(1)
  })

  it('pictures that all fail to decode fail the report, naming them', async () => {
    const dir = join(tmp, 'broken')
    mkdirSync(dir, { recursive: true })
    for (const n of [1, 2]) writeFileSync(join(dir, `第${n}页.png`), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, n]))
    const r = await readPageImages(join(dir, 'broken（2张页面图片）.pdf'), [1, 2].map((n) => join(dir, `第${n}页.png`)), { ocr: { cacheDir: join(tmp, 'c-broken') } })
    expect(r).toMatchObject({ ok: false, error: { code: 'CORRUPT', message: expect.stringMatching(/^「broken（2张页面图片）\.pdf」.*「第1页\.png」.*「第2页\.png」/) } })
  })
})

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)

describe.skipIf(!hasTools)('a report scanned to one picture per page', () => {
  it('is imported as ONE report, its pages read in order, no number wrong; the PDF kept reads the same again', { timeout: 900_000 }, async () => {
    const dir = join(tmp, '年报扫描')
    mkdirSync(dir, { recursive: true })
    const pages = renderPages(source, 150)
    expect(pages.length).toBeGreaterThan(2)
    // Pages as a scanner names them, PNG and JPEG mixed (both ways into the PDF are used).
    pages.forEach((img, i) => writeFileSync(join(dir, `第${i + 1}页.${i % 2 ? 'jpg' : 'png'}`), i % 2 ? jpegBytes(img) : pngBytes(img)))
    const cacheDir = join(tmp, 'ocr-cache')
    const results = await importPaths([dir], { readOptions: { ocr: { cacheDir } } })
    expect(results).toHaveLength(1)
    const [r] = results
    if (r!.status !== 'read') throw new Error(`${r!.status}: ${r!.error?.message ?? r!.reason}`)
    expect(r!.document!.ocr?.pages).toBe(pages.length)
    expect(r!.document!.notes?.join('')).toContain(`由 ${pages.length} 张页面图片（第1页.png 至 第${pages.length}页.`)
    const original = await readFile(source)
    if (!original.ok) throw new Error(original.error.message)
    const want = extractReport(original.document)
    const got = extractReport(r!.document!)
    // Page 1 (title) first, the signature page last: body, year and date come out as from the text.
    expect(want.report.year).not.toBeNull()
    expect(want.report.agency).not.toBeNull()
    expect(got.report.year).toBe(want.report.year)
    expect(got.report.agency).toBe(want.report.agency)
    expect(got.report.publishedOn).toBe(want.report.publishedOn)
    const { same, wrong } = compareCells(want.report, got.report)
    expect(wrong).toBe(0)
    expect(same).toBeGreaterThan(100)
    // What the library keeps is that PDF: read again (as a re-import does), it gives the same report.
    expect(r!.sourceBytes).toBeDefined()
    const kept = join(tmp, 'kept.pdf')
    writeFileSync(kept, r!.sourceBytes!)
    const again = await readFile(kept, { ocr: { cacheDir } })
    if (!again.ok) throw new Error(again.error.message)
    expect(again.sha256).toBe(r!.sha256)
    expect(compareCells(want.report, extractReport(again.document).report)).toEqual({ same, wrong })
  })
})
