// Table 三's header in pdftotext -layout text with the five organisation headings wrapped over several
// lines (科研 / 机构, 社会 / 公益 / 组织): no line holds them all, so no line gives their order, and the
// template's order was assumed. But each column's words stand inside that column's width, so a heading
// word's indent shows its column: where two organisation headings stand the other way round from the
// template (科研 left of 商业企业), the printed order is another one (review rv16: a header 自然人 |
// 科研机构 | 商业企业 | 社会公益组织 | 其他 | 法律服务机构 read in the template's order, 12 cells wrong).
import { withoutTemplateNote, type ColumnMap, type HeadingHit } from './header-columns'

/** The organisation columns (商业企业 … 其他) in the template's numbering. */
const ORG_COLUMNS = new Set([1, 2, 3, 4, 5])

/** True where indented header lines put two organisation headings the other way round from the
 *  template, while the columns were taken in the template's order. */
export function orgIndentsContradictTemplate(header: string, hits: readonly HeadingHit[], map: ColumnMap): boolean {
  if (map.kind !== 'template') return false
  const lines = withoutTemplateNote(header).split('\n')
  // Only -layout lines (indented with ASCII spaces, as pdftotext pads: the indent is a position); plain
  // text starts every line at the margin, and a converter's wrapped line is padded with full-width spaces.
  // A heading word printed twice (a word of the text before the table): the one nearest the table.
  const nearest = hits.filter((h, i) => !hits.slice(i + 1).some((x) => x.column === h.column))
  // Not the header's first line: the header may begin in the middle of a line (its indent lost).
  const orgs = nearest.filter((h) => h.line > 0 && ORG_COLUMNS.has(h.column) && /^ {2,}/.test(lines[h.line] ?? '') && !(lines[h.line] ?? '').includes('\u3000'))
  if (new Set(orgs.map((h) => h.line)).size < 2) return false
  return orgs.some((a) => orgs.some((b) => a.column < b.column && a.at > b.at + 1))
}

export const ORG_INDENTS_NOTE = '表三表头中法人或其他组织各列的列名分在多行，按各列名的位置，其列序与模板不同，又不能逐列对应，各列数字属于哪一类申请人无法确定，本行未读取。'
