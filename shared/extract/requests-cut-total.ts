// Table 三 whose last column (总计) is cut off the page: LibreOffice Writer exports a table wider than
// the page as is, and what lies past the page's right edge is not in the PDF's text at all (the PDF
// reader finds the table's rulings running into the page edge: SourceDocument.clippedTablePages).
// Every row then shows six numbers, which the row readers take for a row with one blank cell not
// printed. Here the six are 自然人 … 其他 in order, and 总计 is not in the file: the rows are read
// so where the column identities prove them (（七）总计 = the outcome rows, 一 + 二 = （七） + 四, in
// each of the six columns: a row's own total is not there to check), else left empty; either
// way the note says what happened.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { ParsedRow } from './requests-parsed-row'
import { flowHolds, outcomesHold, rowName } from './requests-proof'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

const CUT_NOTE = '表三最右的「总计」列超出页面，不在文件的文字中（可能是转换为 PDF 时表格过宽被截断），总计列未读取'

/** The rows with their 总计 column set to 0: the identities then speak of the six other columns only. */
function withoutTotals(rows: Rows): Rows {
  const out: Rows = {}
  for (const [k, r] of Object.entries(rows) as [RequestRowKey, RequestRow][]) out[k] = r.map((x, c) => (c === 6 ? 0 : x))
  return out
}

/**
 * Where the table is cut at the right and every row came one cell short: each row's reading with its
 * six numbers in 自然人 … 其他 and 总计 empty, kept (as proven by the sums) where both column
 * identities hold on those six columns, else emptied. Changes `parsed` in place; returns whether it
 * applied.
 */
export function readRowsWithoutCutTotal(parsed: ParsedRow[], notes: ExtractionNote[]): boolean {
  const rows = parsed.filter((p) => !p.blanksOnly && p.candidates.length > 0)
  if (rows.length === 0 || !rows.every((p) => p.gap)) return false
  const picks = new Map<ParsedRow, RequestRow>()
  for (const p of rows) {
    const pick = p.candidates.find((c) => c[6] === null && c.slice(0, 6).every((x) => x !== null))
    if (!pick) return false
    picks.set(p, pick)
  }
  const table: Rows = {}
  for (const [p, r] of picks) table[p.key] = r
  const sums = withoutTotals(table)
  const proven = outcomesHold(sums) === true && flowHolds(sums) === true
  for (const [p, r] of picks) {
    p.candidates = [proven ? r : r.map(() => null)]
    p.gap = false
    delete p.asBlanks
    p.placement = 'solved'
  }
  notes.push({
    field: 'requests',
    message: proven
      ? `${CUT_NOTE}；其余六列按表内各列合计关系（（七）总计 = 各办理结果之和，一 + 二 = （七）+ 四）核对无误，已读取。`
      : `${CUT_NOTE}；其余六列的合计关系不成立或无法核对，表三未读取。`,
  })
  // Each row says why its 总计 (or the whole row) is empty: not a blank the report left.
  for (const p of rows) {
    notes.push({ field: `requests.${p.key}`, message: proven ? `表三「${rowName(p.key)}」行的总计格超出页面，未读取（见表三的说明）。` : `表三「${rowName(p.key)}」行只印出六列（总计列超出页面），未读取（见表三的说明）。` })
  }
  return true
}

/**
 * After the proofs, in a table cut at the right page edge: a row of seven cells whose last is not the
 * sum of the six before it is not read (a column the template lacks, a blank spacer a Word table
 * keeps, stands among them and 总计 is the cut one: review 12 R12-1b, 其他's figure read as 总计); a
 * row whose 总计 is read empty says it may be the cut, not a blank the report left (review 11 R11-8).
 */
export function checkedRowsBesideCutTotal(rows: Rows, notes: ExtractionNote[]): Rows {
  const out: Rows = { ...rows }
  for (const [k, r] of Object.entries(out) as [RequestRowKey, RequestRow][]) {
    const total = r[6]
    if (r.length !== 7 || total === null || total === undefined) continue
    if (r.slice(0, 6).reduce<number>((a, x) => a + (x ?? 0), 0) === total) continue
    out[k] = r.map(() => null)
    notes.push({ field: `requests.${k}`, message: `表三「${rowName(k)}」行：表格超出页面右边，读到的最后一格（${total}）不等于前六格之和，不能确定它是总计列，本行未读取，请对照原文核实。` })
  }
  for (const [k, r] of Object.entries(out) as [RequestRowKey, RequestRow][]) {
    if (r[r.length - 1] === null && !notes.some((n) => n.field === `requests.${k}`)) notes.push({ field: `requests.${k}`, message: `表三「${rowName(k)}」行的总计格未读到：表格超出页面右边，总计列可能被截去，请对照原文核实。` })
  }
  return out
}
