// Table 三's two-level header with its group heading in words the reader does not take for 法人或其他组织
// (单位, 组织, 非自然人 …), in the shapes requests-unit-group-line.ts (a cell per line) does not see:
// - run together on one line (a crawled page: 「申请人情况单位自然人总计商业企业…其他」): all seven leaves on
//   one line, 总计 before the organisations. The line is the two levels one after the other, not the
//   columns' order; only the group's words say where the five stand.
// - a pipe table (markdown; its pipes are tabs in the flat text) whose top level (「单位 | 自然人 | 总计」) and the five stand on lines of their
//   own: each heading's cell is its column, where every header line has as many cells.
// The rows' sums place 总计 only; they cannot tell 自然人 from an organisation column.
import { withoutTemplateNote, type HeadingHit, type HeadingWord } from './header-columns'
import { cellsOf, CELL_SEPARATOR, ORG_COLUMNS, TEMPLATE_HEADING_CHARS, withoutHeadingNotes } from './header-line-cells'

import { GROUP_WORDS, HEADER_LABEL_WORDS, orderAroundGroup } from './requests-unit-group-line'

const LABEL_WORDS = new RegExp(`^${HEADER_LABEL_WORDS}`)

export type GroupWordsOrder = { kind: 'order'; order: number[]; text: string; naturalAfter: boolean } | { kind: 'unproven'; line: string }

/**
 * The seven leaves run together on one line with 自然人 and 总计 before all five organisations (the two
 * levels printed one after the other). `order` where one short run of unknown words among the top level
 * places the five; `unproven` where nothing does; null for any other shape.
 */
export function groupWordsOneLine(header: string, hits: readonly HeadingHit[], words: readonly HeadingWord[], group: number): GroupWordsOrder | null {
  if (hits.some((h) => h.column === group) || hits.length !== 7 || new Set(hits.map((h) => h.column)).size !== 7) return null
  if (new Set(hits.map((h) => h.line)).size !== 1) return null
  const on = [...hits].sort((a, b) => a.at - b.at)
  const top = on.slice(0, 2)
  const orgs = on.slice(2)
  if (top.some((h) => ORG_COLUMNS.includes(h.column)) || !orgs.every((h) => ORG_COLUMNS.includes(h.column))) return null
  const text = withoutHeadingNotes(withoutTemplateNote(header).split('\n')[on[0]!.line] ?? '')
  // Only a header run together: headings set apart by spaces (pdftotext -layout, each over its column), tabs
  // or pipes (a grid's cells, a flat header in its own order) are read by their places.
  if (/[\s|]/.test(text.slice(on[0]!.at, on[6]!.at))) return null
  const cut = Math.max(...[...text.slice(0, on[0]!.at).matchAll(/[，。；,;\d]/g)].map((m) => m.index + 1), 0)
  const clean = (s: string): string => s.replace(/[\s\u3000|\t]+/g, '')
  // The words after a heading up to the next one, the heading itself taken off.
  const after = (h: HeadingHit, end: number): string => {
    const seg = clean(text.slice(h.at, end))
    const word = words.find((w) => w.column === h.column)!
    return seg.replace(new RegExp(`^(?:${word.re.source})`), '')
  }
  const gaps = [clean(text.slice(cut, top[0]!.at)).replace(LABEL_WORDS, ''), after(top[0]!, top[1]!.at), after(top[1]!, orgs[0]!.at)]
  const unknown = gaps.flatMap((g, i) => (g && !TEMPLATE_HEADING_CHARS.test(g) ? [i] : []))
  const line = on.map((h) => words.find((w) => w.column === h.column)!.name).join('」「')
  if (unknown.length !== 1 || gaps.some((g, i) => g && !unknown.includes(i))) return { kind: 'unproven', line }
  const g = unknown[0]!
  if (!GROUP_WORDS.test(gaps[g]!)) return { kind: 'unproven', line }
  const order = orderAroundGroup(top, orgs, (h) => top.indexOf(h) < g)
  return { kind: 'order', order, text: gaps[g]!, naturalAfter: top.findIndex((h) => h.column === 0) >= g }
}

/**
 * A pipe or tab table's header over several lines, the seven leaves each in a cell of its own, no group heading
 * recognised: the columns' order by the cells, where every line holding a heading has as many cells (one
 * grid). `unproven` where the lines' cells do not line up; null for any other shape.
 */
export function groupWordsPipeGrid(header: string, hits: readonly HeadingHit[], words: readonly HeadingWord[], group: number): GroupWordsOrder | null {
  if (hits.some((h) => h.column === group) || hits.length !== 7 || new Set(hits.map((h) => h.column)).size !== 7) return null
  const lineNos = [...new Set(hits.map((h) => h.line))]
  if (lineNos.length < 2) return null
  const lines = withoutTemplateNote(header).split('\n').map(withoutHeadingNotes)
  if (!lineNos.every((n) => /[\t|]/.test(lines[n] ?? ''))) return null
  const cellsBy = new Map(lineNos.map((n) => [n, cellsOf(lines[n]!, CELL_SEPARATOR)]))
  const cellOf = (h: HeadingHit): number => cellsBy.get(h.line)!.filter((c) => c.start <= h.at).length - 1
  const line = [...hits].sort((a, b) => a.line - b.line || a.at - b.at).map((h) => words.find((w) => w.column === h.column)!.name).join('」「')
  if (new Set([...cellsBy.values()].map((c) => c.length)).size !== 1) return { kind: 'unproven', line }
  if (new Set(hits.map(cellOf)).size !== 7) return { kind: 'unproven', line }
  const order = [...hits].sort((a, b) => cellOf(a) - cellOf(b)).map((h) => h.column)
  return { kind: 'order', order, text: '', naturalAfter: false }
}
