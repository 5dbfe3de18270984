// A small page of soft print (eval-scans' phone photo: 150 dpi, blurred by a pixel, JPEG) is read
// enlarged to ~200 dpi (soft-print.ts); sharp print at 150 dpi (a scanner's copy, ordinary or worn)
// keeps its size, as do big pages and pictures smaller than a page. The pages here are drawn (rows of
// strokes as wide as a 10-point glyph's at 150 dpi, and a ruled grid) and worn by eval-scans' own kinds.
import { describe, expect, it } from 'vitest'
import { degrade } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { litForReading, readingPicture, softPrint } from '../../src-main/readers/ocr/soft-print'
import { evenLight } from '../../src-main/readers/ocr/page-light'

/** A page of print: lines of glyph-like strokes (2 px wide, 18 px tall) and a ruled table. */
function printedPage(w: number, h: number): GrayImage {
  const img: GrayImage = { width: w, height: h, data: new Uint8Array(w * h).fill(255) }
  const ink = (x: number, y: number): void => {
    if (x < w && y < h) img.data[y * w + x] = 20
  }
  for (let line = 0; line < 30; line++) {
    const y0 = 100 + line * 32
    for (let g = 0; g < 50; g++) {
      const x0 = 100 + g * 20
      for (let y = y0; y < y0 + 18; y++) for (const dx of [0, 1, 9, 10]) ink(x0 + dx, y)
      for (let x = x0; x < x0 + 11; x++) for (const dy of [0, 1, 8, 17]) ink(x, y0 + dy)
    }
  }
  for (let r = 0; r <= 10; r++) for (let x = 100; x <= 1100; x++) ink(x, 1100 + r * 40)
  for (let c = 0; c <= 8; c++) for (let y = 1100; y <= 1500; y++) ink(100 + c * 125, y)
  return img
}

const worn = (kind: string, img: GrayImage): GrayImage => degrade(img, SCAN_KINDS.find((k) => k.name === kind)!.degrade(2))

describe('small pages of soft print, read enlarged', () => {
  const page = printedPage(1275, 1650)

  it('finds a phone photo\'s print soft, and a scanner\'s sharp (ordinary, worn with specks, clean 150 dpi)', () => {
    expect(softPrint(evenLight(worn('phone-photo', page)).image)).toBe(true)
    for (const kind of ['ordinary-150dpi', 'worn-150dpi', '150dpi']) expect([kind, softPrint(evenLight(worn(kind, page)).image)]).toEqual([kind, false])
    expect(softPrint(page)).toBe(false)
  })

  it('enlarges a small soft page to a shorter side of 1700, and leaves sharp, big and sub-page pictures as they are', () => {
    const soft = worn('phone-photo', page)
    const read = readingPicture(soft)
    expect([read.width, read.height]).toEqual([1700, 2200])
    const sharp = worn('ordinary-150dpi', page)
    expect(readingPicture(sharp)).toBe(sharp)
    // The same soft print at 200 dpi (already stretched by page-light) and a table picture of a web page.
    const big = degrade(printedPage(1700, 2200), { blur: 2, noise: 8, seed: 1 })
    expect(readingPicture(big)).toBe(big)
    const small = degrade(printedPage(900, 700), { blur: 1, noise: 10, jpeg: 55, seed: 1 })
    expect(readingPicture(small)).toBe(small)
  })

  it('lights a page once: a page on shaded or grey paper, or of faint print, as page-light alone does, a soft one enlarged', () => {
    for (const kind of ['ordinary-150dpi', 'worn-150dpi']) {
      const sharp = worn(kind, page)
      expect([kind, Buffer.from(litForReading(sharp).data).equals(Buffer.from(evenLight(sharp).image.data))]).toEqual([kind, true])
    }
    const soft = litForReading(worn('phone-photo', page))
    expect([soft.width, soft.height]).toEqual([1700, 2200])
  })

  it('enlarges a small page of clean print (white paper, black ink: a scanner\'s 150 dpi) after lighting it, to ~200 dpi', () => {
    const clean = worn('150dpi', page)
    const read = litForReading(clean)
    expect([read.width, read.height]).toEqual([1700, 2200])
    // Lit at its own size (nothing to even out), then enlarged: its black ink stays black.
    expect(read.data.reduce((m, v) => Math.min(m, v), 255)).toBeLessThan(40)
    // The same print at 200 dpi, and a sub-page picture, keep their size.
    const big = degrade(printedPage(1700, 2200), { noise: 8, seed: 1 })
    expect(litForReading(big).width).toBe(1700)
    const small = degrade(printedPage(900, 700), { noise: 8, seed: 1 })
    expect(litForReading(small).width).toBe(900)
  })
})
