// Two more shapes of table 四 met in new-user reports, both read by their labels:
//  - printed vertically, one result per line under each group (行政复议 | 结果维持 | 1, | 结果纠正 | 0 …):
//    each number is the cell of the result word right before it;
//  - printed as separate tables, in any order (（一）行政诉讼情况: 未经复议直接起诉 · 复议后起诉, 10
//    cells; （二）行政复议情况: 5 cells): each run of cells belongs to the group(s) its own caption names.
import type { ReviewLitigation, ReviewRow } from '../model/report'
import type { CellToken } from './cells'
import { fuzzy } from './row-labels'
import type { ExtractionNote } from '../model/extraction'
import type { SumRule } from './digit-split'
import { dashesInAll, mergedReadings, tokensByLine } from './line-merges'
import { BROKEN_ROW_NOTE } from './review-broken-row'

export type Group = keyof ReviewLitigation
export interface GroupMention {
  group: Group
  start: number
  end: number
}

/** The five result words in the template's order (维持, 纠正, 其他, 尚未审结, 总计), alone between cells. */
const RESULT_WORDS: RegExp[] = [
  new RegExp(`^(?:${fuzzy('结果维持')}|${fuzzy('维持')})$`),
  new RegExp(`^(?:${fuzzy('结果纠正')}|${fuzzy('纠正')})$`),
  new RegExp(`^(?:${fuzzy('其他结果')}|${fuzzy('其他')})$`),
  new RegExp(`^(?:${fuzzy('尚未审结')}|${fuzzy('未审结')})$`),
  new RegExp(`^(?:${fuzzy('总计')}|${fuzzy('合计')}|${fuzzy('小计')})$`),
]

/**
 * The words between two cells, without separators, the closing bracket of a group label
 * (行政诉讼（未经复议直接起诉）) and the unit of the cell before (6件).
 */
const bare = (s: string): string => s.replace(/[\s\u3000\t\uE000|）)：:件]+/g, '')

export interface ShapeReading {
  table: ReviewLitigation
  span: { start: number; end: number }
  /** Per group, which of its five cells were printed as a dash (for the dash rule of review-dashes.ts). */
  dashes: Partial<Record<Group, boolean[]>>
}

/** The group's five cells, each right after its own result word; null unless all five are there once. */
function verticalGroup(text: string, from: number, tokens: CellToken[]): { row: ReviewRow; dashes: boolean[] } | null {
  const row: ReviewRow = [null, null, null, null, null]
  const dashes = [false, false, false, false, false]
  const seen = new Set<number>()
  let prevEnd = from
  for (const t of tokens) {
    const word = bare(text.slice(prevEnd, t.start))
    // An empty cell right after a cell is the merged group column of the next line (converters print it empty).
    if (word === '' && t.value === null && t.digits === '' && prevEnd > from) {
      prevEnd = t.end
      continue
    }
    const at = RESULT_WORDS.findIndex((re) => re.test(word))
    if (at < 0 || seen.has(at)) return null
    seen.add(at)
    row[at] = t.value
    dashes[at] = t.dash === true
    prevEnd = t.end
  }
  return seen.size === 5 ? { row, dashes } : null
}

/** Table 四 printed one result per line: every group's cells by their result words. */
export function readVertical(text: string, labels: GroupMention[], tokens: CellToken[]): ShapeReading | null {
  const table: ReviewLitigation = { review: null, litigationDirect: null, litigationAfterReview: null }
  const dashes: ShapeReading['dashes'] = {}
  let start = Infinity
  let end = 0
  labels.forEach((l, i) => {
    const to = labels[i + 1]?.start ?? text.length
    const cells = tokens.filter((t) => t.start >= l.end && t.start < to)
    // The group's five cells (and the empty group-column cells between them), nothing left over.
    const read = verticalGroup(text, l.end, cells)
    if (!read) return
    table[l.group] = read.row
    dashes[l.group] = read.dashes
    start = Math.min(start, l.start)
    end = Math.max(end, cells[cells.length - 1]!.end)
  })
  return table.review && table.litigationDirect && table.litigationAfterReview ? { table, span: { start, end }, dashes } : null
}

const DIRECT = new RegExp(fuzzy('直接起诉'), 'g')
const AFTER = new RegExp(`${fuzzy('复议后起诉')}|${fuzzy('经复议起诉')}`, 'g')
const REVIEW = new RegExp(fuzzy('行政复议'), 'g')
const LITIGATION = new RegExp(fuzzy('行政诉讼'), 'g')

/** Where `re` last matches in `s` (-1 when nowhere). */
function lastAt(s: string, re: RegExp): number {
  let at = -1
  re.lastIndex = 0
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index
  return at
}

/**
 * The groups a caption names for its cells: 10 cells under 未经复议直接起诉 · 复议后起诉 (in that order),
 * or 5 cells under the group named last before them (the nearest sub-heading; 行政诉讼 alone names
 * no one group).
 */
function captionGroups(caption: string, cells: number): Group[] | null {
  const d = lastAt(caption, DIRECT)
  const a = lastAt(caption, AFTER)
  if (cells === 10) return d >= 0 && a > d ? ['litigationDirect', 'litigationAfterReview'] : null
  if (cells !== 5) return null
  const named: [Group | null, number][] = [['review', lastAt(caption, REVIEW)], [null, lastAt(caption, LITIGATION)], ['litigationDirect', d], ['litigationAfterReview', a]]
  const nearest = named.reduce((x, y) => (y[1] > x[1] ? y : x))
  return nearest[1] >= 0 && nearest[0] ? [nearest[0]] : null
}

/** The group sums of a run of `groups` groups of five (维持+纠正+其他+尚未审结 = 总计). */
const groupRules = (groups: number): SumRule[] => Array.from({ length: groups }, (_, g) => ({ parts: [g * 5, g * 5 + 1, g * 5 + 2, g * 5 + 3], total: g * 5 + 4 }))

/**
 * A run printed over 2–3 lines with several numbers on a line (its 总计 cells wrapped higher,
 * pdftotext -layout: 「22 11 26」 over 「8 5 0 9 6 9 0」, review rv24 Y_V02): the text's order is one
 * merge of the lines of several (line-merges.ts). The one merge whose group sums hold is read; where
 * several hold, only the cells they agree on; where none, nothing — a failing sum proves no slip of
 * the report's when the order itself is in doubt. Null where the run is not so printed.
 */
function wrappedRunReading(text: string, run: CellToken[], groups: Group[], notes: ExtractionNote[]): { cells: (number | null)[]; dashes: number[] } | null {
  // A number a line (a cell per line) is no wrap: the text's order is the cells'.
  if (run.some((t) => t.value === null || t.glued) || tokensByLine(text, run).every((l) => l.length === 1)) return null
  const merged = mergedReadings(text, run, groupRules(groups.length))
  if (!merged) return null
  const { holding } = merged
  const cells = holding.length ? holding[0]!.row.map((v, c) => (holding.every((r) => r.row[c] === v) ? v : null)) : run.map(() => null)
  const dashes = dashesInAll(holding)
  for (const [k, g] of groups.entries()) {
    const n = cells.slice(k * 5, k * 5 + 5).filter((v) => v === null).length
    if (!n) continue
    notes.push({
      field: `reviewLitigation.${g}`,
      message: holding.length
        ? `表四的数字在文本中分成 ${merged.lines} 行，文本中的先后不一定是格子的顺序，合乎各组合计的排法有 ${holding.length} 种，本组 ${n} 格不能唯一确定，未读取。`
        : BROKEN_ROW_NOTE,
    })
  }
  return { cells, dashes }
}

/** Table 四 printed as separate tables: runs of 5 or 10 cells, each given to the groups its caption names. */
export function readSeparateTables(text: string, runs: CellToken[][], notes: ExtractionNote[] = []): ShapeReading | null {
  const table: ReviewLitigation = { review: null, litigationDirect: null, litigationAfterReview: null }
  const dashes: ShapeReading['dashes'] = {}
  let prevEnd = 0
  for (const run of runs) {
    const groups = captionGroups(text.slice(prevEnd, run[0]!.start), run.length)
    if (!groups) return null
    const merged = wrappedRunReading(text, run, groups, notes)
    for (const [k, g] of groups.entries()) {
      if (table[g]) return null
      table[g] = merged ? merged.cells.slice(k * 5, k * 5 + 5) : run.slice(k * 5, k * 5 + 5).map((t) => t.value)
      dashes[g] = merged ? merged.cells.slice(k * 5, k * 5 + 5).map((_, c) => merged.dashes.includes(k * 5 + c)) : run.slice(k * 5, k * 5 + 5).map((t) => t.dash === true)
    }
    prevEnd = run[run.length - 1]!.end
  }
  if (!table.review || !table.litigationDirect || !table.litigationAfterReview) return null
  return { table, span: { start: runs[0]![0]!.start, end: prevEnd }, dashes }
}
