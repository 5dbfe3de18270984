// A section 二 row's columns in the order its table prints them, from the header's words
// (disclosure-header-columns.ts): the row is then read column by column, each cell kept under the
// field its heading names. A column no template has is read as '' (kept out of the table); a field
// the header prints no column for is left empty with a note.
import { trimTrailingBlanks } from './disclosure-row-order'
import type { CellToken } from './cells'
import { headerBefore, headerColumns, placeCells } from './disclosure-header-columns'
import { REMARKS_HEADING } from './remarks-columns'

export type RowColumns = { columns: string[]; notes: string[] } | { note: string }

/** The template's heading of each field, for notes. */
const FIELD_HEADING: Record<string, string> = {
  newlyMade: '本年新制作数量', newlyPublished: '本年新公开数量', publishedTotal: '对外公开总数量',
  issued: '本年制发件数', repealed: '本年废止件数', inForce: '现行有效件数',
  lastYearItems: '上一年项目数量', change: '本年增/减', decisions: '处理决定数量',
  projects: '采购项目数量', amountWanYuan: '金额',
}

export function rowColumns(text: string, rowStart: number, rowStarts: number[], fields: string[], own: CellToken[], name: string): RowColumns {
  const hc = headerColumns(headerBefore(text, rowStart, rowStarts), fields)
  // No header words at all: the template's order, as the template prints it.
  if (!hc) return { columns: fields, notes: [] }
  if (hc.twice.length) return { note: `表二「${name}」行所在小表的表头有两栏都是「${hc.twice.join('」「')}」（分列年份或单位），哪一栏是本年的不能确定，整行未读取。` }
  const notes: string[] = []
  const missing = fields.filter((_, i) => !hc.columns.includes(i))
  const k = trimTrailingBlanks(own, Math.max(fields.length, hc.columns.length)).length
  if (hc.columns.every((c) => c !== null)) {
    const found = hc.columns as number[]
    if (missing.length === 0) return { columns: found.map((c) => fields[c]!), notes }
    // Headings left out: the row prints just the found ones' cells → each under its heading.
    if (k === found.length) {
      notes.push(`表二「${name}」行所在小表的表头没有「${missing.map((f) => FIELD_HEADING[f] ?? f).join('」「')}」栏，该栏未读取`)
      return { columns: found.map((c) => fields[c]!), notes }
    }
    // More cells than headings found (a heading lost to a page break): the template's order, where the
    // found headings keep it; else their order contradicts it and nothing places the numbers.
    if (found.every((c, j) => j === 0 || c > found[j - 1]!)) return { columns: fields, notes }
    return { note: `表二「${name}」行的表头列名顺序与模板不同且不完整，无法确定各列，未读取。` }
  }
  const place = placeCells(hc, fields.length, k)
  const unknown = hc.unknown.length ? `表头有模板之外的栏「${hc.unknown.join('」「')}」` : '表头还有别的行的栏'
  if (!place) return { note: `表二「${name}」行${unknown}，该行读到 ${k} 个数字、表头有 ${hc.columns.length} 栏，各数字属于哪一栏不能确定，整行未读取。` }
  // A number in a remarks column's place, off the label's line: a remark is mostly words (已办结, 无), so
  // the extra number may as well be a neighbour row's cell the text set among this row's (labels grouped
  // before their numbers). On the label's own line (a pipe or tab row) the cells keep their places.
  const lineEnd = text.indexOf('\n', rowStart) < 0 ? text.length : text.indexOf('\n', rowStart)
  const inRemarks = k === hc.columns.length ? hc.columns.flatMap((c, j) => (c === null && REMARKS_HEADING.test(hc.headings[j] ?? '') ? [own[j]!] : [])) : []
  const odd = inRemarks.find((t) => t.digits !== '' && !t.dash && t.start > lineEnd)
  if (odd) return { note: `表二「${name}」行「${hc.headings[own.indexOf(odd)]}」栏的位置上读到数字「${text.slice(odd.start, odd.end)}」，它可能是备注，也可能是相邻行的数字，各数字属于哪一栏不能确定，整行未读取。` }
  if (hc.unknown.length) notes.push(`表二「${name}」行${unknown}，该栏不是模板的栏，未读取`)
  if (missing.length > 0) notes.push(`表二「${name}」行所在小表的表头没有「${missing.map((f) => FIELD_HEADING[f] ?? f).join('」「')}」栏，该栏未读取`)
  const printed = k === hc.columns.length ? hc.columns : hc.columns.filter((c) => c !== null)
  return { columns: printed.map((c) => (c === null ? '' : fields[c]!)), notes }
}
