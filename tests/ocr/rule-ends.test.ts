// A rule worn short inside a cell is drawn on to the next rule across where a faint line runs on
// along the gap (rule-ends.ts). A drawn table: three columns, two rows; the rule between the rows is
// printed whole but faint (grey 200 on paper 240) over its last column, where the ruling threshold
// loses it — the two cells of that column then ran together. First the page's reading (the rulings
// the OCR engine reads a page by, found on the picture, and the cells they make), then the rule-ends
// step alone on rulings as found.
import { describe, expect, it } from 'vitest'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { imageRulings, type PixelRuling } from '../../src-main/readers/ocr/image-rulings'
import { gridCells, type CellRect } from '../../src-main/readers/ocr/grid-cells'
import { pageRulings } from '../../src-main/readers/ocr/page-rulings'
import { withRulesToCrossings } from '../../src-main/readers/ocr/rule-ends'

const W = 320, H = 140
function page(faintGap: boolean): GrayImage {
  const data = new Uint8Array(W * H).fill(240)
  const dot = (x: number, y: number, v: number): void => void (data[y * W + x] = v)
  for (const y of [20, 60, 100]) for (let x = 20; x <= 300; x++) dot(x, y, y === 60 && x > 220 ? (faintGap ? 200 : 240) : 30)
  for (const x of [20, 120, 200, 300]) for (let y = 20; y <= 100; y++) dot(x, y, 30)
  return { width: W, height: H, data }
}
const h = (at: number, from: number, to: number): PixelRuling => ({ dir: 'h', at, from, to })
const v = (at: number, from: number, to: number): PixelRuling => ({ dir: 'v', at, from, to })
// As found: the middle rule ends at 220, inside the last column (200–300).
const found = [h(20, 20, 300), h(60, 20, 220), h(100, 20, 300), v(20, 20, 100), v(120, 20, 100), v(200, 20, 100), v(300, 20, 100)]

// The same table at twice the size, read as a page is: the ruling finder on the picture, then
// pageRulings (ocr-page.ts's level), then the cells the table's reading is cut into (cell-reread.ts).
const BIG_W = 640, BIG_H = 280
function bigPage(gapGrey: number): GrayImage {
  const data = new Uint8Array(BIG_W * BIG_H).fill(240)
  const dot = (x: number, y: number, v: number): void => void (data[y * BIG_W + x] = v)
  for (const y of [40, 120, 200]) for (let x = 40; x <= 600; x++) dot(x, y, y === 120 && x > 440 ? gapGrey : 30)
  for (const x of [40, 240, 400, 600]) for (let y = 40; y <= 200; y++) dot(x, y, 30)
  return { width: BIG_W, height: BIG_H, data }
}
const lastColumn = (cells: CellRect[]): string[] => cells.filter((c) => Math.abs(c.x0 - 400) <= 4 && Math.abs(c.x1 - 600) <= 4).map((c) => `${c.y0}-${c.y1}`)

describe('a page whose row rule is worn faint over its last column', () => {
  it('the ruling finder loses the faint piece: without the rule-ends step the last column has no cell', () => {
    const found = imageRulings(bigPage(200))
    expect(found.find((r) => r.dir === 'h' && r.at === 120)).toEqual(h(120, 40, 440))
    expect(lastColumn(gridCells(found))).toEqual([])
  })
  it("the page's rulings give the last column both its cells, as the other columns have", () => {
    const cells = gridCells(pageRulings(bigPage(200), []))
    expect(lastColumn(cells)).toEqual(['40-120', '120-200'])
    expect(cells.filter((c) => Math.abs(c.x0 - 240) <= 4).map((c) => `${c.y0}-${c.y1}`)).toEqual(['40-120', '120-200'])
  })
  it('only paper beyond the rule (a merged cell): no cell is made up', () => {
    expect(lastColumn(gridCells(pageRulings(bigPage(240), [])))).toEqual([])
  })
})

describe('a rule ending inside a cell', () => {
  it('is drawn on to the rule across where a faint line runs on; the last column gets both its cells', () => {
    expect(gridCells(found).filter((c) => c.x0 === 200 && c.x1 === 300)).toHaveLength(0)
    const out = withRulesToCrossings(page(true), found)
    expect(out.find((r) => r.dir === 'h' && r.at === 60)).toEqual(h(60, 20, 300))
    expect(gridCells(out).filter((c) => c.x0 === 200 && c.x1 === 300)).toHaveLength(2)
  })
  it('stays as found where only paper lies beyond its end (a merged cell)', () => {
    const out = withRulesToCrossings(page(false), found)
    expect(out).toEqual(found)
  })
  it('a rule ending at a rule across (within a few pixels) is left alone', () => {
    const short = [h(20, 20, 300), h(60, 20, 203), h(100, 20, 300), v(20, 20, 100), v(120, 20, 100), v(200, 20, 100), v(300, 20, 100)]
    expect(withRulesToCrossings(page(true), short)).toEqual(short)
  })
})
