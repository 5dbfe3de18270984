// A column rule found twice: whole, and as a short piece of its blur's edge a few pixels beside it
// (eval-scans "blur": 1532.8 [1073–2057] and 1529 [1254–1438]). The two are one line (grid-cells.ts
// mergeLines), placed where the whole rule lies: placed at the piece, the cell's edge fell inside the
// rule's blur and its ink took the rule in.
import { describe, expect, it } from 'vitest'
import { gridCells } from '../../src-main/readers/ocr/grid-cells'
import type { PixelRuling } from '../../src-main/readers/ocr/image-rulings'

const h = (at: number): PixelRuling => ({ dir: 'h', at, from: 1000, to: 1700 })
const v = (at: number, from = 1100, to = 1500): PixelRuling => ({ dir: 'v', at, from, to })

describe('a column rule found whole and as a piece beside it', () => {
  it('the cells lie between the whole rules, whichever of the two is met first', () => {
    const rows = [h(1200), h(1260), h(1320)]
    for (const piece of [v(1529, 1180, 1300), v(1536, 1180, 1300)]) {
      const cells = gridCells([...rows, v(1450), v(1532.8), piece, v(1606)])
      const row = cells.filter((c) => c.y0 === 1200)
      expect(row.map((c) => [c.x0, c.x1])).toEqual([[1450, 1532.8], [1532.8, 1606]])
      // The row below, which the piece does not reach, the same.
      expect(cells.filter((c) => c.y0 === 1260).map((c) => [c.x0, c.x1])).toEqual([[1450, 1532.8], [1532.8, 1606]])
    }
  })
})
