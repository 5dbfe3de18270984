// Rule: a table-三 row label broken over two grid rows, the numbers on the second (review hr37 L1).
// WPS documents and web pastes print 「一、本年新收政府 | (empty cells)」 over 「信息公开申请数量 | 409 | … |
// 483」: the first grid row holds the label's head and empty count cells, the second the label's rest
// and the row's counts. Cells before the label (a group's merged heading) span one row more. Two or
// three rows of table 三 (drawn from the seed), each cut at a drawn place inside its label's words.
// Applied in the grid formats (HTML, DOCX, markdown); forced by tests/variants/t3-split-label-row.test.ts,
// not drawn. The gold stays as it is.
import type { IRBlock, IRCell, IRDoc } from './ir'
import { seeded } from './rng'

type Table = Extract<IRBlock, { kind: 'table' }>

/** A row's label cell: its one text cell with CJK words after all its cells before the counts. */
function labelCell(row: IRCell[]): number {
  const firstNum = row.findIndex((c) => c.num)
  if (firstNum <= 0) return -1
  const at = firstNum - 1
  return /[\u4e00-\u9fff]{4}/.test(row[at]!.text.replace(/\s/g, '')) ? at : -1
}

/** The table's rows with row `i` split at `cut` characters of its label (spanning cells before it made one row taller). */
function splitRow(rows: IRCell[][], i: number, cut: number): IRCell[][] {
  const r = rows[i]!
  const li = labelCell(r)
  const label = r[li]!.text
  const first: IRCell[] = r.map((c, k) => (k === li ? { ...c, text: label.slice(0, cut) } : c.num ? { text: '', num: true } : k < li ? { ...c, rowSpan: (c.rowSpan ?? 1) + 1 } : c))
  const second: IRCell[] = r.slice(li).map((c, k) => (k === 0 ? { ...c, text: label.slice(cut) } : c))
  // A cell of an earlier row spanning down over row i now spans the split row's two grid rows.
  const out = rows.map((row, k) => row.map((c) => ((c.rowSpan ?? 1) > 1 && k < i && k + (c.rowSpan ?? 1) > i ? { ...c, rowSpan: c.rowSpan! + 1 } : c)))
  out.splice(i, 1, first, second)
  return out
}

/** The doc with two or three of table 三's row labels each split over two grid rows. */
export function applySplitLabelRow(doc: IRDoc, seed: number): IRDoc {
  const rand = seeded(seed * 389 + 17)
  let done = false
  const out = doc.map((b) => {
    if (done || b.kind !== 'table' || b.part !== 'requests') return b
    // Rows whose label is long enough to cut with two characters or more on each side, no line break in it.
    const candidates = b.rows.flatMap((r, i) => {
      const li = labelCell(r)
      return li >= 0 && r[li]!.text.replace(/\s/g, '').length >= 6 && !r[li]!.text.includes('\n') && r.some((c) => c.num && /\d/.test(c.text)) ? [i] : []
    })
    if (candidates.length < 2) return b
    const n = Math.min(candidates.length, 2 + Math.floor(rand() * 2))
    const picked: number[] = []
    while (picked.length < n) {
      const i = candidates[Math.floor(rand() * candidates.length)]!
      if (!picked.includes(i)) picked.push(i)
    }
    // From the bottom up, so the earlier rows' indices stay.
    let rows = b.rows
    for (const i of picked.sort((x, y) => y - x)) {
      const len = rows[i]![labelCell(rows[i]!)]!.text.length
      rows = splitRow(rows, i, 2 + Math.floor(rand() * (len - 3)))
    }
    done = true
    return { ...b, rows } as Table
  })
  return done ? out : doc
}

export function splitLabelRowRuleTags(on: boolean | undefined): string[] {
  return on ? ['t3:split-label-row'] : []
}
