// Table 三's two-level header printed a cell per line with its group heading in words the reader does
// not take for 法人或其他组织 (「申请人情况 / 单位 / 自然人 / 总计 / 商业企业 / … / 其他」, a real county
// report's shape): every leaf heading is recognised, so the lines' order was read as the columns' order
// (自然人, 总计, then the five), putting 总计 second — wrong wherever blank cells leave the rows' sums
// nothing to check. Here the top level (自然人, the group's line, 总计) is printed first and the five
// after it, so the group's line says where the five stand, as 法人或其他组织's line does
// (requests-columns.ts completeOrder). The sums cannot tell 自然人 from an organisation column; only the
// header can, and in a PDF's stream order 自然人 after the group's line proves nothing (rv24).
import { withoutTemplateNote, type HeadingHit } from './header-columns'
import { ORG_COLUMNS, TEMPLATE_HEADING_CHARS, withoutHeadingNotes } from './header-line-cells'

/** Row-label words over the label column, printed before the headings (申请人情况, 项目 …): no column. */
export const HEADER_LABEL_WORDS = '(?:申请人情况|申请人类型|申请人类别|申请人|项目|类别|类型|名称|内容|信息内容)'
const LABEL_LINE = new RegExp(`^${HEADER_LABEL_WORDS}$`)
/** A group heading is a few words (单位, 组织, 机构团体, 非自然人): no sentence, no number. */
export const GROUP_WORDS = /^[\u4e00-\u9fff]{2,8}$/

/** The columns' order of a two-level header whose group heading stands at `group` among the top level
 *  (自然人, 总计, in their printed order): the top level before it, the five where it stands, the rest after. */
export function orderAroundGroup(top: readonly HeadingHit[], orgs: readonly HeadingHit[], beforeGroup: (h: HeadingHit) => boolean): number[] {
  const cols = (hs: readonly HeadingHit[]): number[] => hs.map((h) => h.column)
  return [...cols(top.filter(beforeGroup)), ...cols(orgs), ...cols(top.filter((h) => !beforeGroup(h)))]
}

export interface UnitGroupLine {
  /** The group line's words. */
  text: string
  /** printed[p] = the template column printed p-th: the top level around the group, the five where it stands. */
  order: number[]
  /** 自然人's line after the group's. */
  naturalAfter: boolean
}

/**
 * The group line of a two-level header a cell per line, where the header's seven leaf headings are each
 * on a line of their own, 自然人 and 总计 before all five organisations, and exactly one line of unknown
 * words stands among the top level (between 自然人 and 总计, or right above the first of them). Null
 * where the header is not this shape (a recognised group heading is read by completeOrder as before).
 */
export function unitGroupLine(header: string, hits: readonly HeadingHit[], group: number): UnitGroupLine | null {
  if (hits.some((h) => h.column === group) || hits.length !== 7) return null
  if (new Set(hits.map((h) => h.line)).size !== 7 || new Set(hits.map((h) => h.column)).size !== 7) return null
  const byLine = [...hits].sort((a, b) => a.line - b.line)
  const top = byLine.slice(0, 2)
  const orgs = byLine.slice(2)
  if (!orgs.every((h) => ORG_COLUMNS.includes(h.column)) || top.some((h) => ORG_COLUMNS.includes(h.column))) return null
  const lines = withoutTemplateNote(header).split('\n')
  const texts = lines.map((l) => withoutHeadingNotes(l).replace(/[\s\u3000]+/g, ''))
  // A line of several cells (tabs, pipes, runs of spaces): not a cell per line.
  const single = (n: number): boolean => !/[\t|]|\S[ \u3000]{2,}\S/.test(lines[n] ?? '')
  // From the nearest non-empty line above the top level's first heading down to the first organisation's.
  let from = top[0]!.line - 1
  while (from >= 0 && !texts[from]) from--
  const unknown: number[] = []
  for (let n = Math.max(from, 0); n < orgs[0]!.line; n++) {
    if (hits.some((h) => h.line === n)) continue
    if (!single(n)) return null
    const t = texts[n] ?? ''
    // A line of the headings' characters may be the group too (「组织」, 「法人」): the seven leaves stand
    // whole on lines of their own, so it is no piece of a wrapped one (those pieces stand among the five).
    if (!t || LABEL_LINE.test(t) || (TEMPLATE_HEADING_CHARS.test(t) && /申请|情况|总计|合计|^其他$|^其它$/.test(t))) continue
    unknown.push(n)
  }
  // Between the five organisation headings: only they (a cell per line).
  for (let n = orgs[0]!.line; n <= orgs[4]!.line; n++) if (!hits.some((h) => h.line === n) && texts[n]) return null
  if (unknown.length !== 1 || !hits.every((h) => single(h.line))) return null
  const g = unknown[0]!
  const text = texts[g]!
  if (!GROUP_WORDS.test(text)) return null
  const natural = top.find((h) => h.column === 0)!
  return { text, order: orderAroundGroup(top, orgs, (h) => h.line < g), naturalAfter: natural.line > g }
}
