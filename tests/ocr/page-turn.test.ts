// Pages fed into the scanner sideways or upside down: a synthetic report's table pages rendered, then
// turned by ImageMagick (convert -rotate 90 / 180 / 270, as an office scanner hands them over), read
// by the OCR: table 三's cells read as from the upright page, none differs from the text PDF. And the
// report view's crop of such a page is cut from the picture turned the way the OCR turned it.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readFile } from '../../src-main/readers/index'
import { readPgm, renderPages } from '../../src-main/eval/make-scan'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import { ocrPictures, type PagePicture } from '../../src-main/readers/ocr/ocr-engine'
import { turnedBox, turnPicture } from '../../src-main/readers/ocr/page-turn'
import { cropArea } from '../../src-main/readers/ocr/scan-crop'
import { compareCells } from './compare-cells'

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
// ImageMagick itself: a machine may hold a stand-in script named convert that only prints PNGs (seen on a
// fresh machine of this workplace), which would fail the test rather than skip it.
const isImageMagick = (path: string): boolean => {
  try {
    return execFileSync(path, ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).startsWith('Version: ImageMagick')
  } catch {
    return false
  }
}
const convert = ['/usr/bin/convert', '/usr/local/bin/convert'].filter(existsSync).find(isImageMagick)
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync) && convert !== undefined
const DPI = 150
const PT = 72 / DPI

/** The picture turned clockwise by ImageMagick. */
function rotated(img: GrayImage, degrees: number): GrayImage {
  const pgm = Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`), Buffer.from(img.data)])
  return readPgm(execFileSync(convert!, ['pgm:-', '-rotate', String(degrees), 'pgm:-'], { input: pgm, maxBuffer: 1 << 28 }))
}

const asPage = (image: GrayImage, page: number): PagePicture => ({ page, width: image.width * PT, height: image.height * PT, image })

describe('a picture turned by quarters', () => {
  it('moves every pixel where a clockwise turn puts it, and its boxes with it', () => {
    const img: GrayImage = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) }
    expect([...turnPicture(img, 90).data]).toEqual([4, 1, 5, 2, 6, 3])
    expect([...turnPicture(img, 180).data]).toEqual([6, 5, 4, 3, 2, 1])
    expect([...turnPicture(img, 270).data]).toEqual([3, 6, 2, 5, 1, 4])
    const box = { x: 1, y: 0, w: 2, h: 1, score: 1 }
    expect(turnedBox(box, 90, 3, 2)).toEqual({ x: 1, y: 1, w: 1, h: 2, score: 1 })
    expect(turnedBox(box, 270, 3, 2)).toEqual({ x: 0, y: 0, w: 1, h: 2, score: 1 })
  })
})

describe.skipIf(!hasTools)('a scan fed sideways or upside down', () => {
  const upright = hasTools ? renderPages(source, DPI, 3, 4) : []

  it('is read upright: table 三 as from the text PDF, no number different', { timeout: 900_000 }, async () => {
    const original = await readFile(source)
    if (!original.ok) throw new Error('source unreadable')
    const want = extractReport(original.document).report
    // Page 3 upside down and page 4 turned a quarter clockwise; then page 3 a quarter the other way.
    const pages = await ocrPictures([asPage(rotated(upright[0]!, 180), 3), asPage(rotated(upright[1]!, 90), 4)])
    const got = extractReport(ocrDocument('scan.pdf', 'pdf', pages)).report
    const a = compareCells(want, got)
    expect(a.wrong).toBe(0)
    expect(a.same).toBeGreaterThan(100)
    expect(pages.map((p) => Math.round(p.skew / 90) * 90)).toEqual([180, 270])
    expect(pages.every((p) => p.height > p.width)).toBe(true)
    const other = await ocrPictures([asPage(rotated(upright[0]!, 270), 3), asPage(upright[1]!, 4)])
    const b = compareCells(want, extractReport(ocrDocument('scan.pdf', 'pdf', other)).report)
    expect(b.wrong).toBe(0)
    expect(b.same).toBeGreaterThan(100)
    expect(other.map((p) => Math.round(p.skew / 90) * 90)).toEqual([90, 0])
  })

  it("the report view's crop of a sideways page is the crop of the upright page", () => {
    const page = upright[0]!
    const area = { page: 3, x: 60, y: 80, w: 300, h: 40, skew: 0 }
    const want = cropArea(asPage(page, 3), area)
    for (const turn of [90, 180, 270]) {
      // The picture turned clockwise by `turn` is made upright by the rest of a whole turn.
      const got = cropArea(asPage(rotated(page, turn), 3), { ...area, skew: (360 - turn) % 360 })
      expect([got.width, got.height]).toEqual([want.width, want.height])
      let diff = 0
      got.data.forEach((v, i) => (diff += Math.abs(v - want.data[i]!)))
      expect(diff / got.data.length).toBeLessThan(3)
    }
  })
})
