// Table 三's header in pdftotext -layout text: a tall merged heading (自然人, 总计) stands on whatever
// line the page drew it, so the lines' order does not give the columns' order; but a heading alone
// at the head of its line (only spaces before it) shows its column by its indent. Where 自然人 and
// 商业企业 both stand so, on different lines, and their indents put them the other way round from the
// order read (自然人 right of 商业企业 while read first: a LibreOffice PDF of a table with the five
// organisation columns first; review rv13), the header contradicts itself.
import { withoutTemplateNote, type ColumnMap, type HeadingHit } from './header-columns'

/** Indents closer than this are no evidence (a centred heading over a narrow column). */
const MIN_GAP = 4

/** True where the indents of 自然人 and 商业企业 contradict the column order read from the header. */
export function indentsContradict(header: string, hits: readonly HeadingHit[], map: ColumnMap): boolean {
  if (map.kind === 'refused') return false
  const lines = withoutTemplateNote(header).split('\n')
  const alone = (h: HeadingHit | undefined): h is HeadingHit => !!h && /^ *$/.test(lines[h.line]?.slice(0, h.at) ?? 'x')
  const natural = hits.find((h) => h.column === 0)
  const business = hits.find((h) => h.column === 1)
  if (!alone(natural) || !alone(business) || natural.line === business.line) return false
  const printed = map.kind === 'labels' ? map.printed : [0, 1, 2, 3, 4, 5, 6]
  const naturalFirst = printed.indexOf(0) < printed.indexOf(1)
  return naturalFirst ? natural.at > business.at + MIN_GAP : business.at > natural.at + MIN_GAP
}

/** The organisation columns (商业企业 … 其他) in the template's numbering. */
const ORG_COLUMNS = new Set([1, 2, 3, 4, 5])

/**
 * The same evidence for the five organisation headings wrapped over several lines (科研 / 机构, 社会 /
 * 公益 / 组织): no line holds them all, so the template's order was assumed. Each column's words stand
 * inside that column's width, so where two of them stand the other way round from the template (科研
 * left of 商业企业), the printed order is another one (review rv16: 12 cells read in the template's
 * order). True where the columns were taken in the template's order and the indents say otherwise.
 */
export function orgIndentsContradictTemplate(header: string, hits: readonly HeadingHit[], map: ColumnMap): boolean {
  if (map.kind !== 'template') return false
  const lines = withoutTemplateNote(header).split('\n')
  // A heading word printed twice (a word of the text before the table): the one nearest the table.
  const nearest = hits.filter((h, i) => !hits.slice(i + 1).some((x) => x.column === h.column))
  // Only -layout lines, indented with ASCII spaces as pdftotext pads them (a converter's wrapped line is
  // padded with full-width spaces), and not the header's first line (it may begin mid-line).
  // Nor a line that held part of the template's note: taken out, it leaves the words after it shifted left.
  const printed = header.split('\n')
  const positional = (line: number): boolean => line > 0 && /^ {2,}/.test(lines[line] ?? '') && !(lines[line] ?? '').includes('\u3000') && lines[line] === printed[line]
  const orgs = nearest.filter((h) => ORG_COLUMNS.has(h.column) && positional(h.line))
  if (new Set(orgs.map((h) => h.line)).size < 2) return false
  return orgs.some((a) => orgs.some((b) => a.column < b.column && a.at > b.at + 1))
}

export const ORG_INDENTS_NOTE = '表三表头中法人或其他组织各列的列名分在多行，按各列名的位置，其列序与模板不同，又不能逐列对应，各列数字属于哪一类申请人无法确定，本行未读取。'
