// Section 二: numbers standing between a small table's header and its first label that could not be
// shared out as a value-first table (disclosure-row-order.ts valueFirstTables). They show that this
// table prints cells before labels, at least in part (LibreOffice's PDF read by plain pdftotext sets
// a three-cell row's top-aligned cells before the label and the 增/减 cell after it), so the numbers
// after a label may be the next row's: the table's rows are left unread, each with a note. And where
// nothing stands before the first label nor after the last, while the rows between carry numbers,
// the text fits both sides: a blank first row of a value-first table, or a blank last row of a
// label-first one (「规章 267 267 267 行政规范性文件」): unread as well.
import type { ExtractionNote } from '../model/extraction'
import type { CellToken } from './cells'
import { isBlankCell } from './cell-row-blanks'
import { rowName, type PlacedRow } from './disclosure-row-order'
import { fuzzy } from './row-labels'

const TABLE_HEADER = new RegExp(fuzzy('信息内容'), 'g')

const unreadRows = <R extends PlacedRow>(seg: R[], notes: ExtractionNote[], why: string): void => {
  for (const r of seg) {
    if (r.foreign) {
      r.own = []
      continue
    }
    if (notes.some((n) => n.field === `activeDisclosure.${r.hit.spec.key}`) && r.own.length === 0) continue
    notes.push({ field: `activeDisclosure.${r.hit.spec.key}`, message: `表二「${rowName(r.hit.spec.key)}」所在小表${why}，不能确定各数属于哪一行，未读取。` })
    r.own = []
  }
}

/** The rows with the rows of such tables emptied (and notes pushed for them). */
export function unplacedLeadTables<R extends PlacedRow>(text: string, rows: R[], tokens: CellToken[], fieldCount: (r: R) => number, notes: ExtractionNote[]): R[] {
  const headers = [...text.matchAll(TABLE_HEADER)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const out = rows.map((r) => ({ ...r }))
  headers.forEach((h, hi) => {
    const segEnd = headers[hi + 1]?.start ?? text.length
    const seg = out.filter((r) => r.hit.start > h.end && r.hit.start < segEnd)
    if (seg.length === 0) return
    const lead = tokens.filter((t) => t.start >= h.end && t.start < seg[0]!.hit.start && !isBlankCell(t))
    if (lead.length === 0) {
      // (A bare row beyond the template above this header, this table's first number on a later line:
      // the labels of a run, counted with that row, shareLabelRuns leaves unread.)
      if (bothSidesFit(text, seg, tokens, segEnd, fieldCount)) unreadRows(seg, notes, '第一行行名之前没有数字，数字可能印在各自行名之前（首行空白），也可能在之后（末行空白）')
      return
    }
    // Shared out as a value-first table: the first row holds the lead numbers as its own — unless the
    // row before this header (another small table's) has no number of its own: labels may be printed
    // in groups before their numbers (text of grouped rows), the next table's header among them, and
    // the lead numbers be that row's. Which it is the text does not say.
    const above = out.filter((r) => r.hit.start < h.start).at(-1)
    const aboveBare = !!above && !above.foreign && !above.own.some((t) => !isBlankCell(t))
    if (lead.every((t) => seg[0]!.own.includes(t)) && !aboveBare) return
    // Numbers after this table's header are not the row above's either.
    for (const r of out) if (r.hit.start < h.start) r.own = r.own.filter((t) => !lead.includes(t))
    const printed = lead.map((t) => text.slice(t.start, t.end)).join(' ')
    if (aboveBare && lead.every((t) => seg[0]!.own.includes(t))) unreadRows(seg, notes, `的表头与第一行行名之间印有数字（${printed}），而上一小表的「${rowName(above.hit.spec.key)}」行没有数字：这些数字可能是该行的（行名成组印在数字之前）`)
    else unreadRows(seg, notes, `的表头与第一行行名之间印有数字（${printed}），各行的数字有的印在行名之前、有的在后`)
  })
  return out
}

/**
 * Nothing before the first label: the numbers may still stand before their labels, the first row
 * blank. Both sides are possible where, shifted one row down, every row gets none or exactly its
 * cells (and some row gets cells), unless read after the labels every row fits with numbers after
 * the last label as well (the usual label-first table). Only where each label stands on a line
 * without numbers (a cell a line, as plain pdftotext prints).
 */
function bothSidesFit<R extends PlacedRow>(text: string, seg: R[], tokens: CellToken[], segEnd: number, fieldCount: (r: R) => number): boolean {
  if (seg.length < 2) return false
  // A row whose number stands on its label's line (a pipe or tab table, a row per line) shows its side.
  const lineEnd = (at: number): number => (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at))
  const lineStart = (at: number): number => text.lastIndexOf('\n', at) + 1
  if (seg.some((r) => tokens.some((t) => !isBlankCell(t) && t.start >= lineStart(r.hit.start) && t.start < lineEnd(r.hit.end)))) return false
  // A row's numbers within this table (the last row's run on past the next header).
  const printed = (cells: CellToken[]): number => cells.filter((t) => !isBlankCell(t) && t.start < segEnd).length
  const fits = (r: R, n: number): boolean => n === 0 || n === fieldCount(r)
  const shifted = seg.map((_, j) => (j === 0 ? 0 : printed(seg[j - 1]!.own)))
  if (!shifted.some((n) => n > 0) || !seg.every((r, j) => fits(r, shifted[j]!))) return false
  const last = seg[seg.length - 1]!
  const trail = tokens.filter((t) => t.start >= last.hit.end && t.start < segEnd && !isBlankCell(t))
  return trail.length === 0 || !seg.every((r) => fits(r, printed(r.own)))
}
