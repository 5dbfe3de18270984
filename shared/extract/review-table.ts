// Table 四: one data row of 15 numbers (行政复议 5, 未经复议直接起诉 5, 复议后起诉 5), after the
// header that ends with 尚未审结 / 总计. Notes inside cells are dropped; run-together digits are
// split only where the three groups' sums leave one reading.
import type { ReviewLitigation, ReviewRow } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { dropLabelColumnBlanks, readCells, type CellToken } from './cells'
import { REVIEW_ROW_RULES, splitRow } from './digit-split'
import { fuzzy } from './row-labels'

const WIDTH = 15
const REVIEW_GROUP_NAMES = { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' } as const
// The header's words; the data row follows the last of them.
// 计 and 结 alone: a narrow column prints 总计 or 审结 over two lines, with other headings between.
const HEADER_WORD = new RegExp(['总计', '审结', '合计', '维持', '纠正', '结果', '尚未', '其他', '计', '结'].map(fuzzy).join('|'), 'g')
/** Two or more CJK characters between two cells: a sentence, so the data row has ended. */
const PROSE_GAP = /[\u4e00-\u9fff]{2,}/

export interface ReviewParse {
  table: ReviewLitigation
  span: { start: number; end: number } | null
  notes: ExtractionNote[]
  /** 'label': each group by its row label, or the one row of 15 cells under the header; 'sums': chosen by the groups' totals. */
  how?: 'label' | 'sums'
}

const val = (x: number | null | undefined): number => x ?? 0
/** Each group's 总计 equals its four results. */
export function reviewGroupsHold(cells: (number | null)[]): boolean {
  return [0, 1, 2].every((g) => cells.slice(g * 5, g * 5 + 4).reduce<number>((a, b) => a + val(b), 0) === val(cells[g * 5 + 4]))
}

/**
 * More than 15 numbers after the header (a page number, a stray cell): the 15 consecutive ones whose
 * group totals all hold, when exactly one such reading exists; else null.
 */
function provenWindow(run: CellToken[]): number | null {
  const fits: number[] = []
  for (let i = 0; i + WIDTH <= run.length; i++) if (reviewGroupsHold(run.slice(i, i + WIDTH).map((t) => t.value))) fits.push(i)
  return fits.length === 1 ? fits[0]! : null
}

/** Positions right after a header word that is followed (through no other words) by a cell. */
function dataStarts(text: string): number[] {
  const out: number[] = []
  HEADER_WORD.lastIndex = 0
  for (let m = HEADER_WORD.exec(text); m; m = HEADER_WORD.exec(text)) {
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 80)
    if (/^[^\u4e00-\u9fff]*[\d０-９\uE000\-—/／－]/.test(next)) out.push(m.index + m[0].length)
  }
  return out
}

function dataRun(tokens: CellToken[], text: string): CellToken[] {
  const run: CellToken[] = []
  for (const t of tokens) {
    const prev = run[run.length - 1]
    const gap = text.slice(prev?.end ?? t.start, t.start).replace(/（[^）]*）|\([^)]*\)/g, '')
    if (prev && PROSE_GAP.test(gap)) break
    run.push(t)
  }
  return run
}

const EMPTY: ReviewLitigation = { review: null, litigationDirect: null, litigationAfterReview: null }

function runAfter(text: string, start: number): CellToken[] {
  const tokens = readCells(text.slice(start)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }))
  return dropLabelColumnBlanks(dataRun(tokens, text), text, WIDTH)
}

/** Group labels of a table 四 laid out one group per row (行政复议 5 3 0 0 8 / 未经复议直接起诉 … / 复议后起诉 …). */
const GROUP_ROWS: [keyof ReviewLitigation, RegExp][] = [
  ['review', new RegExp(`${fuzzy('行政复议')}(?![\\s\\u3000]*${fuzzy('行政诉讼')})`, 'g')],
  ['litigationDirect', new RegExp(fuzzy('直接起诉'), 'g')],
  ['litigationAfterReview', new RegExp(`${fuzzy('复议后起诉')}|${fuzzy('经复议起诉')}`, 'g')],
]

/** The one-group-per-row layout: each group's label (its last mention) followed by exactly five cells. */
function groupedRows(text: string): { table: ReviewLitigation; span: { start: number; end: number } } | null {
  const table: ReviewLitigation = { ...EMPTY }
  let start = Infinity
  let end = 0
  for (const [group, re] of GROUP_ROWS) {
    re.lastIndex = 0
    let last: RegExpExecArray | null = null
    for (let m = re.exec(text); m; m = re.exec(text)) last = m
    if (!last) return null
    const from = last.index + last[0].length
    const line = text.slice(from, text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from))
    const cells = readCells(line)
    if (cells.length !== 5) return null
    table[group] = cells.map((c) => c.value)
    start = Math.min(start, last.index)
    end = Math.max(end, from + cells[4]!.end)
  }
  return { table, span: { start, end } }
}

export function parseReviewTable(text: string): ReviewParse {
  const notes: ExtractionNote[] = []
  // The first header word followed by a whole data row; else the last one followed by any cells.
  let run: CellToken[] = []
  for (const start of dataStarts(text)) {
    const r = runAfter(text, start)
    if (r.length > 0) run = r
    if (r.length >= WIDTH) break
  }
  if (run.length < WIDTH) {
    const grouped = groupedRows(text)
    if (grouped) return { ...grouped, notes, how: 'label' }
  }
  if (run.length === 0) {
    notes.push({ field: 'reviewLitigation', message: '表四在其表头之后没有读到数字，未读取。' })
    return { table: { ...EMPTY }, span: null, notes }
  }

  if (run.slice(0, WIDTH + 2).some((t) => t.glued)) {
    notes.push({ field: 'reviewLitigation', message: '表四的数字与千分位连在一起，无法确定各格的起止，未读取。' })
    return { table: { ...EMPTY }, span: null, notes }
  }
  let cells: (number | null)[] | null = null
  let how: 'label' | 'sums' = 'label'
  if (run.length > WIDTH) {
    const at = provenWindow(run)
    if (at === null) {
      notes.push({ field: 'reviewLitigation', message: `表四读到 ${run.length} 个数字，多于 15 格，各组合计关系不能确定哪 15 个是表中数字，未读取。` })
      return { table: { ...EMPTY }, span: null, notes }
    }
    run = run.slice(at, at + WIDTH)
    how = 'sums'
    cells = run.map((t) => t.value)
  } else if (run.length === WIDTH) {
    // The one row under the header; a group total that does not hold is the report's own error, kept.
    cells = run.map((t) => t.value)
  } else {
    how = 'sums'
    const readings = splitRow(run, WIDTH, REVIEW_ROW_RULES)
    if (readings.length) {
      cells = readings[0]!.map((v, i) => (readings.every((r) => r[i] === v) ? v : null))
      // One note per group with unread cells, naming it (the note says why that row is empty).
      for (const [g, group] of (['review', 'litigationDirect', 'litigationAfterReview'] as const).entries()) {
        const n = cells.slice(g * 5, g * 5 + 5).filter((v) => v === null).length
        if (n) notes.push({ field: `reviewLitigation.${group}`, message: `表四的数字连在一起，${readings.length} 种拆法，「${REVIEW_GROUP_NAMES[group]}」中 ${n} 格不能唯一确定，未读取。` })
      }
    } else {
      notes.push({ field: 'reviewLitigation', message: `表四只读到 ${run.length} 个数字，无法按 15 格读出，未读取。` })
      return { table: { ...EMPTY }, span: null, notes }
    }
  }
  const group = (i: number): ReviewRow => cells!.slice(i * 5, i * 5 + 5)
  const last = run[Math.min(run.length, WIDTH) - 1]!
  return {
    table: { review: group(0), litigationDirect: group(1), litigationAfterReview: group(2) },
    span: { start: run[0]!.start, end: last.end },
    notes,
    how,
  }
}
