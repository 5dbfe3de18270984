// Pages → document blocks: drop page numbers and running headers/footers, merge wrapped prose lines
// into paragraphs (also across a page break), and stitch a table that continues on the next page
// (dropping its repeated header rows).
import type { Block, TableCell } from '../../../shared/model/document'
import { pageMarkerNumber } from '../../../shared/text/text-document'
import { bringsOtherHeadings } from './other-header'
import { joinLines } from './text-join'
import { keepMarginRowCells } from './margin-row-cells'
import { joinCutRowRest } from './cut-row-rest'
import type { PageContent, PageEntry, PageLine, PageTable } from './page-content'

/** Share of the page height at top and bottom where headers, footers and page numbers live. */
const MARGIN_BAND = 0.1

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.、．]\D)/
const PAGE_NUMBER_ONLY = /^\s*(?:[-—–－―]\s*)?\d{1,3}(?:\s*[-—–－―])?\s*$/

function inMargin(p: PageContent, l: PageLine): boolean {
  return l.y < p.height * MARGIN_BAND || l.y > p.height * (1 - MARGIN_BAND)
}

function repeatKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '')
}

/** The page's entries with a margin row's wrapped cells joined to it (margin-row-cells.ts). */
function withMarginRowCells(p: PageContent, entries: PageContent['entries']): PageContent['entries'] {
  const margin = entries.filter((e): e is PageLine => e.kind === 'line' && inMargin(p, e))
  const kept = keepMarginRowCells(margin)
  if (kept === margin) return entries
  const byRow = new Map(margin.map((l) => [l, kept.find((k) => k.y === l.y && k.x0 === l.x0)]))
  return entries.flatMap((e) => (e.kind === 'line' && byRow.has(e) ? (byRow.get(e) ? [byRow.get(e)!] : []) : [e]))
}

/** Page-number lines and text repeated in the margin band of many pages. */
function dropChrome(pages: PageContent[]): PageContent[] {
  const counts = new Map<string, number>()
  for (const p of pages) {
    const keys = new Set(p.entries.filter((e): e is PageLine => e.kind === 'line' && inMargin(p, e)).map((e) => repeatKey(e.text)))
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const repeated = (k: string): boolean => pages.length >= 3 && (counts.get(k) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2))
  return pages.map((p) => ({
    ...p,
    entries: withMarginRowCells(p, p.entries).filter((e) => {
      if (e.kind !== 'line' || !inMargin(p, e)) return true
      if (pageMarkerNumber(e.text) !== null || PAGE_NUMBER_ONLY.test(e.text)) return false
      return !repeated(repeatKey(e.text))
    }),
  }))
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function rowText(row: TableCell[]): string {
  return row.map((c) => c.text).join('|')
}

/** Continuation rows with each cell's start column on the first part's grid (a header-only column
 *  line of the first part is missing below, so columns are matched by position). */
function remapRows(first: PageTable, next: PageTable): { rows: TableCell[][]; cols: number[][] } {
  if (first.xs.length === 0 || next.xs.length === 0) return { rows: next.rows, cols: next.cellCols }
  // As many columns between the same edges: the same table laid out anew on this page (other widths
  // for the same columns), column for column — by nearest line, two columns would fall into one.
  if (finerGrid(first.xs, next.xs) || next.xs.length === first.xs.length) return { rows: next.rows, cols: next.cellCols }
  const nearest = (x: number): number => {
    let best = 0
    first.xs.forEach((v, i) => {
      if (Math.abs(v - x) < Math.abs(first.xs[best]! - x)) best = i
    })
    return best
  }
  const cols: number[][] = []
  const rows = next.rows.map((row, r) => {
    const rc: number[] = []
    const out = row.map((cell, k) => {
      const c = next.cellCols[r]![k]!
      const start = nearest(next.xs[c]!)
      const end = nearest(next.xs[c + (cell.colSpan ?? 1)]!)
      const span = Math.max(1, end - start)
      const copy: TableCell = { ...cell }
      if (span > 1) copy.colSpan = span
      else delete copy.colSpan
      rc.push(start)
      return copy
    })
    cols.push(rc)
    return out
  })
  return { rows, cols }
}

/** Where a rule may stand apart from the same rule on the other page (points). */
const SAME_RULE = 2

/**
 * Each column line of the first part stands on the continuation too, which has more: the first part
 * was only header rows whose merged cells hide the columns below (申请人情况 over 商业企业 … 其他). The
 * continuation's grid is then the table's, and the first part's cells are placed on it — mapping the
 * finer columns to the nearest coarse line would put several of them into one column.
 */
function finerGrid(coarse: number[], fine: number[]): boolean {
  return fine.length > coarse.length && coarse.every((x) => fine.some((f) => Math.abs(f - x) <= SAME_RULE))
}

/** The first part's cells re-placed on the continuation's finer grid (start column and span). */
function regridPending(t: Pending, fine: number[]): void {
  const coarse = t.table.xs
  const at = (i: number): number => fine.findIndex((f) => Math.abs(f - coarse[i]!) <= SAME_RULE)
  t.rows.forEach((row, r) =>
    row.forEach((cell, k) => {
      const c = t.cols[r]![k]!
      const start = at(c)
      const span = at(c + (cell.colSpan ?? 1)) - start
      if (span > 1) cell.colSpan = span
      else delete cell.colSpan
      t.cols[r]![k] = start
    }),
  )
}

/** Text below continues the merged cell above: one of them spans rows (a label column), the text
 *  above does not end a phrase, and the text below does not start a new numbered label. */
function continuesLabel(above: TableCell, below: TableCell): boolean {
  if ((above.rowSpan ?? 1) <= 1 && (below.rowSpan ?? 1) <= 1) return false
  if (above.text === '' || /[）)。：:；;\d]$/.test(above.text)) return false
  // Only words continue a label: a number below is a data cell under a header.
  if (!/^[\u4e00-\u9fff]/.test(below.text)) return false
  return !/^(?:（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d+[.、．])/.test(below.text)
}

/** An empty cell at the top of the continuation, under a merged cell still open at the end of the
 *  first part, is the same merged cell: extend its span instead of adding an empty cell. */
function absorbOpenCells(t: Pending, rows: TableCell[][], cols: number[][]): void {
  const first = rows[0]
  if (!first) return
  const last = t.rows.length - 1
  const open = new Map<number, TableCell>()
  t.rows.forEach((row, r) =>
    row.forEach((cell, k) => {
      if (r + (cell.rowSpan ?? 1) - 1 === last && (cell.rowSpan ?? 1) >= 1) open.set(t.cols[r]![k]!, cell)
    }),
  )
  // A label stands left of its row's numbers: a word after a number (「61 … 74 已办结」, the row's
  // remark under a 「备注」 heading open above) is a cell of its own, no rest of a cut label (before,
  // it read 「备注已办结」 and the table had no remarks heading).
  const afterNumber = (k: number): boolean => first.slice(0, k).some((c) => /[0-9０-９]/.test(c.text))
  // A group whose last row above is its 总计 is closed: the label below opens the next group (table 四
  // stacked, 「行政复议」 … 总计 | page | 「行政诉讼（未经复议直接起诉）」 结果维持 …), no rest of the label above.
  const closed = t.rows[last]!.some((c) => /^(?:总计|合计|小计)$/.test(c.text.replace(/\s+/g, '')))
  const keep: number[] = []
  first.forEach((cell, k) => {
    const above = open.get(cols[0]![k]!)
    const sameShape = above && (above.colSpan ?? 1) === (cell.colSpan ?? 1)
    if (above && sameShape && cell.text === '' && (above.rowSpan ?? 1) > 1) {
      above.rowSpan = (above.rowSpan ?? 1) + (cell.rowSpan ?? 1)
    } else if (above && sameShape && cell.text !== '' && !closed && !afterNumber(k) && continuesLabel(above, cell)) {
      // A merged label cut by the page: "（四）无" above, "法提供" below.
      above.text += cell.text
      above.rowSpan = (above.rowSpan ?? 1) + (cell.rowSpan ?? 1)
    } else keep.push(k)
  })
  rows[0] = keep.map((k) => first[k]!)
  cols[0] = keep.map((k) => cols[0]![k]!)
}

/** A row cut by the page break: its first part ends the previous page, the rest (text only in some
 *  cells, the others empty) opens this one. The pieces are joined into the row above. */
function mergeSplitRow(t: Pending, rows: TableCell[][], cols: number[][]): void {
  const first = rows[0]
  const last = t.rows.length - 1
  const lastRow = t.rows[last]
  if (!first || !lastRow || first.length === 0 || !first.some((c) => c.text === '') || first.every((c) => c.text === '')) return
  if (first.some((c) => (c.rowSpan ?? 1) > 1)) return
  // A row that opens with its own numbered label ("4.…") is a new row, whatever cells it lacks
  // (a scan read by OCR may miss a lone digit).
  if (/^(?:\d+[.、．]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/.test(first.find((c) => c.text !== '')?.text ?? '')) return
  const aboveAt = (col: number): TableCell | undefined => {
    const k = t.cols[last]!.indexOf(col)
    return k >= 0 ? lastRow[k] : undefined
  }
  const pairs = first.map((cell, k) => ({ cell, above: aboveAt(cols[0]![k]!) }))
  if (!pairs.every(({ cell, above }) => above && (above.colSpan ?? 1) === (cell.colSpan ?? 1) && (cell.text === '' || above.text !== ''))) return
  for (const { cell, above } of pairs) if (cell.text) above!.text = joinLines([above!.text, cell.text])
  // Cells above that were extended over the dropped row span one row less.
  t.rows.forEach((row, r) => row.forEach((c) => {
    if (r < last && r + (c.rowSpan ?? 1) - 1 > last) c.rowSpan = (c.rowSpan ?? 1) - 1
  }))
  rows.shift()
  cols.shift()
}

/** How many of the next table's first rows repeat the previous table's first rows (text for text). */
function repeatedRows(previous: TableCell[][], next: TableCell[][]): number {
  let k = 0
  while (k < next.length - 1 && k < previous.length && rowText(next[k]!) === rowText(previous[k]!)) k++
  return k
}

function canStitch(a: PageTable, b: PageTable): boolean {
  return Math.abs(a.left - b.left) <= 6 && Math.abs(a.right - b.right) <= 6 && (a.ruled === b.ruled)
}

interface Pending {
  kind: 'table'
  table: PageTable
  rows: TableCell[][]
  /** Start column of each cell on the first part's grid. */
  cols: number[][]
  rowPages: number[]
  page: number
}

interface PendingPara {
  kind: 'para'
  lines: string[]
  page: number
  last: PageLine
  lastPage: number
}

/** A line that is one number and nothing else. */
const BARE_NUMBER = /^[ \u3000]*[0-9０-９][0-9０-９,，.．]*[ \u3000]*$/

export function assembleBlocks(rawPages: PageContent[]): Block[] {
  const pages = dropChrome(rawPages)
  const lines = pages.flatMap((p) => p.entries.filter((e): e is PageLine => e.kind === 'line'))
  // The body's edges from one-column lines (a two-column line has its column's edges).
  const oneColumn = lines.filter((l) => !l.column)
  const allLines = oneColumn.length > 0 ? oneColumn : lines
  const bodyLeft = median(allLines.map((l) => Math.round(l.x0)))
  const rights = allLines.map((l) => l.x1).sort((a, b) => a - b)
  const bodyRight = rights[Math.floor(rights.length * 0.9)] ?? 0
  const bodySize = median(allLines.map((l) => l.size))
  const out: (Pending | PendingPara)[] = []

  const startsParagraph = (prev: PendingPara, l: PageLine, page: number): boolean => {
    const p = prev.last
    if (Math.abs(p.size - l.size) > 1.5) return true
    // A title set in a large font over two centred lines is one paragraph.
    if (page === prev.lastPage && l.size >= 1.25 * bodySize && p.y - l.y < 2 * l.size && !HEADING.test(l.text)) return false
    if (l.x0 > (l.column?.left ?? bodyLeft) + 0.8 * l.size) return true
    if (p.x1 < (p.column?.right ?? bodyRight) - 2 * p.size) return true
    if (HEADING.test(l.text)) return true
    // A number alone on its line (the head or the rest of a number wrapped in a narrow cell of a table
    // without grid lines) runs on into no line: joined, 「２」 over 「一、本年度新收…」 read as 「２一、…」,
    // and the wrapped rest 「３」 of 「２３」 became the row's total.
    if (BARE_NUMBER.test(p.text)) return true
    if (page === prev.lastPage && p.y - l.y > 2.4 * Math.max(p.size, l.size)) return true
    return false
  }

  for (const p of pages) {
    p.entries.forEach((e: PageEntry, idx) => {
      const tail = out[out.length - 1]
      if (e.kind === 'table') {
        // A table first on its page right after a table that ended the previous page: one table.
        const firstOnPage = idx === 0 || p.entries.slice(0, idx).every((x) => x.kind === 'line' && /^续表/.test(x.text))
        if (tail?.kind === 'table' && firstOnPage && tail.page < p.page && canStitch(tail.table, e) && !bringsOtherHeadings(tail.rows, e.rows, repeatedRows(tail.rows, e.rows))) {
          const mapped = remapRows(tail.table, e)
          if (finerGrid(tail.table.xs, e.xs)) {
            regridPending(tail, e.xs)
            tail.table = { ...tail.table, xs: e.xs }
          }
          let k = 0
          while (k < mapped.rows.length - 1 && k < tail.rows.length && rowText(mapped.rows[k]!) === rowText(tail.rows[k]!)) k++
          const rows = mapped.rows.slice(k)
          const cols = mapped.cols.slice(k)
          // A row cut inside itself, its merged label cells running on (cut-row-rest.ts); else the
          // open cells' empty or label rests, then a row cut whose rest spans no rows.
          if (!joinCutRowRest(tail, rows, cols)) {
            absorbOpenCells(tail, rows, cols)
            mergeSplitRow(tail, rows, cols)
          }
          tail.rows.push(...rows)
          tail.cols.push(...cols)
          tail.rowPages.push(...rows.map(() => p.page))
          tail.page = p.page
          tail.table = { ...e, xs: tail.table.xs }
          return
        }
        out.push({ kind: 'table', table: e, rows: e.rows.map((r) => r.map((c) => ({ ...c }))), cols: e.cellCols.map((r) => [...r]), rowPages: e.rows.map(() => p.page), page: p.page })
        return
      }
      if (tail?.kind === 'para' && !startsParagraph(tail, e, p.page)) {
        tail.lines.push(e.text)
        tail.last = e
        tail.lastPage = p.page
        return
      }
      out.push({ kind: 'para', lines: [e.text], page: p.page, last: e, lastPage: p.page })
    })
  }
  // Paragraph page = page of its first line; table page = page of its first row.
  const blocks: Block[] = []
  for (const x of out) {
    if (x.kind === 'para') {
      const text = joinLines(x.lines)
      if (text) blocks.push({ kind: 'paragraph', text, loc: { block: blocks.length, page: x.page } })
    } else {
      blocks.push({ kind: 'table', rows: x.rows, rowPages: x.rowPages, loc: { block: blocks.length, page: x.rowPages[0] ?? x.page } })
    }
  }
  return blocks
}
