// Table 三's header printed a cell per line (plain text from a PDF or a web page: 「自然人 / 商业企业 /
// 科研机构 / 事业单位 / 社会公益组织 / 其他 / 总计」), with a line of words no heading list holds. The
// template's order (or the organisations-first order) may be assumed only where every recognised heading
// stands on the line that order puts it, counting the unknown lines as cells (hostile review hr36 F3:
// 事业单位 printed after 法律服务机构, 社会中介机构 before 社会公益组织, read in the template's order, 8–18
// wrong cells a report). The lines' count is the cells': seven (flat), or three then five (two levels).
import { withoutTemplateNote, type HeadingHit } from './header-columns'
import { ORG_COLUMNS, TEMPLATE_HEADING_CHARS, withoutHeadingNotes } from './header-line-cells'

const ORGS = ORG_COLUMNS
const withoutNotes = (line: string): string => withoutHeadingNotes(line).replace(/[\s\u3000]+/g, '')
const TEMPLATE_CHARS = TEMPLATE_HEADING_CHARS
/** Lines over the header that are no column (申请人情况, 项目 …). */
const LABEL_LINE = /^(?:申请人情况|申请人类型|申请人|项目|类别|类型|名称|内容|信息内容)$/

/**
 * The unknown lines' texts where a recognised heading stands on another line than `expected` puts it
 * (expected[p] = the template column printed p-th); null where the header is not a cell per line with an
 * unknown line, or every heading stands where expected. A wrapped heading's pieces (lines of the
 * template's characters) leave the cells uncounted: null (the header's words decide, as before).
 */
export function displacedCellPerLine(header: string, hits: readonly HeadingHit[], expected: readonly number[], group: number): string[] | null {
  // A header of headings (four at least), one a line.
  if (hits.length < 4 || hits.some((h) => hits.filter((x) => x.line === h.line).length > 1)) return null
  const lines = withoutTemplateNote(header).split('\n')
  const from = Math.min(...hits.map((h) => h.line))
  const cells: { column: number | null; text: string }[] = []
  for (let n = from; n < lines.length; n++) {
    // A line of several cells (tabs, pipes, runs of spaces): not this shape.
    if (/[\t|]|\S[ \u3000]{2,}\S/.test(lines[n] ?? '')) return null
    const text = withoutNotes(lines[n] ?? '')
    const hit = hits.find((h) => h.line === n)
    if (hit) cells.push({ column: hit.column, text })
    else if (!text || LABEL_LINE.test(text)) continue
    else if (TEMPLATE_CHARS.test(text) || !/[\u4e00-\u9fff]/.test(text)) return null
    else cells.push({ column: null, text })
  }
  const unknown = cells.filter((c) => c.column === null).map((c) => c.text)
  if (!unknown.length) return null
  const grouped = cells.some((c) => c.column === group)
  // Two levels: the top level's three (法人或其他组织 where the organisations stand), then the five.
  const top = expected.filter((c, i) => !ORGS.includes(c) || !ORGS.includes(expected[i - 1] ?? -1)).map((c) => (ORGS.includes(c) ? group : c))
  const order = grouped || cells.length === top.length + ORGS.length ? [...top, ...expected.filter((c) => ORGS.includes(c))] : [...expected]
  if (cells.length !== order.length) return unknown
  return cells.every((c, p) => c.column === null || c.column === order[p]) ? null : unknown
}
