// A rule worn short inside a cell is drawn on to the next rule across where a faint line runs on
// along the gap (rule-ends.ts). A drawn table: three columns, two rows; the rule between the rows is
// printed whole but faint (grey 200 on paper 240) over its last column, where the ruling threshold
// loses it — the two cells of that column then ran together.
import { describe, expect, it } from 'vitest'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import type { PixelRuling } from '../../src-main/readers/ocr/image-rulings'
import { gridCells } from '../../src-main/readers/ocr/grid-cells'
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
