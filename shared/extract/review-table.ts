// Table 四: one data row of 15 numbers (行政复议 5, 未经复议直接起诉 5, 复议后起诉 5), after the
// header that ends with 尚未审结 / 总计. Notes inside cells are dropped; run-together digits are
// split only where the three groups' sums leave one reading.
import { transposedReviewNote } from './review-transposed'
import type { ReviewLitigation, ReviewRow } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { unreadZeroLedGroups } from './review-zero-led'
import { readCells, type CellToken } from './cells'
import { REVIEW_ROW_RULES, splitRow, splitRowWithBlanks } from './digit-split'
import { labelRunCells } from './review-label-run'
import { unreadUnderSlip } from './review-slip'
import { hiddenBlankReadings } from './hidden-blank'
import { REMARKS_AFTER_TOTAL } from './requests-remarks-header'
import { BROKEN_ROW_NOTE, rowBrokenOverLines } from './review-broken-row'
import { provenWindow, reviewDigitReadings, reviewDigitReadingsWithBlanks, reviewGroupsHold, WIDTH } from './review-sums'
import { unreadContradictedDashes } from './review-dashes'
import { readSeparateTables, readVertical, type ShapeReading } from './review-shapes'
import { blankUnitsFrom } from './requests-units'
import { groupRowsResultOrder, reviewColumnMap, reviewOrderNote } from './review-columns'
import { toTemplate } from './header-columns'
import { numbersBeforePageBreaks } from './page-number-lines'
import { printedSpaced, spacedWords } from './spaced-digit-cells'
import { tokensSharingCell } from './row-cell-tokens'
import { groupLabels } from './review-group-labels'
import { toAsciiDigits } from './numbers-cn'
import { numbersLines, readStacked, stackedRow, type StackedRow } from './review-stacked'
import { cellsBeforeGrandTotal } from './review-grand-total'
import { HEADER_WORD, PROSE_GAP, dataRun, dataStarts, rowThroughHeaderWords, runAfter } from './review-data-row'

const REVIEW_GROUP_NAMES = { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' } as const
export interface ReviewParse {
  table: ReviewLitigation
  span: { start: number; end: number } | null
  notes: ExtractionNote[]
  /** 'label': each group by its row label, or the one row of 15 cells under the header; 'sums': chosen by the groups' totals. */
  how?: 'label' | 'sums'
}

const EMPTY: ReviewLitigation = { review: null, litigationDirect: null, litigationAfterReview: null }

/**
 * The one-group-per-row layout: each group's label (its last mention) with its five cells — on the
 * same line, inside a label wrapped round them, or on the lines after, up to the next group's label.
 * Labels printed together before their numbers are read by {@link labelRunCells}.
 */
function groupedRows(text: string, notes: ExtractionNote[]): { table: ReviewLitigation; span: { start: number; end: number }; how: 'label' | 'sums' } | null {
  const labels = groupLabels(text)
  if (!labels.length) return null
  // The results' order by the header's words (项目 | 维持 … 总计) before the first group's row.
  const order = groupRowsResultOrder(text.slice(0, labels[0]!.start))
  const inOrder = <T>(row: T[], empty: T): T[] => (Array.isArray(order) && row.length === 5 ? toTemplate(row, order, empty) : row)
  const tokens = readCells(text)
  const between = (from: number, to: number): CellToken[] => tokens.filter((t) => t.start >= from && t.start < to)
  const table: ReviewLitigation = { ...EMPTY }
  // Notes kept only where this layout is the one read.
  const own: ExtractionNote[] = []
  let how: 'label' | 'sums' = 'label'
  let start = Infinity
  let end = 0
  for (let i = 0; i < labels.length; ) {
    // A run of labels with no cell between them, then the cells up to the next label.
    let j = i
    while (j + 1 < labels.length && between(labels[j]!.start, labels[j + 1]!.start).length === 0) j++
    const run = labels.slice(i, j + 1)
    const last = run[run.length - 1]!
    const cells = dataRun(between(last.start, labels[j + 1]?.start ?? text.length), text)
    // Words between the label and its first cell (not a bracketed label tail): a sentence, no row.
    const lead = text.slice(last.end, Math.max(last.end, cells[0]?.start ?? 0)).replace(/（[^）]*）|\([^)]*\)/g, '')
    const distinct = new Set(run.map((l) => l.group)).size === run.length
    const read = distinct && !PROSE_GAP.test(lead) ? labelRunCells(run.length, cells) : null
    run.forEach((l, k) => {
      const row = read ? inOrder(read.rows[k]!, null) : null
      // One label with its five cells read one for one: its dashes are 0 only where the group's sum allows.
      table[l.group] = row && read?.how === 'label' && run.length === 1 ? unreadContradictedDashes(l.group, row, inOrder(cells.map((t) => t.dash === true), false), own) : row
    })
    if (read) {
      if (read.how === 'sums') how = 'sums'
      start = Math.min(start, run[0]!.start)
      end = Math.max(end, last.end, cells[cells.length - 1]!.end)
    }
    i = j + 1
  }
  if (!table.review || !table.litigationDirect || !table.litigationAfterReview) return null
  if (!Array.isArray(order)) {
    notes.push({ field: 'reviewLitigation', message: order.refused })
    return { table: { ...EMPTY }, span: { start, end }, how: 'label' }
  }
  if (order.some((c, i) => c !== i)) own.push({ field: 'reviewLitigation', message: reviewOrderNote(order) })
  notes.push(...own)
  return { table, span: { start, end }, how }
}

/** Table 四 printed one result per line, or as separate tables (review-shapes.ts). */
export function otherShapes(text: string, notes: ExtractionNote[] = []): ShapeReading | null {
  const tokens = readCells(text)
  const labels = groupLabels(text).filter((l, i, all) => tokens.some((t) => t.start >= l.end && t.start < (all[i + 1]?.start ?? text.length)))
  const vertical = readVertical(text, labels, tokens)
  if (vertical) return vertical
  const runs: CellToken[][] = []
  for (const start of dataStarts(text)) {
    if (start < (runs[runs.length - 1]?.at(-1)?.end ?? 0)) continue
    const r = runAfter(text, start)
    if (r.length) runs.push(r)
  }
  return runs.length >= 2 && runs.every((r) => r.length === 5 || r.length === 10) ? readSeparateTables(text, runs, notes) : null
}

/** Table 四's blocks stacked in one table (review-stacked.ts): every row under a header, a blank one
 *  too (a block whose cells are all printed blank still heads its own columns). Null: not stacked. */
function stackedReading(text: string, notes: ExtractionNote[]): ReviewParse | null {
  const rows: StackedRow[] = []
  for (const start of dataStarts(text)) {
    if (start < (rows[rows.length - 1]?.end ?? 0)) continue
    rows.push(stackedRow(text, runAfter(text, start), start))
  }
  // With the rows no header word leads to (numbersLines): a lower block's row may be one of them.
  for (const line of numbersLines(text)) if (!rows.some((r) => r.start < line.end && line.start < r.end)) rows.push(line)
  rows.sort((a, b) => a.start - b.start)
  const read = readStacked(text, rows, HEADER_WORD, notes)
  return read && { ...read, notes, how: 'label' }
}

/**
 * The row under a header whose words allow several orders (each printed → template): a cell is read
 * where every order gives it the same number (a label reading all of them share), else left empty.
 */
function someOrders(run: CellToken[], orders: number[][], notes: ExtractionNote[], why = '列名只印出一部分'): ReviewParse {
  const values = run.map((t) => t.value)
  const readings = orders.map((o) => toTemplate(values, o, null))
  const cells = readings[0]!.map((v, i) => (readings.every((r) => r[i] === v) ? v : null))
  const table: ReviewLitigation = { review: cells.slice(0, 5), litigationDirect: cells.slice(5, 10), litigationAfterReview: cells.slice(10, 15) }
  for (const [g, group] of (['review', 'litigationDirect', 'litigationAfterReview'] as const).entries()) {
    const n = cells.slice(g * 5, g * 5 + 5).filter((v) => v === null).length
    if (n) notes.push({ field: `reviewLitigation.${group}`, message: `表四表头${why}，可有 ${orders.length} 种列序，「${REVIEW_GROUP_NAMES[group]}」中 ${n} 格的数字随列序而不同，未读取。` })
  }
  return { table, span: { start: run[0]!.start, end: run[WIDTH - 1]!.end }, notes, how: 'label' }
}

/** Table 四 as read, with groups failing their total beside a zero-led number (「04」) left empty (review-zero-led.ts). */
export function parseReviewTable(printed: string, pageStarts: readonly number[] = []): ReviewParse {
  // Full-width digits made ASCII once (one character for one: spans stay valid), so every reading below sees ０-９ as 0-9.
  const zone = toAsciiDigits(printed)
  const read = parseReviewAsPrinted(zone, pageStarts)
  return { ...read, table: unreadZeroLedGroups(zone, read.table, read.notes) }
}

function parseReviewAsPrinted(zone: string, pageStarts: readonly number[]): ReviewParse {
  const notes: ExtractionNote[] = []
  // Counts printed with their unit (3件 1件 …, pdftotext of a table with units in its cells): read as
  // cells. Zeros carry no unit where written 〇 or —, and a count goes with its group's 总计: two suffice.
  const text = blankUnitsFrom(zone, 0, 2)
  // A cell of digits apart by spaces (「1 0件」, letter-spacing: cells.ts CellToken.spaced): one number or
  // two cannot be told, and a cell read as two shifts every cell after it; the table is not read.
  const spaced = readCells(text).find((t) => t.spaced)
  if (spaced) {
    notes.push({ field: 'reviewLitigation', message: `表四${spacedWords(printedSpaced(zone, spaced), spaced.stacked)}，整表留空。` })
    return { table: { ...EMPTY }, span: null, notes }
  }
  // A group's label naming another period (「行政复议（上年）」): the table holds other years' numbers too.
  const dated = groupLabels(text).find((l) => l.otherPeriod)
  if (dated) {
    notes.push({ field: 'reviewLitigation', message: `表四有行名另注了时期的行（「${text.slice(dated.start, dated.end).replace(/[\s\u3000]+/g, '')}${dated.otherPeriod}」），不能确定哪些数字是本年度的，未读取。` })
    return { table: { ...EMPTY }, span: null, notes }
  }
  // The first header word followed by a whole data row; else the last one followed by any cells.
  let run: CellToken[] = []
  for (const start of dataStarts(text)) {
    const r = runAfter(text, start)
    if (r.length > 0) run = r
    if (r.length >= WIDTH) break
  }
  // A group heading and its header printed between two rows of numbers: the blocks are stacked
  // (review-stacked.ts), each row read by the groups named above it, as separate tables, or not at all.
  const stacked = run.length >= WIDTH ? stackedReading(text, notes) : null
  if (stacked) return stacked
  if (run.length < WIDTH) {
    const grouped = groupedRows(text, notes)
    if (grouped) return { ...grouped, notes }
    const other = otherShapes(text, notes)
    if (other) {
      const t = other.table
      for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) t[g] = unreadContradictedDashes(g, t[g]!, other.dashes[g] ?? [], notes)
      return { table: t, span: other.span, notes, how: 'label' }
    }
    const transposed = transposedReviewNote(text)
    if (transposed) return { table: { ...EMPTY }, span: null, notes: [...notes, transposed] }
    const stitched = rowThroughHeaderWords(text)
    if (stitched === 'unproven') {
      notes.push({ field: 'reviewLitigation', message: '表四的表头文字夹在数字之间，数字的先后不一定是格子的顺序，各组合计也不能证实，未读取。' })
      return { table: { ...EMPTY }, span: null, notes }
    }
    if (stitched) {
      const c = stitched.cells
      return { table: { review: c.slice(0, 5), litigationDirect: c.slice(5, 10), litigationAfterReview: c.slice(10, 15) }, span: stitched.span, notes, how: 'sums' }
    }
  }
  if (run.length === 0) {
    notes.push({ field: 'reviewLitigation', message: '表四在其表头之后没有读到数字，未读取。' })
    return { table: { ...EMPTY }, span: null, notes }
  }

  if (run.slice(0, WIDTH + 2).some((t) => t.glued)) {
    notes.push({ field: 'reviewLitigation', message: '表四的数字与千分位连在一起，无法确定各格的起止，未读取。' })
    return { table: { ...EMPTY }, span: null, notes }
  }
  // A grand-total column after the fifteen (合计 = the three groups' 总计): no cell of the table.
  run = cellsBeforeGrandTotal(run, text) ?? run
  // Columns printed in another order than the template's: by the header's labels, or not at all.
  // A row broken over lines out of order (review-broken-row.ts): its sums choose no column order.
  const broken = run.length === WIDTH && rowBrokenOverLines(text, run)
  const columns = reviewColumnMap(text.slice(0, run[0]!.start), run.length === WIDTH && !broken ? run.map((t) => t.value) : null)
  if (columns.kind === 'some' && run.length === WIDTH) return someOrders(run, columns.orders, notes, columns.why)
  if (columns.kind === 'refused' || columns.kind === 'some' || (columns.kind === 'labels' && run.length !== WIDTH)) {
    // Several orders the header allows are no order shown to differ: the note says which it is.
    const message = columns.kind === 'refused' ? columns.message : columns.kind === 'some' ? `表四表头${columns.why ?? '列名只印出一部分'}，可有 ${columns.orders.length} 种列序，而数字不是一格一数，未读取。` : '表四表头的列序与模板不同，而数字不是一格一数，未读取。'
    notes.push({ field: 'reviewLitigation', message })
    return { table: { ...EMPTY }, span: null, notes }
  }
  const printed = columns.kind === 'labels' ? columns.printed : null
  if (printed) notes.push({ field: 'reviewLitigation', message: reviewOrderNote(printed) })
  if (columns.note) notes.push({ field: 'reviewLitigation', message: columns.note })
  let cells: (number | null)[] | null = null
  let how: 'label' | 'sums' = 'label'
  if (run.length > WIDTH) {
    // Two numbers in one bounded cell (「1 1」): which 15 are the row's cells the sums cannot prove.
    const shared = tokensSharingCell(run, text)
    if (shared) {
      notes.push({ field: 'reviewLitigation', message: `表四${spacedWords(text.slice(run[shared[0]]!.start, run[shared[1]]!.end))}，读到 ${run.length} 个数字，多于 15 格，各组合计关系不能证明哪 15 个是表中数字，未读取。` })
      return { table: { ...EMPTY }, span: null, notes }
    }
    const at = provenWindow(run, text)
    if (at === null) {
      notes.push({ field: 'reviewLitigation', message: `表四读到 ${run.length} 个数字，多于 15 格，各组合计关系不能确定哪 15 个是表中数字，未读取。` })
      return { table: { ...EMPTY }, span: null, notes }
    }
    run = run.slice(at, at + WIDTH)
    how = 'sums'
    cells = run.map((t) => t.value)
  } else if (run.length === WIDTH) {
    // The one row under the header; a group total that does not hold is the report's own error, kept —
    // unless the numbers go on past a header word (「总计」 printed among the data) and there another
    // window of 15 is the only one where every group holds: the first number was no cell (a page
    // number after a page break under the header), and the sums prove where the row lies.
    // Where no window holds either (the report's own slip as well), which 15 are the row is not known.
    // A failing total is the report's own slip only where the text keeps the row's order.
    if (broken && !reviewGroupsHold(printed ? toTemplate(run.map((t) => t.value), printed, null) : run.map((t) => t.value))) {
      notes.push({ field: 'reviewLitigation', message: BROKEN_ROW_NOTE })
      return { table: { ...EMPTY }, span: null, notes }
    }
    const through = printed || reviewGroupsHold(run.map((t) => t.value)) ? null : rowThroughHeaderWords(text)
    if (through && through !== 'unproven' && through.span.start !== run[0]!.start) {
      const c = through.cells
      return { table: { review: c.slice(0, 5), litigationDirect: c.slice(5, 10), litigationAfterReview: c.slice(10, 15) }, span: through.span, notes, how: 'sums' }
    }
    const start = dataStarts(text)[0]
    if (through === 'unproven' && start !== undefined && runAfter(text, start, true).length > WIDTH) {
      notes.push({ field: 'reviewLitigation', message: '表四读到 15 个数字，各组合计不符，而表头文字之后还有数字，哪 15 个是表中数字不能确定，未读取。' })
      return { table: { ...EMPTY }, span: null, notes }
    }
    // A bare number before a page break among the 15 (a page's footer, or a cell): where the groups
    // fail, the row may be 14 cells and a blank one the text dropped — which is not known.
    const footer = numbersBeforePageBreaks(text, [...pageStarts]).find(([s, e]) => run.some((t) => t.start >= s && t.start < e))
    if (footer && !reviewGroupsHold(printed ? toTemplate(run.map((t) => t.value), printed, null) : run.map((t) => t.value))) {
      notes.push({ field: 'reviewLitigation', message: `表四读到 15 个数字，其中「${text.slice(footer[0], footer[1]).trim()}」单独印在分页处、可能是页码，各组合计不符，哪 15 个是表中数字不能确定，未读取。` })
      return { table: { ...EMPTY }, span: null, notes }
    }
    cells = run.map((t) => t.value)
    if (printed) cells = toTemplate(cells, printed, null)
  } else {
    how = 'sums'
    // One or two numbers short of 15, each standing apart: cells cut off (a table running off the
    // page edge) or left blank, not digits run together; no number is cut to fill the row (「１２」 read
    // as 1 | 2 made the sums hold by chance: review 11 R11-4).
    if (run.length >= WIDTH - 2) run = run.map((t) => (t.splittable ? { ...t, splittable: false } : t))
    // One way only to cut the digits into 15 cells (as many digits as cells): that reading, but only
    // where the sums hold — a blank cell the text dropped and a two-digit cell also give 15 digits,
    // and would shift every later cell; else the ways the sums allow (none, when the report's own
    // sums fail: then unread with a note, never a consistent table made up from an inconsistent one).
    const forced = splitRow(run, WIDTH, []).filter(reviewGroupsHold)
    const whole = run.length === 1 && run[0]!.splittable
    const plain = forced.length === 1 ? forced : whole ? reviewDigitReadings(run[0]!.digits) : splitRow(run, WIDTH, REVIEW_ROW_RULES)
    // A blank cell the text dropped is one more way the digits may lie: those readings join the
    // others (a cell is read only where all agree), never alone — where no blank-free cut holds,
    // the report's own sums may be wrong. Too many readings to compare: nothing is read.
    const cuts = plain.length === 0 ? [] : whole ? reviewDigitReadingsWithBlanks(run[0]!.digits) : splitRowWithBlanks(run, WIDTH, REVIEW_ROW_RULES)
    // Under a remarks column a blank cell may hide a count its group's 总计 counts: those cuts join too (hidden-blank.ts).
    const hidden = cuts?.length && REMARKS_AFTER_TOTAL.test(text.slice(0, run[0]!.start)) && run.some((t) => t.splittable && t.digits.length > 1) ? hiddenBlankReadings(run, WIDTH, REVIEW_ROW_RULES) : []
    const readings = cuts && hidden ? [...cuts, ...hidden] : undefined
    if (readings === undefined) {
      notes.push({ field: 'reviewLitigation', message: '表四的数字连在一起，拆法太多（其中可能有未印出的空白格），未读取。' })
      for (const group of ['review', 'litigationDirect', 'litigationAfterReview'] as const) notes.push({ field: `reviewLitigation.${group}`, message: `表四「${REVIEW_GROUP_NAMES[group]}」的数字不能唯一拆分，未读取。` })
      return { table: { ...EMPTY }, span: null, notes }
    }
    if (readings.length) {
      cells = readings[0]!.map((v, i) => (readings.every((r) => r[i] === v) ? v : null))
      // One note per group with unread cells, naming it (the note says why that row is empty).
      for (const [g, group] of (['review', 'litigationDirect', 'litigationAfterReview'] as const).entries()) {
        const n = cells.slice(g * 5, g * 5 + 5).filter((v) => v === null).length
        if (n) notes.push({ field: `reviewLitigation.${group}`, message: `表四的数字连在一起，${readings.length} 种拆法，「${REVIEW_GROUP_NAMES[group]}」中 ${n} 格不能唯一确定，未读取。` })
      }
      cells = unreadUnderSlip(run, cells, notes)
    } else {
      notes.push({ field: 'reviewLitigation', message: `表四只读到 ${run.length} 个数字，无法按 15 格读出，未读取。` })
      return { table: { ...EMPTY }, span: null, notes }
    }
  }
  // Cells read one for one from their tokens (not cut from run-together digits): a dash among them
  // is 0 only where its group's sum does not contradict it.
  const dashes = run.length === WIDTH ? (printed ? toTemplate(run.map((t) => t.dash === true), printed, false) : run.map((t) => t.dash === true)) : []
  const group = (i: number, g: 'review' | 'litigationDirect' | 'litigationAfterReview'): ReviewRow => unreadContradictedDashes(g, cells!.slice(i * 5, i * 5 + 5), dashes.slice(i * 5, i * 5 + 5), notes)
  const last = run[Math.min(run.length, WIDTH) - 1]!
  return {
    table: { review: group(0, 'review'), litigationDirect: group(1, 'litigationDirect'), litigationAfterReview: group(2, 'litigationAfterReview') },
    span: { start: run[0]!.start, end: last.end },
    notes,
    how,
  }
}
