// Which numbers belong to which row of section 二 where the text does not print each row's numbers
// after its label: labels printed together before their numbers (shared out only where the order is
// proven), a one-cell row printed number first, a page footer between a caption and its table.
import { DISCLOSURE_LABELS } from '../model/template-labels'
import type { ExtractionNote } from '../model/extraction'
import type { CellToken } from './cells'
import { isBlankCell } from './cell-row-blanks'
import { fuzzy } from './row-labels'
import { openPositions } from './disclosure-order-agreement'

/** A row's tokens without the empty cells after its own `want` (a wider table's padding). */
export function trimTrailingBlanks(tokens: CellToken[], want: number): CellToken[] {
  let n = tokens.length
  while (n > want && isBlankCell(tokens[n - 1])) n--
  return tokens.slice(0, n)
}

/** A section 二 row: where its label stands, and the cell tokens that belong to it. */
export interface PlacedRow {
  hit: { spec: { key: string }; start: number; end: number }
  own: CellToken[]
  /** A row the template lacks (disclosure-foreign-rows.ts): placed as a row, its numbers then dropped; no note of its own here. */
  foreign?: string
  /** Printed positions of `own` whose number is not proven (disclosure-order-agreement.ts): left unread. */
  openCells?: number[]
}

/** The rows' names as the template prints them, for notes a person reads. */
const ROW_NAMES: Record<string, string> = DISCLOSURE_LABELS['2019'].rows
export const rowName = (key: string): string => ROW_NAMES[key] ?? key

/**
 * Labels printed together before their numbers (pdftotext prints a label column as one block): rows
 * without cells of their own, then the row that holds the cells of them all. Which number is whose
 * depends on the order they were printed in — row by row or column by column — and section 二 has
 * no sums to tell; so the cells are shared out only where both orders give every row the same numbers
 * (rows of one cell each, or equal numbers), or where the 增/减 signs prove the order. Returns the
 * rows with their shares, and notes for runs left unread.
 */
export function shareLabelRuns<R extends PlacedRow>(text: string, rows: R[], fieldsOf: (r: R) => string[], notes: ExtractionNote[]): R[] {
  const fieldCount = (r: R): number => fieldsOf(r).length
  const out = rows.map((r) => ({ ...r }))
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.own.length > 0 || fieldCount(out[i]!) === 0) continue
    let k = i
    while (k < out.length && out[k]!.own.length === 0) k++
    if (k >= out.length) break
    const run = out.slice(i, k + 1).filter((r) => fieldCount(r) > 0)
    const counts = run.map(fieldCount)
    const want = counts.reduce((a, b) => a + b, 0)
    const toks = trimTrailingBlanks(out[k]!.own, want)
    // Fewer numbers than the rows' cells, on lines after the last label's, the labels in one small
    // table with a remarks column (its dash or 无 for a blank row taken out of the text, as a remark may
    // be; elsewhere such a run reads as the last label's cells, as before): a blank cell may be any row's, so the numbers may be any row's (a blank 行政处罚 and 行政强制 17349,
    // or the other way round).
    const printed = toks.filter((t) => !isBlankCell(t))
    const labelLineEnd = text.indexOf('\n', out[k]!.hit.end)
    const oneTable = !new RegExp(TABLE_HEADER.source).test(text.slice(out[i]!.hit.end, out[k]!.hit.start))
    // Labels of different small tables, no digit between them, whose numbers stand a line or more below
    // the last label (a remark between, 「行政强制 无 信息内容 … 行政事业性收费 — 6」): the labels of rows
    // from both tables were printed as one block before their numbers, and the 6 may be 行政强制's as well.
    const apart =
      printed.length > 0 && labelLineEnd >= 0 && !/[0-9０-９]/.test(text.slice(out[i]!.hit.start, out[k]!.hit.start)) && text.slice(labelLineEnd + 1, printed[0]!.start).includes('\n')
    if ((oneTable || apart) && remarksHeaded(text, out[i]!.hit.start) && printed.length > 0 && printed.length < want && labelLineEnd >= 0 && printed[0]!.start > labelLineEnd) {
      const names = run.map((r) => `「${r.foreign ?? rowName(r.hit.spec.key)}」`).join('')
      for (const r of run) {
        if (!r.foreign) notes.push({ field: `activeDisclosure.${r.hit.spec.key}`, message: `表二${names}行的行名排在一起，其后只有 ${printed.length} 个数字、应为 ${want} 个（空白的栏未印出），不能确定各数属于哪一行，未读取。` })
        r.own = []
      }
      i = k
      continue
    }
    // A row beyond the template among the labels (部门规章, 非行政许可审批, 行政裁决), fewer numbers than
    // the rows' cells (its own counted), on lines after the last label's: labels may be printed in
    // groups before their numbers, a blank cell leaving nothing (「非行政许可审批 / 行政处罚 / 行政强制 /
    // 71」: 71 the first's, the others blank), so the numbers may be that row's. Read by label the last
    // row took them: now no template row of the run is read. (Runs of template rows alone keep the
    // label reading: 「行政处罚 / 行政强制 / 4821」 is 行政强制's in a table printing a cell a line.)
    const short = shortRunNote(text, out.slice(i, k + 1), fieldCount, printed, labelLineEnd)
    if (short) {
      for (const r of short.rows) {
        if (!r.foreign && fieldCount(r) > 0 && !unreadNoted(notes, r)) notes.push({ field: `activeDisclosure.${r.hit.spec.key}`, message: short.note })
        r.own = []
      }
      i = k
      continue
    }
    // Under a 备注 heading, labels of different small tables (a 信息内容 header between them), or with a
    // mark or word between two of them (「行政处罚/行政强制0」), are no label column printed as one block:
    // the first row was printed whole, a blank count with its remark (无, a dash, taken out of the text),
    // and takes no share of the numbers after (pdftotext without remarks does group labels across tables).
    const remarked = remarksHeaded(text, out[i]!.hit.start) && (!oneTable || run.slice(1).some((r, j) => /\S/.test(text.slice(run[j]!.hit.end, r.hit.start))))
    if (remarked || toks.length !== want || toks.some((t) => t.glued)) {
      i = k
      continue
    }
    // Row by row, and column by column (rows with fewer cells drop out of the later columns).
    const byRow: CellToken[][] = []
    let at = 0
    for (const n of counts) byRow.push(toks.slice(at, (at += n)))
    const byColumn: CellToken[][] = counts.map(() => [])
    at = 0
    for (let c = 0; c < Math.max(...counts); c++) counts.forEach((n, r) => n > c && byColumn[r]!.push(toks[at++]!))
    // Equal numbers either way, or the 增/减 column's signs tell the order.
    const same = byRow.every((cells, r) => cells.every((t, c) => t.value === byColumn[r]![c]!.value))
    const order = same ? byRow : orderBySigns(text, run.map(fieldsOf), byRow, byColumn)
    const names = run.map((r) => `「${r.foreign ?? rowName(r.hit.spec.key)}」`).join('')
    const open = openPositions(byRow, byColumn)
    // A page break within the run may have put a page number among the numbers (with a blank cell not
    // printed, the count still fits): then neither order is sure, and no cell is read.
    const paged = text.slice(out[i]!.hit.start, toks[toks.length - 1]!.end).includes('\f')
    // A signed number off the 本年增/减 column in both orders: the numbers are in neither order, none is read.
    const signs = signFits(text, run.map(fieldsOf), byRow, byColumn)
    if (order) run.forEach((r, j) => (r.own = order[j]!))
    else if (!paged && (signs.rowOk || signs.columnOk) && open.some((o, j) => o.length < counts[j]!)) {
      run.forEach((r, j) => {
        r.own = byRow[j]!
        if (open[j]!.length === 0) return
        r.openCells = open[j]!
        if (!r.foreign) notes.push({ field: `activeDisclosure.${r.hit.spec.key}`, message: `表二${names}行的行名排在一起、数字在后，按行读与按列读得数不同的第 ${open[j]!.map((c) => c + 1).join('、')} 栏未读取（两种读法得数相同的栏已读取）。` })
      })
    } else {
      for (const r of run) {
        if (!r.foreign) notes.push({ field: `activeDisclosure.${r.hit.spec.key}`, message: `表二${names}行的行名排在一起、数字在后，按行读与按列读得数不同，不能确定各数属于哪一行，未读取。` })
        r.own = []
      }
    }
    i = k
  }
  return out
}

/** Whether a row was left unread with a note already (a synonym's note reads the row, it is no such). */
const unreadNoted = (notes: ExtractionNote[], r: PlacedRow): boolean => notes.some((n) => n.field === `activeDisclosure.${r.hit.spec.key}` && n.message.includes('未读取'))

/**
 * A label run `rows` (the last holding the numbers) whose rows bare in the text — none printed after
 * their labels; a row emptied by an earlier reading is none such — hold a row beyond the template,
 * its `printed` numbers fewer than those rows' cells and standing after the last label's line (ending
 * at `labelLineEnd`): those rows and the note for their template rows; null where the run is not such.
 */
function shortRunNote<R extends PlacedRow>(text: string, rows: R[], fieldCount: (r: R) => number, printed: CellToken[], labelLineEnd: number): { rows: R[]; note: string } | null {
  let from = rows.length - 1
  while (from > 0 && !/[0-9]/.test(text.slice(rows[from - 1]!.hit.end, rows[from]!.hit.start))) from--
  const all = rows.slice(from)
  const beyond = all.find((r) => r.foreign)
  const want = all.reduce((n, r) => n + fieldCount(r), 0)
  if (!beyond || all.length < 2 || printed.length === 0 || printed.length >= want || labelLineEnd < 0 || printed[0]!.start <= labelLineEnd) return null
  if (!all.some((r) => !r.foreign && fieldCount(r) > 0)) return null
  const names = all.map((r) => `「${r.foreign ?? rowName(r.hit.spec.key)}」`).join('')
  const shown = printed.map((t) => text.slice(t.start, t.end)).join(' ')
  const where = beyond === all[all.length - 1] ? '之后印有数字' : '没有数字'
  return { rows: all, note: `表二${names}行的行名排在一起，其后只有 ${printed.length} 个数字（${shown}）、应为 ${want} 个，而「${beyond.foreign}」行（模板以外的行）${where}：行名可能成组印在数字之前（空白的栏未印出），这些数字也可能是该行的，不能确定各数属于哪一行，未读取。` }
}

/**
 * 增/减 is printed only in the 本年增/减 column (2019 template): where the signed numbers fall on that
 * column in one order and not in the other, that order is proven. Returns its shares, or null.
 */
function orderBySigns(text: string, fields: string[][], byRow: CellToken[][], byColumn: CellToken[][]): CellToken[][] | null {
  const { rowOk, columnOk } = signFits(text, fields, byRow, byColumn)
  return rowOk && !columnOk ? byRow : columnOk && !rowOk ? byColumn : null
}

/** Whether the 增/减-signed numbers fall on the 本年增/减 column in each order (both true where none is signed). */
function signFits(text: string, fields: string[][], byRow: CellToken[][], byColumn: CellToken[][]): { rowOk: boolean; columnOk: boolean } {
  const signed = (t: CellToken): boolean => /^[增减]/.test(text.slice(t.start, t.start + 1))
  const fits = (order: CellToken[][]): boolean => order.every((cells, r) => cells.every((t, c) => !signed(t) || fields[r]![c] === 'change'))
  return { rowOk: fits(byRow), columnOk: fits(byColumn) }
}

/** Whether the header of the small table `at` stands in names a remarks column (备注, 附注, 说明). */
function remarksHeaded(text: string, at: number): boolean {
  let from = -1
  for (const m of text.slice(0, at).matchAll(TABLE_HEADER)) from = m.index
  return from >= 0 && /备[ \u3000]*注|附[ \u3000]*注|说[ \u3000]*明/.test(text.slice(from, at))
}

/** A small table's caption (第二十条第（五）项). */
const CAPTION = new RegExp(`${fuzzy('第二十条')}[^\\n]{0,12}?项`, 'g')

/**
 * Between a caption and its table's header no cell can stand: a number there is a page footer (a
 * page break after the caption, as printed reports have it). Ranges whose digits are not cells.
 */
export function captionGaps(text: string): [number, number][] {
  const out: [number, number][] = []
  const header = new RegExp(TABLE_HEADER.source, 'g')
  const caption = new RegExp(CAPTION.source)
  for (const c of text.matchAll(CAPTION)) {
    const end = c.index + c[0].length
    header.lastIndex = end
    const h = header.exec(text)
    if (h && !caption.test(text.slice(end, h.index))) out.push([end, h.index])
  }
  return out
}

/** The column header that opens each small table (信息内容 | 本年处理决定数量 …). */
const TABLE_HEADER = new RegExp(fuzzy('信息内容'), 'g')

/**
 * pdftotext prints a one-cell row's number before its label where the label cell is the taller
 * ("本年处理决定数量\n550\n行政许可"): numbers between a small table's header and its first label.
 * Read by label, they would go to the row above (across the header). Each row of that table then
 * takes the numbers before its label instead — only where this gives every row of the table exactly
 * its cells with nothing after the last label; else the labels keep their numbers.
 */
export function valueFirstTables<R extends PlacedRow>(text: string, rows: R[], tokens: CellToken[], fieldCount: (r: R) => number): R[] {
  const headers = [...text.matchAll(TABLE_HEADER)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const out = rows.map((r) => ({ ...r }))
  const within = (from: number, to: number): CellToken[] => tokens.filter((t) => t.start >= from && t.start < to)
  const fits = (r: R, cells: CellToken[]): boolean => trimTrailingBlanks(cells, fieldCount(r)).length === fieldCount(r)
  headers.forEach((h, hi) => {
    const segEnd = headers[hi + 1]?.start ?? text.length
    const seg = out.filter((r) => r.hit.start > h.end && r.hit.start < segEnd)
    if (seg.length === 0) return
    const lead = within(h.end, seg[0]!.hit.start)
    // Empty cells after the header are a wider table's padding, not numbers out of place.
    if (lead.every(isBlankCell)) return
    const shares = seg.map((r, j) => (j === 0 ? lead : within(seg[j - 1]!.hit.end, r.hit.start)))
    const last = seg[seg.length - 1]!
    const inLabels = seg.some((r) => within(r.hit.start, r.hit.end).length > 0)
    if (inLabels || !shares.every((cells, j) => fits(seg[j]!, cells)) || !within(last.hit.end, segEnd).every(isBlankCell)) return
    for (const r of out) if (r.hit.start < h.start) r.own = r.own.filter((t) => t.start < h.end || t.start >= seg[0]!.hit.start)
    seg.forEach((r, j) => (r.own = shares[j]!))
  })
  return out
}

