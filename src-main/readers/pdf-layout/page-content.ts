// One page's content in reading order: ruled tables, unruled column-aligned tables, and prose lines.
import type { TableCell } from '../../../shared/model/document'
import { buildTable, insideTable, mergeRulings, rulingGroups, type RuledTable } from './grid'
import type { Ruling } from './rulings'
import { pageMarkerNumber } from '../../../shared/text/text-document'
import { markRaisedPieces } from './raised-marks'
import { groupLines, joinItems, joinLines, splitOnGaps, type PdfItem, type PdfLine } from './text-join'

export interface PageLine {
  kind: 'line'
  text: string
  x0: number
  x1: number
  y: number
  size: number
}

export interface PageTable {
  kind: 'table'
  rows: TableCell[][]
  cellCols: number[][]
  xs: number[]
  left: number
  right: number
  top: number
  bottom: number
  /** From ruling lines (true) or from column alignment (false). */
  ruled: boolean
}

export type PageEntry = PageLine | PageTable

export interface PageContent {
  page: number
  width: number
  height: number
  entries: PageEntry[]
}

/** Pieces separated by more than this many font sizes are in different columns of an unruled table. */
const COLUMN_GAP_EM = 1.6

function lineEntry(l: PdfLine): PageLine {
  return { kind: 'line', text: joinItems(l.items), x0: l.x0, x1: l.x1, y: l.y, size: l.size }
}

/** Unruled tables: runs of ≥ 2 lines that each split into ≥ 3 gap-separated segments, at least one
 *  of them a number. A line of label text alone between such lines (a wrapped row label) joins the
 *  row below it. */
function alignedTables(lines: PdfLine[]): PageEntry[] {
  const segs = lines.map((l) => splitOnGaps(l.items, COLUMN_GAP_EM))
  const isRow = segs.map((s) => s.length >= 3 && s.some((g) => /^[\d.,\-—/]+$/.test(joinItems(g))))
  const out: PageEntry[] = []
  let i = 0
  while (i < lines.length) {
    if (!isRow[i]) {
      out.push(lineEntry(lines[i]!))
      i++
      continue
    }
    let j = i
    while (j + 1 < lines.length && (isRow[j + 1] || (segs[j + 1]!.length === 1 && isRow[j + 2] && j + 2 < lines.length))) j++
    const runRows = [...Array(j - i + 1).keys()].filter((k) => isRow[i + k]).length
    if (runRows < 2) {
      for (let k = i; k <= j; k++) out.push(lineEntry(lines[k]!))
      i = j + 1
      continue
    }
    const rows: TableCell[][] = []
    let pendingLabel = ''
    for (let k = i; k <= j; k++) {
      const texts = segs[k]!.map((g) => joinItems(g))
      if (!isRow[k]) {
        pendingLabel += texts.join('')
        continue
      }
      if (pendingLabel) {
        texts[0] = pendingLabel + texts[0]
        pendingLabel = ''
      }
      rows.push(texts.map((text) => ({ text })))
    }
    const first = lines[i]!, last = lines[j]!
    out.push({
      kind: 'table',
      rows,
      cellCols: rows.map((r) => r.map((_, c) => c)),
      xs: [],
      left: Math.min(...lines.slice(i, j + 1).map((l) => l.x0)),
      right: Math.max(...lines.slice(i, j + 1).map((l) => l.x1)),
      top: first.y + first.size,
      bottom: last.y,
      ruled: false,
    })
    i = j + 1
  }
  return out
}

/** The horizontal extent of the run of text a piece belongs to: the pieces on its baseline that
 *  follow each other with less than half a character between them. */
function runOf(it: PdfItem, others: readonly PdfItem[]): { x0: number; x1: number } {
  const line = others.filter((o) => Math.abs(o.y - it.y) <= 0.3 * it.size).sort((a, b) => a.x - b.x)
  let x0 = it.x, x1 = it.x + it.w
  for (let grew = true; grew; ) {
    grew = false
    for (const o of line) {
      if (o.x < x0 && o.x + o.w >= x0 - 0.5 * it.size) {
        x0 = o.x
        grew = true
      }
      if (o.x + o.w > x1 && o.x <= x1 + 0.5 * it.size) {
        x1 = o.x + o.w
        grew = true
      }
    }
  }
  return { x0, x1 }
}

/** Text of a merged cell cut by the page break that Chromium prints just below the table's last
 *  ruling ("三、" in the cell, "本年" under it): appended to the cell open at the bottom. */
function absorbOverflow(t: RuledTable, it: PdfItem, pageHeight: number, others: readonly PdfItem[]): boolean {
  const cx = it.x + it.w / 2
  if (t.bottom > pageHeight * 0.25 || it.y >= t.bottom || t.bottom - (it.y + it.size) > 0.8 * it.size) return false
  if (cx < t.left || cx > t.right || pageMarkerNumber(it.str) !== null) return false
  const c = t.xs.findIndex((x, i) => i < t.xs.length - 1 && cx >= x && cx < t.xs[i + 1]!)
  const last = t.rows.length - 1
  for (let r = 0; r <= last; r++) {
    const row = t.rows[r]!
    for (let k = 0; k < row.length; k++) {
      const cell = row[k]!
      const start = t.cellCols[r]![k]!
      if (r + (cell.rowSpan ?? 1) - 1 === last && c >= start && c < start + (cell.colSpan ?? 1)) {
        if (!/[\u4e00-\u9fff]/.test(it.str)) return false
        // The rest of a cell's text fits in the cell's columns; a line wider than them (a section
        // heading that LibreOffice sets right under a table, 「三、收到和处理…」, often in several
        // pieces) is text of its own. So is words under a number: a number does not wrap into words.
        const run = runOf(it, others)
        if (run.x0 < t.xs[start]! - 1 || run.x1 > t.xs[start + (cell.colSpan ?? 1)]! + 1) return false
        if (/^[\d.,\s]+$/.test(cell.text)) return false
        cell.text = joinLines([cell.text, it.str])
        return true
      }
    }
  }
  return false
}

export function pageContent(page: number, width: number, height: number, pieces: PdfItem[], rulings: Ruling[]): PageContent {
  const tables: RuledTable[] = []
  // Small raised digits touching a number are footnote marks, never its last digit.
  const items = markRaisedPieces(pieces)
  let rest = items
  for (const group of rulingGroups(mergeRulings(rulings))) {
    const box = {
      left: Math.min(...group.map((r) => (r.dir === 'v' ? r.at : r.from))),
      right: Math.max(...group.map((r) => (r.dir === 'v' ? r.at : r.to))),
      top: Math.max(...group.map((r) => (r.dir === 'h' ? r.at : r.to))),
      bottom: Math.min(...group.map((r) => (r.dir === 'h' ? r.at : r.from))),
    }
    const inside = rest.filter((it) => insideTable(box, it))
    const t = buildTable(group, inside)
    // A box with no text (a frame, a signature line) is no table.
    if (inside.length === 0) continue
    tables.push(t)
    rest = rest.filter((it) => !insideTable(box, it))
    const below = rest
    rest = rest.filter((it) => !absorbOverflow(t, it, height, below))
  }
  const entries: PageEntry[] = [
    ...tables.map((t): PageTable => ({ kind: 'table', rows: t.rows, cellCols: t.cellCols, xs: t.xs, left: t.left, right: t.right, top: t.top, bottom: t.bottom, ruled: true })),
    ...alignedTables(groupLines(rest)),
  ]
  entries.sort((a, b) => entryTop(b) - entryTop(a))
  return { page, width, height, entries }
}

export function entryTop(e: PageEntry): number {
  return e.kind === 'table' ? e.top : e.y + e.size * 0.8
}
