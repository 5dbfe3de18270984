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
