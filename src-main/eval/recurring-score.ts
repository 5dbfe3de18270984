// "Every recurring problem of the corpus's multi-year series found": for each report whose previous
// year is in the corpus, the problems that recur by the gold (a category other than `other` named
// again, or planned for last year and still a problem, as checks.md's PROBLEM_RECURRING defines
// it), against what the extracted reports give: the categories categoryChange finds, and, per gold
// entry that recurs, whether the extracted entry at its place is covered (its category recurs, or
// its wording is paired with one of last year's problems).
import type { ProblemCategory, ProblemEntry, Report } from '../../shared/model/report'
import { categoryChange } from '../../shared/analysis/problems-across-years'
import { pairEntries } from '../../shared/analysis/problem-pairs'

type Lists = Pick<Report, 'problems' | 'improvements'>
interface GoldLists {
  problems: { categories: string[] }[]
  improvements: { categories: string[] }[]
}

const catsOf = (entries: { categories: readonly string[] }[]): Set<string> => new Set(entries.flatMap((e) => [...e.categories]))

/** The categories that recur by the gold lists (named again, or planned last year and still a problem). */
export function goldRecurring(cur: GoldLists, prev: GoldLists): string[] {
  const before = new Set([...catsOf(prev.problems), ...catsOf(prev.improvements)])
  return [...catsOf(cur.problems)].filter((c) => c !== 'other' && before.has(c)).sort()
}

/** The categories that recur by the extracted reports. */
export function foundRecurring(cur: Lists, prev: Lists): string[] {
  const change = categoryChange(cur, prev)
  return [...new Set<ProblemCategory>([...change.recurring, ...change.plannedButStillProblem])].filter((c) => c !== 'other').sort()
}

export interface RecurringCounts {
  pairs: number
  categories: number
  categoriesFound: number
  /** Categories found recurring that the gold does not have. */
  extra: number
  entries: number
  entriesFound: number
  /** Of those, paired by wording with one of last year's problems (whatever the categories). */
  entriesByWording: number
  misses: string[]
}

export class RecurringTally {
  readonly t: RecurringCounts = { pairs: 0, categories: 0, categoriesFound: 0, extra: 0, entries: 0, entriesFound: 0, entriesByWording: 0, misses: [] }

  add(label: string, cur: Lists, prev: Lists, curGold: GoldLists, prevGold: GoldLists): void {
    const want = goldRecurring(curGold, prevGold)
    const got = foundRecurring(cur, prev)
    const t = this.t
    t.pairs++
    t.categories += want.length
    for (const c of want) {
      if (got.includes(c)) t.categoriesFound++
      else t.misses.push(`${label}: recurring ${c} not found`)
    }
    for (const c of got) {
      if (want.includes(c)) continue
      t.extra++
      t.misses.push(`${label}: ${c} found recurring, the gold does not say so`)
    }
    const paired = new Set(pairEntries(cur.problems, prev.problems).map((p) => p.current))
    curGold.problems.forEach((g, i) => {
      if (!g.categories.some((c) => want.includes(c))) return
      t.entries++
      if (paired.has(i)) t.entriesByWording++
      const e: ProblemEntry | undefined = cur.problems[i]
      if (e && (paired.has(i) || e.categories.some((c) => got.includes(c)))) t.entriesFound++
      else t.misses.push(`${label}: recurring problem ${i + 1} not marked`)
    })
  }

  summary(): string {
    const t = this.t
    return `五 跨年反复问题 (recurring, ${t.pairs} 对相邻年份): 类别 ${t.categoriesFound}/${t.categories}，条目 ${t.entriesFound}/${t.entries}（其中按文字相近配对 ${t.entriesByWording}），多报 ${t.extra}`
  }

  figures(): Record<string, number> {
    const t = this.t
    const p = (n: number, d: number): number => (d ? Math.floor((1000 * n) / d) / 10 : 100)
    return { section5Recurring: Math.min(p(t.categoriesFound, t.categories), p(t.entriesFound, t.entries)) }
  }
}
