// One part of a table 三 printed as two tables side by side (issue 10; side-split-tables.ts joins
// them): a table with template row labels down its side and some of the seven data columns, each row's
// counts at its end, each data column's heading over it.
import type { TableBlock, TableCell } from '../model/document'
import type { RequestRowKey } from '../model/report'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { visibleText } from './empty-columns'
import { toSimplifiedForMatching } from './prose-text'
import { ROW_PATTERNS } from './row-labels'
import { order } from './requests-labels'
import { place } from './table-grid'

/** What may stand between the two parts: 「（续上表）」「续表」「(续表)：」, or nothing. */
export const CONTINUED = /^[（(]?续上?表[)）]?[:：]?$/
/** A cell that holds a count and no words: no Chinese character but a unit, 无, 注 (a footnote) or a numeral. */
export const COUNT_CELL = /^(?:[^\u4e00-\u9fff]|[件个条项次无注万零一二三四五六七八九十百千])*$/
/** Rows with a template label each part needs before the join is proven (the table has 18–27). */
const MIN_LABELLED_ROWS = 10

/** A table 三 has 18–27 rows and a few header rows: a longer table is no part of one (bounds the work). */
export const MAX_PART_ROWS = 80
/** The row patterns without their global flag (a test from the start of each label). */
const PATTERNS = ROW_PATTERNS.map((p) => ({ key: p.key, re: new RegExp(p.re.source) }))

export const clean = (text: string): string => toSimplifiedForMatching(visibleText(text))

export interface Part {
  header: TableCell[][]
  body: TableCell[][]
  /** Count cells at the end of each body row. */
  counts: number[]
  /** Each body row's label: its template row key(s), or its own words where it names no row. */
  labels: string[]
  /** The seven columns' headings as printed (only the data columns, in order). */
  headings: string[]
  /** The grid columns before the data columns. */
  labelWidth: number
  /** How many data columns (the same in every row with counts). */
  width: number
}

function trailingCounts(row: TableCell[]): number {
  let n = 0
  while (n < row.length && COUNT_CELL.test(clean(row[row.length - 1 - n]!.text))) n++
  return n
}

/** The template row keys a label cell's words name ('' for none). */
export function rowKeys(text: string): string {
  const t = clean(text)
  return PATTERNS.filter((p) => p.re.test(t))
    .map((p) => p.key)
    .join('+')
}

/** The table as a part of a side-split table 三, or null where it is none. */
export function asPart(t: TableBlock): Part | null {
  const rows = t.rows
  if (rows.length > MAX_PART_ROWS) return null
  const counts = rows.map(trailingCounts)
  // A row's label: the last cell with text before its counts (a text table leaves a merged label's
  // covered cells blank, so blanks may stand between a label and the first count).
  const labelAt = (r: number, width: number): number => {
    const row = rows[r]!
    let i = row.length - 1 - width
    while (i >= 0 && clean(row[i]!.text) === '') i--
    return i
  }
  const keys = rows.map((row, r) => (counts[r]! < row.length ? rowKeys(row[labelAt(r, counts[r]!)]?.text ?? '') : ''))
  const bodyStart = keys.findIndex((k) => k !== '')
  if (bodyStart < 1) return null
  const body = rows.slice(bodyStart)
  const bodyCounts = counts.slice(bodyStart)
  // The data columns: the fewest counts a row with counts ends in (a row with blank label cells before its counts ends in more).
  const withCounts = bodyCounts.filter((n) => n > 0)
  if (!withCounts.length) return null
  const width = Math.min(...withCounts)
  // Every body row has a label of its own before its counts, and nothing but blanks between them.
  const label = (i: number): string => {
    const at = labelAt(bodyStart + i, bodyCounts[i]! > 0 ? width : 0)
    const cell = at >= 0 ? clean(body[i]![at]!.text) : ''
    return cell && !COUNT_CELL.test(cell) ? cell : ''
  }
  if (body.some((_, i) => label(i) === '')) return null
  const labels = body.map((_, i) => rowKeys(label(i)) || `=${label(i)}`)
  const keyed = labels.filter((l) => !l.startsWith('='))
  if (keyed.length < MIN_LABELLED_ROWS) return null
  const { placed, width: gridWidth } = place(rows)
  const labelWidth = gridWidth - width
  if (labelWidth < 1) return null
  // A data column's heading: the lowest header cell with text over it, over that column alone (a text
  // table prints a merged heading once and leaves the cells it covered blank).
  const headings: string[] = []
  for (let c = labelWidth; c < gridWidth; c++) {
    const over = placed.filter((p) => p.row < bodyStart && p.col <= c && c < p.col + Math.max(1, p.cell.colSpan ?? 1) && clean(p.cell.text) !== '')
    const lowest = over.sort((a, b) => b.row - a.row)[0]
    if (!lowest || Math.max(1, lowest.cell.colSpan ?? 1) !== 1) return null
    headings.push(clean(lowest.cell.text))
  }
  return { header: rows.slice(0, bodyStart), body, counts: bodyCounts, labels, headings, labelWidth, width }
}

/** Whether each part's labelled rows run in the template's order. */
export function inTemplateOrder(labels: string[]): boolean {
  const seq = labels.filter((l) => !l.startsWith('=') && !l.includes('+')).map((l) => order(l as RequestRowKey))
  return seq.every((o, i) => i === 0 || seq[i - 1]! < o)
}

/** Whether the table holds the headings of the columns after the first `k` and 总计 in its first rows. */
export function holdsRest(t: TableBlock, k: number): boolean {
  const texts = new Set(t.rows.slice(0, 4).flatMap((r) => r.map((c) => clean(c.text))))
  return texts.has(REQUEST_COLUMN_LABELS[k]!) && texts.has('总计')
}

/** Whether the table is a first part: a table 三's part whose data columns are the template's first few. */
export function firstColumnsOnly(t: TableBlock): number {
  const a = asPart(t)
  const k = a?.headings.length ?? 0
  return a && k < REQUEST_COLUMN_LABELS.length && a.headings.join('|') === REQUEST_COLUMN_LABELS.slice(0, k).join('|') ? k : 0
}
