// A short line found inside a table row (a blurred line of a label's words taken for a rule) is no
// bottom of the row (grid-cells.ts gridCells). Before, the first line below a row's top that shared
// any length with it closed the row; there it closed no cell, and the row lost all its cells (eval-scans
// "blur", gen-1 page 2, row 3.补正后申请内容仍不明确: a 无 the detector missed was never read again).
import { describe, expect, it } from 'vitest'
import { gridCells } from '../../src-main/readers/ocr/grid-cells'
import type { PixelRuling } from '../../src-main/readers/ocr/image-rulings'

const h = (at: number, from: number, to: number): PixelRuling => ({ dir: 'h', at, from, to })
const v = (at: number, from = 1890, to = 2057): PixelRuling => ({ dir: 'v', at, from, to })
const cols = [v(489), v(896), v(1467), v(1533), v(1606)]
const row = (cells: ReturnType<typeof gridCells>, y0: number) => cells.filter((c) => c.y0 === y0).map((c) => [c.x0, c.x1, c.y1])

describe('a short line inside a row', () => {
  it('does not close the row: its cells reach the rule below', () => {
    const cells = gridCells([h(1951.5, 485, 1607), h(1974, 789, 868), h(2003.5, 485, 1606), h(2055.6, 299, 1606), ...cols])
    expect(row(cells, 1951.5)).toEqual([[489, 896, 2003.5], [896, 1467, 2003.5], [1467, 1533, 2003.5], [1533, 1606, 2003.5]])
    expect(row(cells, 2003.5)).toEqual([[489, 896, 2055.6], [896, 1467, 2055.6], [1467, 1533, 2055.6], [1533, 1606, 2055.6]])
  })
  it('a label cell spanning two rows is still not taken for one cell (the rule between does not cross it)', () => {
    const cells = gridCells([h(1951.5, 485, 1607), h(2003.5, 896, 1606), h(2055.6, 485, 1606), ...cols])
    expect(row(cells, 1951.5)).toEqual([[896, 1467, 2003.5], [1467, 1533, 2003.5], [1533, 1606, 2003.5]])
    expect(row(cells, 2003.5)).toEqual([[896, 1467, 2055.6], [1467, 1533, 2055.6], [1533, 1606, 2055.6]])
  })
})
