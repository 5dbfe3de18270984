// A label that runs over its cell's right ruling into the number cell (a converter that set the
// glyphs wider than the cell, as an OFD from 数科/福昕 can): its last character sits on top of the
// number's first digit. Found by the layout-variant suite's OFD format (7,730.28 read as 730.287:
// the overlapped digit was set apart as a line of its own and joined after the rest).
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { writeOfd, type OfdPage } from './ofd-writer'

const S = 3.175
const page: OfdPage = {
  texts: [
    { text: '信息内容', x: 14, y: 96, size: S },
    { text: '本年收费金额', x: 44, y: 96, size: S },
    // Six CJK characters and five half-width spaces from x 17: its 费 ends at 44.1, over the ruling at 41.
    { text: '政 事 业 性 收 费', x: 17.1, y: 104, size: S },
    { text: '７,７３０.２８', x: 42.1, y: 104, size: S },
  ],
  rules: [
    ...[90, 98, 108].map((y) => ({ x1: 12, y1: y, x2: 90, y2: y })),
    ...[12, 41, 90].map((x) => ({ x1: x, y1: 90, x2: x, y2: 108 })),
  ],
}

describe('a glyph overlapping a number in its cell', () => {
  for (const objects of ['char', 'run'] as const) {
    it(`keeps the number's digits in their order (one object per ${objects})`, () => {
      const r = readOfd(writeOfd([page], { objects, boxes: 'tight', scale: 1, rules: 'stroke' }), '/x/a.ofd', 'a.ofd')
      if (!r.ok) throw new Error(r.error.message)
      const table = r.document.blocks.find((b): b is TableBlock => b.kind === 'table')!
      const cell = table.rows[1]![1]!.text
      expect(cell).toContain('７,７３０.２８')
      expect(cell).not.toMatch(/２８７/)
    })
  }
})
