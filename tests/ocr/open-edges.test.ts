// A table's open edge (a table broken across pages, printed without a rule at the break) is put back
// only where a rule across meets its column rules: the upright strokes of a line of prose also end
// level, and must not make glyph-sized cells (each would be read again, three times, for nothing).
import { describe, expect, it } from 'vitest'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { gridCells } from '../../src-main/readers/ocr/grid-cells'
import { imageRulings } from '../../src-main/readers/ocr/image-rulings'

function paper(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(255) }
}

function ink(img: GrayImage, x0: number, y0: number, w: number, h: number): void {
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) img.data[y * img.width + x] = 0
}

describe('open table edges', () => {
  it('makes no cells of the strokes of lines of prose', () => {
    const img = paper(1600, 2300)
    // Lines of glyph-sized uprights (40 px tall), all ending level within a line.
    for (let line = 0; line < 8; line++) for (let x = 200; x < 1400; x += 22) ink(img, x, 300 + line * 80, 3, 40)
    expect(imageRulings(img).filter((r) => r.dir === 'v').length).toBeGreaterThan(100)
    expect(gridCells(imageRulings(img))).toHaveLength(0)
  })
  it('still closes a ruled table whose top row is open at a page break', () => {
    const img = paper(1600, 2300)
    const cols = [200, 600, 900, 1200, 1400]
    for (const x of cols) ink(img, x, 300, 3, 400)
    for (const y of [400, 500, 600, 700]) ink(img, 200, y, 1203, 3)
    const cells = gridCells(imageRulings(img))
    // Three closed rows and the open one above them, four columns each.
    expect(cells).toHaveLength(16)
    expect(cells.filter((c) => c.y0 < 310)).toHaveLength(4)
  })
})
