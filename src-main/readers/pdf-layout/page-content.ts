// One page's content in reading order: ruled tables, unruled column-aligned tables, and prose lines.
import type { TableCell } from '../../../shared/model/document'
import { buildTable, insideTable, mergeRulings, rulingGroups, type RuledTable } from './grid'
import type { Ruling } from './rulings'
import { pageMarkerNumber } from '../../../shared/text/text-document'
import { markRaisedPieces } from './raised-marks'
import { cellsByColumn, countSegments } from './count-columns'
import { dropOverprints } from './overprint'
import { groupLines, joinItems, joinLines, splitOnGaps, type PdfItem, type PdfLine } from './text-join'
import { proseColumns } from './prose-columns'
import { wrappedHeader } from './wrapped-header'
import { loneRowHeader } from './review-header-rows-lone-row'
import { applicantHeaderLines } from './applicant-header'
import { rowsByLabels } from './row-cells'
import { stackedCells } from './stacked-cells'
import { rowsByHeader } from './header-columns'
import { isZeroSign, zeroSignSegments } from './zero-signs'
import { splitByColumns } from './column-split'

export interface PageLine {
  kind: 'line'
  text: string
  x0: number
  x1: number
  y: number
  size: number
  /** Left and right edge of the prose column the line is in, on a page set in two columns. */
  column?: { left: number; right: number }
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
  /** Table 三's applicant headings on the page print organisations first but could not be placed over their columns (applicant-header.ts). */
  applicantOrderUnknown?: boolean
}

/** Pieces separated by more than this many font sizes are in different columns of an unruled table. */
const COLUMN_GAP_EM = 1.6

function lineEntry(l: PdfLine): PageLine {
  return { kind: 'line', text: joinItems(l.items), x0: l.x0, x1: l.x1, y: l.y, size: l.size }
}

/** A label that starts a row (一、 （三） 5. 小计 其中): any other wrapped label line continues the label above. */
const LABEL_START = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+\s*[.．、]|小\s*[计計]|[总總]\s*[计計]|合\s*[计計]|其\s*中)/
/** At most this many lines over an unruled table's first row are read as its header (wrapped-header.ts). */
const MAX_HEADER_LINES = 10
/** At most this many label lines in a row between two number lines (the tail of one label wrapped over 4 lines, a group label, the head of the next). */
const MAX_LABEL_LINES = 8
const NUMBER_SEG = /^[\d\uff10-\uff19.,\-—/－／]+$/
/** With `noneCells` (OCR pages), a piece that is 无 alone is a cell too: a row of 无 (none) is a row. */
const NONE_SEG = /^无$/
/**
 * A cell that ends in numbers (a label and its first numbers close together on one line, or numbers alone).
 * A space is taken only before a digit or the end, so a run of digits is read one way: the former
 * `(?:\d[\d.,]*\s*)+` could cut 「111…」 anywhere, and a label with a long run of digits not at its end
 * (an OCR'd line) took exponential time to refuse.
 */
const TRAILING_NUMBER = /^(.*?)\s*([\d\uff10-\uff19](?:[\d\uff10-\uff19.,]|\s+(?=[\d\uff10-\uff19]|$))*)$/

/** A label line further than this many font sizes from the lines above and below wraps from neither. */
const OWN_ROW_EM = 1.5
/** A line with words (CJK) that is no page number's line: its lone dashes may be zero cells (zero-signs.ts). */
const hasWords = (l: PdfLine): boolean => /[\u4e00-\u9fff]/.test(joinItems(l.items)) && pageMarkerNumber(joinItems(l.items)) === null

/** Unruled tables: runs of ≥ 2 lines that each split into ≥ 3 gap-separated segments, at least one
 *  of them a number. Lines of label text alone between such lines (a row label wrapped in a narrow
 *  column, its numbers beside its middle, first or last line) join a row: a line that starts a
 *  label (一、 （三） 5. 小计) or sits nearer the line below the row below it, any other line the
 *  label above it — the row above, or a label line above still waiting for its numbers. */
function alignedTables(lines: PdfLine[], noneCells = false): PageEntry[] {
  // A zero sign alone (〇 无 O, zero-signs.ts) is a count cell of a text page; from page pictures 无 is (count-columns.ts).
  const isCount = (g: PdfItem[]): boolean => NUMBER_SEG.test(joinItems(g)) || (noneCells ? NONE_SEG.test(joinItems(g).trim()) : g.length === 1 && isZeroSign(g[0]!.str))
  const segs = lines.map((l) => (noneCells ? countSegments(splitOnGaps(l.items, COLUMN_GAP_EM)) : zeroSignSegments(splitOnGaps(l.items, COLUMN_GAP_EM), hasWords(l))))
  const isRow = segs.map((s) => s.length >= 3 && s.some(isCount))
  // Where a row's numbers start: a label line lies wholly left of it.
  const numberLeft = (k: number): number => {
    const s = segs[k]!
    const at = s.findIndex((g, n) => n > 0 && isCount(g))
    return at > 0 ? s[at]![0]!.x : Infinity
  }
  const isLabelLine = (k: number, numX: number): boolean => !isRow[k] && lines[k]!.x1 < numX && !segs[k]!.some(isCount)
  const out: PageEntry[] = []
  // Lines before this one are already put out, each as one line entry (none taken into a table since).
  let loose = 0
  let i = 0
  while (i < lines.length) {
    if (!isRow[i]) {
      out.push(lineEntry(lines[i]!))
      i++
      continue
    }
    let j = i
    for (;;) {
      if (j + 1 < lines.length && isRow[j + 1]) {
        j++
        continue
      }
      // Up to MAX_LABEL_LINES label lines, then a row.
      const numX = numberLeft(j)
      let n = 0
      while (n < MAX_LABEL_LINES && j + 1 + n < lines.length && isLabelLine(j + 1 + n, numX)) n++
      if (n > 0 && j + 1 + n < lines.length && isRow[j + 1 + n]) {
        j += n + 1
        continue
      }
      break
    }
    const runRows = [...Array(j - i + 1).keys()].filter((k) => isRow[i + k]).length
    // From page pictures, one row of five or more counts is a table of its own (table 四's one row).
    const lone = noneCells && runRows === 1 && segs[i]!.filter(isCount).length >= 5
    if (runRows < 2 && !lone) {
      // One row of counts under wrapped headings (table 四): its header read by the row's columns.
      const header = noneCells ? null : loneRowHeader(lines.slice(Math.max(loose, i - MAX_HEADER_LINES), i), segs[i]!.filter(isCount))
      if (header) out.splice(out.length - header.taken, header.taken, ...header.lines.map((l): PageLine => ({ kind: 'line', ...l })))
      for (let k = i; k <= j; k++) out.push(lineEntry(lines[k]!))
      i = j + 1
      continue
    }
    // The first row's label lines above its numbers (the first line starts a label, the lines are
    // close together): already put out as lines, taken back.
    const firstX = numberLeft(i)
    let head = 0
    while (head < MAX_LABEL_LINES && i - head - 1 >= 0 && isLabelLine(i - head - 1, firstX) && lines[i - head - 1]!.y - lines[i - head]!.y < 2 * lines[i]!.size) head++
    while (head > 0 && !LABEL_START.test(joinItems(lines[i - head]!.items))) head--
    if (head > 0) {
      out.splice(out.length - head, head)
      i -= head
    }
    // Headings wrapped in narrow cells, their pieces on staggered lines: read by the number columns.
    if (!noneCells) {
      const above = lines.slice(Math.max(loose, i - MAX_HEADER_LINES), i)
      const numbers = [...Array(j - i + 1).keys()].filter((k) => isRow[i + k]).map((k) => segs[i + k]!.filter(isCount).flat())
      const header = wrappedHeader(above, numbers)
      if (header) out.splice(out.length - header.taken, header.taken, ...header.lines.map((l): PageLine => ({ kind: 'line', ...l })))
    }
    // Continuation lines under the run's last row (its label's tail at the foot of the table or page).
    const lastX = numberLeft(j)
    // Where the last row's label starts: its first piece, or where the row line holds numbers only
    // (a label wrapped round them), the label line nearest above it.
    const labelLine = isCount(segs[j]![0]!) ? [...Array(j - i).keys()].map((k) => j - 1 - k).find((k) => !isRow[k]) : j
    const labelX = labelLine === undefined ? -Infinity : segs[labelLine]![0]![0]!.x
    while (j + 1 < lines.length && isLabelLine(j + 1, lastX) && segs[j + 1]!.length === 1 && !LABEL_START.test(joinItems(segs[j + 1]![0]!)) && lines[j]!.y - lines[j + 1]!.y < 2 * lines[j]!.size && wrapsUnder(lines[j + 1]!, labelX)) j++
    // Cells closer than the column gap, cut where other rows of the run print two cells (column-split.ts).
    if (!noneCells) {
      const at = [...Array(j - i + 1).keys()].map((k) => i + k).filter((k) => isRow[k])
      const cut = splitByColumns(at.map((k) => segs[k]!), (it) => NUMBER_SEG.test(it.str.trim()) || isZeroSign(it.str))
      at.forEach((k, n) => (segs[k] = cut[n]!))
    }
    let rows: TableCell[][] = []
    const rowSegs: PdfItem[][][] = []
    const rowLeads: number[] = []
    let pendingLabel = ''
    for (let k = i; k <= j; k++) {
      const texts = segs[k]!.map((g) => joinItems(g))
      if (!isRow[k]) {
        // Each piece on its own: 「结果」 ends a group label above while 「（二）部分公开…」 starts the next row.
        // A line nearer the line below than the one above is the head of the next label even
        // without a number (a label wrapped above numbers set beside its last line).
        const above = k > i ? lines[k - 1]!.y - lines[k]!.y : Infinity
        const below = k < j ? lines[k]!.y - lines[k + 1]!.y : Infinity
        const nearAbove = above <= below + 0.1 * lines[k]!.size
        // A label line between two rows, a row's pitch from both, wrapped from neither (a group's label
        // as a row of its own in a one-column label table, 「不予处理」 between 「补正后…」 and 「信访…」): a
        // row without cells, not the tail of the row above.
        const between = k > i && k < j && isRow[k - 1]! && isRow[k + 1]!
        if (between && !pendingLabel && texts.length === 1 && above > OWN_ROW_EM * lines[k]!.size && below > OWN_ROW_EM * lines[k]!.size && !LABEL_START.test(texts[0]!)) {
          rows.push([{ text: texts[0]! }])
          rowSegs.push(segs[k]!)
          rowLeads.push(0)
          continue
        }
        for (const text of texts) {
          const prev = rows[rows.length - 1]
          if (!pendingLabel && prev && nearAbove && !LABEL_START.test(text)) appendLabel(prev, text)
          else pendingLabel += text
        }
        continue
      }
      rowLeads.push(pendingLabel.length)
      if (pendingLabel) {
        texts[0] = pendingLabel + texts[0]
        pendingLabel = ''
      }
      rows.push(texts.map((text) => ({ text })))
      rowSegs.push(segs[k]!)
    }
    if (noneCells) rows = cellsByColumn(rowSegs, rows.map((r) => r.map((c) => c.text)), rowLeads, lines[i]!.size).map((r) => r.map((text) => ({ text })))
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
    loose = i
  }
  return out
}

/** A caption line of the template's tables (第二十条第（五）项): the next table's heading, never a label's tail. */
const TABLE_CAPTION = /^\s*第\s*[一二三四五六七八九十百\d]+\s*条/

/**
 * A line under a table's last row that may be the rest of its label: it starts no further left than
 * the label does (a wrapped label goes on at its cell's left edge, or centred inside it; by more than
 * half a character is further) and is no table caption. A heading of the next table, set at the
 * table's own left edge below an unruled table (text-only OFD, no ruling lines), is text of its own.
 */
function wrapsUnder(line: PdfLine, labelX: number): boolean {
  const text = joinItems(line.items)
  if (TABLE_CAPTION.test(text)) return false
  const charWidth = (line.x1 - line.x0) / Math.max(1, [...text.replace(/\s/g, '')].length)
  return line.x0 >= labelX - 0.5 * charWidth
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

/** A wrapped label's next line added to a row's label cell, before the number the cell may end in. */
function appendLabel(row: TableCell[], text: string): void {
  const cell = row[0]!
  const m = TRAILING_NUMBER.exec(cell.text)
  cell.text = m ? `${m[1]}${text} ${m[2]!.trim()}`.trimStart() : cell.text + text
}

const HEADING_ORDINAL = /^[\s\u3000]*[一二三四五六七八九十]{1,2}[、.．]/

/** The text of a piece's run (runOf), its pieces in order. */
function runText(it: PdfItem, others: readonly PdfItem[], run: { x0: number; x1: number }): string {
  const pieces = [it, ...others.filter((o) => o !== it && Math.abs(o.y - it.y) <= 0.3 * it.size && o.x >= run.x0 - 0.5 && o.x + o.w <= run.x1 + 0.5)]
  return pieces.sort((a, b) => a.x - b.x).map((p) => p.str).join('')
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
        // A line opening with a heading's ordinal (「四、政府信息公开行政复议…」 set right under a table whose
        // label column is as wide as it) starts text of its own: a cell's words wrap on, they do not
        // begin again with 一、…十、 (review rv17 F3).
        if (cell.text.trim() !== '' && HEADING_ORDINAL.test(runText(it, others, run))) return false
        cell.text = joinLines([cell.text, it.str])
        return true
      }
    }
  }
  return false
}

export function pageContent(page: number, width: number, height: number, pieces: PdfItem[], rulings: Ruling[], opts: { wrappedMarks?: boolean; noneCells?: boolean } = {}): PageContent {
  const tables: RuledTable[] = []
  // Small raised digits touching a number are footnote marks, never its last digit; text drawn
  // twice on itself (a fake bold) is printed once.
  const items = markRaisedPieces(dropOverprints(pieces), opts)
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
  // Reading order: by top; a two-column band as one block at its top, its left column before its right.
  const { single, bands } = proseColumns(rest)
  let applicantOrderUnknown = false
  const unruled = (pieces: PdfItem[]): PageEntry[] => {
    const header = applicantHeaderLines(rowsByHeader(rowsByLabels(stackedCells(groupLines(pieces)))))
    applicantOrderUnknown ||= header.orderUnknown
    return alignedTables(header.lines, opts.noneCells)
  }
  const placed: { entry: PageEntry; at: number; col: number }[] = [
    ...tables.map((t) => ({ entry: { kind: 'table', rows: t.rows, cellCols: t.cellCols, xs: t.xs, left: t.left, right: t.right, top: t.top, bottom: t.bottom, ruled: true } as PageTable, col: 0 })),
    ...unruled(single).map((entry) => ({ entry, col: 0 })),
  ].map((p) => ({ ...p, at: entryTop(p.entry) }))
  for (const band of bands) {
    band.columns.forEach((pieces, c) => {
      const column = { left: Math.min(...pieces.map((it) => it.x)), right: Math.max(...pieces.map((it) => it.x + it.w)) }
      for (const entry of unruled(pieces)) placed.push({ entry: entry.kind === 'line' ? { ...entry, column } : entry, at: band.top, col: c + 1 })
    })
  }
  placed.sort((a, b) => b.at - a.at || a.col - b.col || entryTop(b.entry) - entryTop(a.entry))
  return { page, width, height, entries: placed.map((p) => p.entry), ...(applicantOrderUnknown ? { applicantOrderUnknown } : {}) }
}

export function entryTop(e: PageEntry): number {
  return e.kind === 'table' ? e.top : e.y + e.size * 0.8
}
