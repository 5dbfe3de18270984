// Table 四's data row as the text prints it under its header: where the row starts (right after a header
// word followed by a cell, or a line of cells under a line of header words), its cells up to a sentence, and
// the row read through header words printed among its numbers (pdftotext's tall header cells). Split from
// review-table.ts, which chooses among the readings.
import { PAGE_MARKER_LINE, readCells, type CellToken } from './cells'
import { dropLabelColumnBlanks, dropTrailingBlankLines } from './cell-row-blanks'
import { fuzzy } from './row-labels'
import { provenWindow, reviewGroupsHold, WIDTH } from './review-sums'
import { blankHeaderCell } from './review-header-blank'
import { COLUMN_NUMBER_LINE, COLUMN_NUMBERS_NEXT, columnNumbersFrom, lineBefore } from './column-number-rows'
import { cellsLineStarts } from './review-cells-line'
import { tokensSharingCell } from './row-cell-tokens'

// The header's words; the data row follows the last of them.
// 计 and 结 alone: a narrow column prints 总计 or 审结 over two lines, with other headings between.
const HEADER_WORDS = ['总计', '审结', '合计', '维持', '纠正', '结果', '尚未', '其他', '计', '结'].map(fuzzy)
export const HEADER_WORD = new RegExp(HEADER_WORDS.join('|'), 'g')
/** Two or more CJK characters between two cells: a sentence, so the data row has ended. */
export const PROSE_GAP = /[\u4e00-\u9fff]{2,}/

/** The report's running title printed at the top of a page ("某局2023年政府信息公开工作年度报告"). */
const RUNNING_TITLE_LINE = /^[^\n。，；]{0,60}(?:年度|工作)[报報]告[ \u3000]*$/gm

/** 「续表」/「（续表）」: the caption over a table's continuation on the next page. */
const CONTINUED = /[（(]?续表[）)]?/g

/** A row label before the data row's first number, in a table with a label column (项目 over it):
 *  「件数」「数量」 — a cell of its own, so the numbers after it are still the row's fifteen. */
const ROW_LABEL_CELL = /^[\s\u3000]*(?:案?件数|数量|案件数量|数目)[ \u3000]*\t/

/** The unit printed after a heading (「总计（件）」, hostile review hr37 L4): the data row may follow it. */
const UNIT_NOTE = /^[ \u3000]*[（(][ \u3000]*(?:件|个|宗|起|次|项)[ \u3000]*[）)]/

/** Positions right after a header word that is followed (through no other words) by a cell. */
export function dataStarts(text: string): number[] {
  const out: number[] = []
  HEADER_WORD.lastIndex = 0
  for (let m = HEADER_WORD.exec(text); m; m = HEADER_WORD.exec(text)) {
    // A page break between the header and the data row leaves a footer or running title: not words of the table.
    // So does the 「续表」 caption Word prints over the rest of a table cut by a page break.
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 160).replace(UNIT_NOTE, '').replace(PAGE_MARKER_LINE, '').replace(RUNNING_TITLE_LINE, '').replace(CONTINUED, '').replace(COLUMN_NUMBERS_NEXT, '').replace(ROW_LABEL_CELL, '')
    if (blankHeaderCell(next)) continue
    // A row of 无 (none) cells starts the data too: 无 alone between cell separators.
    if (/^[^\u4e00-\u9fff]*(?:[\d０-９\uE000\-—/／－]|无(?=[ \u3000]*(?:[\t|\uE000\n]|$)))/.test(next)) out.push(m.index + m[0].length)
  }
  // A line of five or more cells alone under a line of header words starts the data too, though a
  // word the header's last cell was misread as stands between (OCR: 总计's 计 read as 年).
  // A row numbering the columns 一 … 十五 (栏次) may stand between the header and the data.
  for (const at of cellsLineStarts(text)) {
    let above = lineBefore(text, at)
    if (COLUMN_NUMBER_LINE.test(above.text)) above = lineBefore(text, above.start)
    if ((above.text.match(HEADER_WORD) ?? []).length >= 3 && !out.includes(at)) out.push(at)
  }
  return out.sort((a, b) => a - b)
}

/** The header's own words, whole (a gap of only these between cells is the header printed among the data). */
const HEADER_WORDS_ONLY = new RegExp(`^(?:[\\s\\u3000]|${HEADER_WORDS.join('|')})*$`)

/**
 * The cells in a row after `tokens[0]`, up to a sentence. With `passHeaderWords`, header words between
 * cells do not end the row: pdftotext prints a tall header cell (总计) among the data row's numbers.
 */
export function dataRun(tokens: CellToken[], text: string, passHeaderWords = false): CellToken[] {
  const run: CellToken[] = []
  for (const t of tokens) {
    const prev = run[run.length - 1]
    const gap = text.slice(prev?.end ?? t.start, t.start).replace(/（[^）]*）|\([^)]*\)/g, '')
    if (prev && PROSE_GAP.test(gap) && !(passHeaderWords && HEADER_WORDS_ONLY.test(gap))) break
    run.push(t)
  }
  return run
}

export function runAfter(text: string, start: number, passHeaderWords = false): CellToken[] {
  const tokens = readCells(text.slice(start, columnNumbersFrom(text, start))).map((t) => ({ ...t, start: t.start + start, end: t.end + start }))
  return dropTrailingBlankLines(dropLabelColumnBlanks(dataRun(tokens, text, passHeaderWords), text, WIDTH), text, WIDTH)
}

/**
 * The data row with header words printed among its numbers (pdftotext): its order is then a guess,
 * so the 15 cells are kept only where every group's 总计 holds (or, with more cells, one window does).
 */
export function rowThroughHeaderWords(text: string): { cells: (number | null)[]; span: { start: number; end: number } } | 'unproven' | null {
  const start = dataStarts(text)[0]
  if (start === undefined) return null
  const run = runAfter(text, start, true)
  if (run.some((t) => t.glued) || run.length < WIDTH) return null
  const at = run.length === WIDTH ? (reviewGroupsHold(run.map((t) => t.value)) ? 0 : null) : tokensSharingCell(run, text) ? null : provenWindow(run)
  if (at === null) return 'unproven'
  const row = run.slice(at, at + WIDTH)
  return { cells: row.map((t) => t.value), span: { start: row[0]!.start, end: row[WIDTH - 1]!.end } }
}

