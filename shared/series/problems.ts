// Section 五 across two years, kept simple: which problem categories a year names, and whether
// the year before named them too (recurring) or planned an improvement for them.
import type { ProblemCategory } from '../model/report'
import type { ReportItem } from './types'
import { byYear } from './items'
import { PROBLEM_CATEGORY_ZH } from '../analysis/problem-labels'
import { categoryChange } from '../analysis/problems-across-years'

export interface ProblemStatus {
  category: ProblemCategory
  labelZh: string
  /** Named among last year's problems too. */
  recurring: boolean
  /** Last year planned an improvement in this category. */
  plannedLastYear: boolean
  /** This year's problem texts in the category. */
  texts: string[]
}

export interface ProblemComparison {
  year: number
  /** false when there is no report for year − 1 (then nothing can be called new or recurring). */
  hasPreviousYear: boolean
  current: ProblemStatus[]
  /** Categories named last year and not this year. */
  gone: { category: ProblemCategory; labelZh: string }[]
}

export function compareProblems(items: readonly ReportItem[], year: number): ProblemComparison | null {
  const map = byYear(items)
  const cur = map.get(year)?.extraction.report
  if (!cur) return null
  const prev = map.get(year - 1)?.extraction.report
  const change = categoryChange(cur, prev ?? null)
  const planned = new Set(change.plannedButStillProblem)
  const byCat = new Map<ProblemCategory, string[]>()
  for (const p of cur.problems) {
    for (const c of p.categories) byCat.set(c, [...(byCat.get(c) ?? []), p.text])
  }
  const current: ProblemStatus[] = [...byCat.entries()].map(([category, texts]) => ({
    category,
    labelZh: PROBLEM_CATEGORY_ZH[category],
    recurring: change.recurring.includes(category),
    plannedLastYear: planned.has(category),
    texts,
  }))
  const gone = change.resolved.map((category) => ({ category, labelZh: PROBLEM_CATEGORY_ZH[category] }))
  return { year, hasPreviousYear: prev !== undefined, current, gone }
}
