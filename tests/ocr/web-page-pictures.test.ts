// A saved web page whose tables 三 and 四 are pictures (the page's own files in its "_files" folder,
// as a browser saves it): the pictures are read by OCR and put at their places, so the report reads
// as the text page does, with no number wrong. Made here from a synthetic report: its HTML with the
// two tables replaced by pictures cut from its PDF's pages. A page whose tables are text is not OCRed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { renderPages } from '../../src-main/eval/make-scan'
import { band, pngBytes, tablesAsPictures, wordBoxes } from '../../src-main/eval/scan-sources'
import { readFile } from '../../src-main/readers/index'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import type { SourceDocument } from '../../shared/model/document'
import { CropClient } from '../../src-main/readers/ocr/crop-client'
import { compareCells } from './compare-cells'
import { inkShare } from './ink'

const pdf = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const html = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.html')
const hasTools = existsSync(pdf) && existsSync(html) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-web-pictures-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const DPI = 150
const px = (pt: number): number => Math.round((pt * DPI) / 72)

/** Table 三 (two pictures: the end of page 3, the top of page 4) and table 四 cut from the report's PDF pages. */
function tablePictures(): GrayImage[] {
  const [p3, p4] = renderPages(pdf, DPI, 3, 4)
  const top = (page: number, re: RegExp): { top: number; bottom: number } => wordBoxes(pdf, page).find((w) => re.test(w.text))!
  const h3 = top(3, /^三、收到和处理/), foot3 = wordBoxes(pdf, 3).filter((w) => w.text === '—').at(-1)!
  const h4 = top(4, /^四、政府信息公开行政复议/), h5 = top(4, /^五、存在的主要问题/)
  return [band(p3!, px(h3.bottom) + 4, px(foot3.top) - 6), band(p4!, px(40), px(h4.top) - 4), band(p4!, px(h4.bottom) + 4, px(h5.top) - 4)]
}

/** Table 三 and 四 as read from the text page and from `doc`: none may differ. */
async function expectSameTables(doc: SourceDocument): Promise<void> {
  const text = await readFile(html)
  if (!text.ok) throw new Error(text.error.message)
  const want = extractReport(text.document).report
  const got = extractReport(doc).report
  const { same, wrong } = compareCells(want, got, true)
  expect(wrong).toBe(0)
  expect(same).toBeGreaterThan(100)
  // The rest of the page is its text, as before: the body and year.
  expect(got.agency).toBe(want.agency)
  expect(got.year).toBe(want.year)
}

describe.skipIf(!hasTools)('a saved web page with its tables as pictures', () => {
  it('reads the table pictures by OCR at their places: the tables come out as from the text page, none wrong', { timeout: 600_000 }, async () => {
    const pictures = tablePictures()
    mkdirSync(join(dir, '报告_files'))
    pictures.forEach((p, i) => writeFileSync(join(dir, '报告_files', `image00${i + 1}.png`), pngBytes(p)))
    // Tables in order: 二 (text), 三 (two pictures, one per page), 四 (one picture).
    const page = tablesAsPictures(readFileSync(html, 'utf8'), new Map([[1, ['报告_files/image001.png', '报告_files/image002.png']], [2, ['./%E6%8A%A5%E5%91%8A_files/image003.png']]]))
    expect(page).not.toMatch(/本年新收/)
    const file = join(dir, '报告.html')
    writeFileSync(file, page)
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'cache') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.format).toBe('html')
    expect(read.document.ocr?.pages).toBe(3)
    expect(read.document.notes?.join('')).toContain('张表格图片已做文字识别')
    await expectSameTables(read.document)
    // Every row read from a picture keeps its place on that picture, and its crop is cut
    // from the picture kept in the OCR cache: the library keeps the page alone (a copy elsewhere).
    const extraction = extractReport(read.document)
    const scanned = Object.entries(extraction.provenance).filter(([k, p]) => k.startsWith('requests.') && p.loc.scan)
    // Provenance is per row: table 三 has some 25 rows with numbers, and table 四's rows have theirs.
    expect(scanned.length).toBeGreaterThan(20)
    expect(Object.entries(extraction.provenance).some(([k, p]) => k.startsWith('reviewLitigation.') && p.loc.scan)).toBe(true)
    const stored = join(dir, 'stored-copy.html')
    writeFileSync(stored, page)
    const client = new CropClient({ cacheDir: join(dir, 'cache'), utility: null })
    try {
      for (const [, p] of [scanned[0]!, scanned[scanned.length - 1]!]) {
        const url = await client.crop({ path: stored, sha256: read.sha256, area: p.loc.scan! })
        expect(url).toMatch(/^data:image\/png;base64,/)
        expect(inkShare(url!)).toBeGreaterThan(0.01)
      }
      // Without the kept picture (the cache cleared) the crop is missing, not wrong.
      expect(await client.crop({ path: stored, sha256: 'f'.repeat(64), area: scanned[0]![1].loc.scan! })).toBeNull()
    } finally {
      client.close()
    }
  })

  it('an .mht web archive: the pictures are its own parts (by Content-Location), read the same way', { timeout: 600_000 }, async () => {
    const base = 'http://www.example.gov.cn/art/2022/report'
    const parts = tablePictures().map((p, i) => ({ location: `${base}_files/t${i + 1}.png`, bytes: pngBytes(p) }))
    const page = tablesAsPictures(readFileSync(html, 'utf8'), new Map([[1, [parts[0]!.location, parts[1]!.location]], [2, [parts[2]!.location]]]))
    const b64 = (x: Uint8Array | string): string => Buffer.from(x).toString('base64').replace(/.{76}/g, '$&\r\n')
    const boundary = '----=_NextPart_000_0000_01D8'
    const mht = [
      'From: <Saved by Blink>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
      `Content-Location: ${base}.html`,
      '',
      b64(page),
      ...parts.flatMap((p) => [`--${boundary}`, 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', `Content-Location: ${p.location}`, '', b64(p.bytes)]),
      `--${boundary}--`,
      '',
    ].join('\r\n')
    const file = join(dir, '报告.mht')
    writeFileSync(file, mht)
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'cache-mht') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.ocr?.pages).toBe(3)
    await expectSameTables(read.document)
  })

  it('a page whose tables are text is not sent to OCR, whatever pictures it has', async () => {
    mkdirSync(join(dir, 'plain_files'), { recursive: true })
    writeFileSync(join(dir, 'plain_files', 'logo.png'), pngBytes({ width: 400, height: 200, data: new Uint8Array(80_000).fill(200) }))
    const page = readFileSync(html, 'utf8').replace(/<body([^>]*)>/i, '<body$1><p><img src="plain_files/logo.png"></p>')
    const file = join(dir, 'plain.html')
    writeFileSync(file, page)
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'cache-plain') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.ocr).toBeUndefined()
    expect(existsSync(join(dir, 'cache-plain'))).toBe(false)
    const original = await readFile(html)
    if (!original.ok) throw new Error('unreadable')
    expect(read.document.blocks).toEqual(original.document.blocks)
  })
})
