// Table 四's fifteen columns by their header labels: the three groups (行政复议, 未经复议直接起诉,
// 复议后起诉) and in each the five results (维持, 纠正, 其他, 尚未审结, 总计) may be printed in another
// order than the template's. Read by the labels where they give one complete mapping; where the labels
// found stand against the template's order without one, the table is refused (header-columns.ts).
import { fuzzy } from './row-labels'
import { ascending, headingHits, mapOf, type ColumnMap, type HeadingHit, type HeadingWord } from './header-columns'

const LITIGATION = 9
const GROUP_WORDS: HeadingWord[] = [
  { column: 1, name: '未经复议直接起诉', re: new RegExp(fuzzy('直接起诉')) },
  { column: 2, name: '复议后起诉', re: new RegExp(`${fuzzy('复议后起诉')}|${fuzzy('复议後起诉')}|${fuzzy('经复议起诉')}`) },
  { column: 0, name: '行政复议', re: new RegExp(fuzzy('行政复议')) },
  { column: LITIGATION, name: '行政诉讼', re: new RegExp(fuzzy('行政诉讼')) },
]
const RESULT_WORDS: HeadingWord[] = [
  { column: 3, name: '尚未审结', re: new RegExp(`${fuzzy('尚未审结')}|${fuzzy('未审结')}`) },
  { column: 0, name: '维持', re: new RegExp(fuzzy('维持')) },
  { column: 1, name: '纠正', re: new RegExp(fuzzy('纠正')) },
  { column: 2, name: '其他', re: new RegExp(fuzzy('其他')) },
  { column: 4, name: '总计', re: new RegExp(`${fuzzy('总计')}|${fuzzy('合计')}`) },
]

type Order = number[] | 'template' | 'contradicts'

/** The groups' order: all three on one line; or 行政复议 · 行政诉讼 on one line, its two groups on another. */
function groupOrder(hits: HeadingHit[]): Order {
  const groups = hits.filter((h) => h.column !== LITIGATION)
  const byLine = new Map<number, HeadingHit[]>()
  for (const h of groups) byLine.set(h.line, [...(byLine.get(h.line) ?? []), h])
  const lines = [...byLine.values()]
  const once = new Set(groups.map((h) => h.column)).size === groups.length
  const full = lines.find((l) => l.length === 3 && new Set(l.map((h) => h.column)).size === 3)
  if (full) return full.map((h) => h.column)
  const review = groups.filter((h) => h.column === 0)
  const lit = hits.filter((h) => h.column === LITIGATION)
  const pair = lines.find((l) => l.length === 2 && l.every((h) => h.column !== 0))
  if (once && review.length === 1 && pair) {
    const top = lit.find((h) => h.line === review[0]!.line)
    if (top) return top.at > review[0]!.at ? [0, ...pair.map((h) => h.column)] : [...pair.map((h) => h.column), 0]
  }
  // Not complete: against the template only where one line shows another order.
  return lines.some((l) => !ascending(l.map((h) => h.column))) ? 'contradicts' : 'template'
}

/** The results' order: every run of five on a line the same; runs with a heading missing say only whether they agree with the template. */
function resultOrder(hits: HeadingHit[]): Order {
  const runs: number[][] = []
  let run: number[] = []
  let line = -1
  for (const h of hits) {
    if (h.line !== line || run.includes(h.column)) {
      if (run.length) runs.push(run)
      run = []
      line = h.line
    }
    run.push(h.column)
  }
  if (run.length) runs.push(run)
  const whole = runs.filter((r) => r.length === 5)
  if (whole.length && whole.every((r) => r.join() === whole[0]!.join())) {
    if (runs.every((r) => r.length === 5 || ascending(withoutTotal(r)))) return whole[0]!
    return 'contradicts'
  }
  return runs.some((r) => !ascending(withoutTotal(r))) ? 'contradicts' : 'template'
}

// A wrapped two-level header prints 总计 (one line tall) before the wrapped 其他/尚未审结 pieces: in a
// part of a run its place says nothing about the order (as for table 三's 总计).
const withoutTotal = (run: number[]): number[] => run.filter((c) => c !== 4)

/** Where each of the fifteen printed cells belongs, from the header before the data row. */
export function reviewColumnMap(header: string): ColumnMap {
  const groups = groupOrder(headingHits(header, GROUP_WORDS))
  const results = resultOrder(headingHits(header, RESULT_WORDS))
  if (groups === 'contradicts' || results === 'contradicts') {
    return { kind: 'refused', message: '表四表头的组别或结果列的先后与模板不同，又不能逐列对应，各格数字属于哪一项无法确定，未读取。' }
  }
  const g = groups === 'template' ? [0, 1, 2] : groups
  const r = results === 'template' ? [0, 1, 2, 3, 4] : results
  return mapOf(g.flatMap((gi) => r.map((ri) => gi * 5 + ri)))
}

export const REVIEW_ORDER_NOTE = '表四各格按表头的组别和列名对应（表头的列序与模板不同）。'
