// Section 二: a small table whose rows carry no label this program knows (「公共服务事项」, a row some
// bodies add under a header of its own). Crawled text keeps no cell breaks, so its numbers run on after
// the row above the header («规范性文件6630 信息内容…公共服务事项14减2994»), and read by label they
// would be that row's (before: 规范性文件 6630 | 14 | −2994, true 6 | 6 | 30). A header starts a new
// table: numbers between it and the next header, with no row label between, are no row's above it.
import type { ExtractionNote } from '../model/extraction'
import type { CellToken } from './cells'
import { isBlankCell } from './cell-row-blanks'
import { rowName, type PlacedRow } from './disclosure-row-order'
import { fuzzy } from './row-labels'

const TABLE_HEADER = new RegExp(fuzzy('信息内容'), 'g')

/** The rows without the numbers of tables that hold no known row label (and a note for each row that had them). */
export function dropUnlabelledTables<R extends PlacedRow>(text: string, rows: R[], notes: ExtractionNote[]): R[] {
  const headers = [...text.matchAll(TABLE_HEADER)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const out = rows.map((r) => ({ ...r }))
  headers.forEach((h, hi) => {
    const segEnd = headers[hi + 1]?.start ?? text.length
    if (out.some((r) => r.hit.start > h.end && r.hit.start < segEnd)) return
    for (const r of out) {
      if (r.hit.start >= h.start) continue
      const theirs = r.own.filter((t) => t.start >= h.end && t.start < segEnd)
      if (theirs.length === 0) continue
      r.own = r.own.filter((t) => !theirs.includes(t))
      if (r.foreign || theirs.every(isBlankCell)) continue
      const shown = theirs.map((t) => text.slice(t.start, t.end)).join(' ')
      notes.push({ field: `activeDisclosure.${r.hit.spec.key}`, message: `表二「${rowName(r.hit.spec.key)}」行之后另一张小表的表头下印有数字（${shown}），其行名不是模板的行名，这些数字不算作本行的。` })
    }
  })
  return out
}
