// Table 四 printed as ONE table whose blocks stand one above the other (a spreadsheet's layout, or a
// converter's): 行政复议's heading, its five result headings and its row of numbers (the other
// columns blank), then 行政诉讼's heading, its two groups' headings and their row of ten. The upper
// row is no row of fifteen under one header: its numbers belong to the groups named above them only.
import type { ReviewLitigation } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { readCells, type CellToken } from './cells'
import { isBlankCell } from './cell-row-blanks'
import { CN_NUMERAL_CHARS } from './numbers-cn'
import { COLUMN_NUMBER_LINE } from './column-number-rows'
import { fuzzy } from './row-labels'
import { readSeparateTables } from './review-shapes'
import { unreadContradictedDashes } from './review-dashes'

/** Group headings; 行政诉讼 alone names the two litigation groups. */
const GROUP_HEADINGS: RegExp[] = [fuzzy('行政复议'), fuzzy('行政诉讼'), fuzzy('直接起诉'), `${fuzzy('复议后起诉')}|${fuzzy('经复议起诉')}`].map((s) => new RegExp(s))
const DIRECT = GROUP_HEADINGS[2]!
const AFTER = GROUP_HEADINGS[3]!

/** A sentence or caption (「四、…行政复议、行政诉讼情况」): it names groups without heading any block. */
const SENTENCE_LINE = /^.*(?:[，。；,;、]|情况).*$/gm

export const STACKED_UNREAD_NOTE = '表四的各组分成上下几块印在同一张表中（下面一块另有组名和表头），各行数字按其上方的组名不能一一对应，未读取。'

/** A row of cells under a header, as the text gives it (blank cells too), and where its numbers stand. */
export interface StackedRow {
  cells: CellToken[]
  start: number
  end: number
}

/**
 * A row's own block: its cells from the line of the first printed one (blank cells on the lines before
 * are the header's, whose other block's columns are blank) to the last printed one (the blank cells
 * after are the columns the other block owns). A blank cell on the row's line before its first number
 * is the row's own: the block's columns are not known then, and the row is not told.
 */
export function blockCells(text: string, cells: CellToken[]): CellToken[] {
  const first = cells.findIndex((t) => !isBlankCell(t))
  if (first < 0) return []
  let from = first
  while (from > 0 && !text.slice(cells[from - 1]!.end, cells[first]!.start).includes('\n')) from--
  let last = cells.length - 1
  while (isBlankCell(cells[last])) last--
  return cells.slice(from, last + 1)
}

/** The row read from `cells` (found right after `at`): its block's span, or an empty one where all is blank. */
export function stackedRow(text: string, cells: CellToken[], at: number): StackedRow {
  const own = blockCells(text, cells)
  return own.length ? { cells, start: own[0]!.start, end: own[own.length - 1]!.end } : { cells, start: at, end: at }
}

/** A cell of a row of numbers: digits (a unit after them), a dash, 无, a blank, or a count in Chinese numerals. */
const ROW_CELL = `[ \\u3000]*(?:[\\d,]+件?|无|[-—/／－]|\\uE000|[${CN_NUMERAL_CHARS}万]+件?)[ \\u3000]*`
/** A line of five or more such cells apart by tabs. */
const NUMBERS_LINE = new RegExp(`(?<=^|\\n)${ROW_CELL}(?:\\t${ROW_CELL}){4,}(?=\\n|$)`, 'g')

/**
 * Lines of a table's cells that are a row of numbers though no header word leads the reader to them:
 * a row led by a count in Chinese numerals, which the flattener keeps as a word (it may be a 序号); not
 * a line that numbers the columns (栏次: 一 二 三 …), nor a line of blanks.
 * Rows for telling the blocks apart: their cells are read as the text gives them (a numeral has no value).
 */
export function numbersLines(text: string): StackedRow[] {
  return [...text.matchAll(NUMBERS_LINE)]
    .filter((m) => /[^\s\uE000]/.test(m[0]) && !COLUMN_NUMBER_LINE.test(m[0]))
    .map((m) => stackedRow(text, readCells(m[0]).map((t) => ({ ...t, start: t.start + m.index, end: t.end + m.index })), m.index))
}

const headerWordCount = (s: string, headerWords: RegExp): number => (s.match(new RegExp(headerWords.source, 'g')) ?? []).length

/**
 * Between two rows of numbers (`rows`, in order), or after the last of them, a group heading named
 * nowhere above the row (sentences and captions aside), with a header of result words (`headerWords`,
 * 3 or more) under it: the table's blocks are stacked, and each row holds the numbers of the groups
 * named above it only. After the last row too: the lower block's row may be one the reader does not
 * take for a row of numbers (a cell in Chinese numerals leading it, kept as a word: it may be a 序号).
 */
export function groupHeadedBetweenRows(text: string, rows: { start: number; end: number }[], headerWords: RegExp): boolean {
  return rows.some((row, i) => {
    const next = rows[i + 1]
    const above = text.slice(0, row.start).replace(SENTENCE_LINE, '')
    // After the last row, a note under the table (「注：…」) is a sentence, no block's header.
    const between = next ? text.slice(row.end, next.start) : text.slice(row.end).replace(SENTENCE_LINE, '')
    if (headerWordCount(between, headerWords) < 3) return false
    return GROUP_HEADINGS.some((re) => re.test(between) && !re.test(above))
  })
}

/**
 * Whether each block's row can be told: five or ten cells, each with its number (a blank count is
 * not told from the other block's blank columns; a count in numerals led by no number may be a 序号), ten where the header above names both litigation
 * groups (five there may be either group's: the other's columns left blank).
 */
function blocksTold(text: string, runs: CellToken[][]): boolean {
  return (
    runs.length >= 2 &&
    runs.every((run, i) => {
      if (run.some((t) => t.value === null) || (run.length !== 5 && run.length !== 10)) return false
      const caption = text.slice(runs[i - 1]?.[runs[i - 1]!.length - 1]!.end ?? 0, run[0]!.start)
      return run.length === 10 || !(DIRECT.test(caption) && AFTER.test(caption))
    })
  )
}

/**
 * Table 四's blocks stacked in one table: each row read by the headings above it, as separate tables;
 * where the rows cannot be told, nothing is read (with a note). Null: the table is not stacked.
 */
export function readStacked(text: string, rows: StackedRow[], headerWords: RegExp, notes: ExtractionNote[]): { table: ReviewLitigation; span: { start: number; end: number } | null } | null {
  if (!groupHeadedBetweenRows(text, rows, headerWords)) return null
  const runs = rows.map((r) => blockCells(text, r.cells)).filter((r) => r.length)
  const own: ExtractionNote[] = []
  const read = blocksTold(text, runs) ? readSeparateTables(text, runs, own) : null
  if (!read) {
    notes.push({ field: 'reviewLitigation', message: STACKED_UNREAD_NOTE })
    return { table: { review: null, litigationDirect: null, litigationAfterReview: null }, span: null }
  }
  notes.push(...own)
  const t = read.table
  for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) t[g] = unreadContradictedDashes(g, t[g]!, read.dashes[g] ?? [], notes)
  return { table: t, span: read.span }
}
