// Section 五 followed across the years of one body: for each problem category, the years it is
// named; for each year, which categories are new, recurring (named the year before too) or
// resolved (named the year before, not any more), which of last year's planned improvements are
// still a problem, and how much of the text is the same as the year before.
import type { Extraction } from '../model/extraction'
import type { ProblemCategory, Report } from '../model/report'
import { PROBLEM_CATEGORIES } from '../model/report'
import { PROBLEM_CATEGORY_ZH } from './problem-labels'
import { problemsSectionBody } from './section-five'
import { textSimilarity, type SimilarityScore } from './similarity'

export interface CategoryTimeline {
  category: ProblemCategory
  labelZh: string
  /** Years whose section 五 names this category as a problem, ascending. */
  problemYears: number[]
  /** Years whose section 五 plans an improvement in this category. */
  improvementYears: number[]
  /** Longest run of consecutive years as a problem. */
  longestRun: number
}

export interface YearProblems {
  year: number
  /** The report of the year before, if loaded (year − 1 exactly; a gap is not bridged). */
  previousYear: number | null
  categories: ProblemCategory[]
  /** Named this year, not last year (empty when there is no previous year). */
  new: ProblemCategory[]
  /** Named this year and last year. */
  recurring: ProblemCategory[]
  /** Named last year, not this year. */
  resolved: ProblemCategory[]
  /** Last year planned an improvement in the category, and it is still a problem this year. */
  plannedButStillProblem: ProblemCategory[]
  /** Section 五 text against last year's; null when either text is missing. */
  similarityToPrevious: SimilarityScore | null
}

export interface ProblemTimeline {
  years: number[]
  categories: CategoryTimeline[]
  perYear: YearProblems[]
}

function uniqueCategories(entries: { categories: ProblemCategory[] }[]): ProblemCategory[] {
  const set = new Set<ProblemCategory>()
  for (const e of entries) for (const c of e.categories) set.add(c)
  return PROBLEM_CATEGORIES.filter((c) => set.has(c))
}

/** The section 五 entries of one report. */
export type ProblemLists = Pick<Report, 'problems' | 'improvements'>

/** One year's categories against the year before's, each list in taxonomy order. */
export type CategoryChange = Pick<YearProblems, 'categories' | 'new' | 'recurring' | 'resolved' | 'plannedButStillProblem'>

/**
 * The one place that says which categories are new, recurring, resolved or planned-but-still-a-
 * problem (the timeline, the briefing slide and PROBLEM_RECURRING all read it). With no previous
 * report, nothing is new or recurring.
 */
export function categoryChange(cur: ProblemLists, prev: ProblemLists | null): CategoryChange {
  const categories = uniqueCategories(cur.problems)
  if (!prev) return { categories, new: [], recurring: [], resolved: [], plannedButStillProblem: [] }
  const before = new Set(uniqueCategories(prev.problems))
  const planned = new Set(uniqueCategories(prev.improvements))
  const now = new Set(categories)
  return {
    categories,
    new: categories.filter((c) => !before.has(c)),
    recurring: categories.filter((c) => before.has(c)),
    resolved: PROBLEM_CATEGORIES.filter((c) => before.has(c) && !now.has(c)),
    plannedButStillProblem: categories.filter((c) => planned.has(c)),
  }
}

function longestRun(years: number[]): number {
  let best = 0
  let run = 0
  let prev: number | null = null
  for (const y of years) {
    run = prev !== null && y === prev + 1 ? run + 1 : 1
    best = Math.max(best, run)
    prev = y
  }
  return best
}

export function followProblems(series: { year: number; extraction: Extraction }[]): ProblemTimeline {
  // One report per year (the first given), ascending.
  const byYear = new Map<number, Extraction>()
  for (const s of series) if (!byYear.has(s.year)) byYear.set(s.year, s.extraction)
  const years = [...byYear.keys()].sort((a, b) => a - b)

  const problemYears = new Map<ProblemCategory, number[]>()
  const improvementYears = new Map<ProblemCategory, number[]>()
  const perYear: YearProblems[] = []
  for (const year of years) {
    const ex = byYear.get(year)!
    for (const c of uniqueCategories(ex.report.problems)) problemYears.set(c, [...(problemYears.get(c) ?? []), year])
    for (const c of uniqueCategories(ex.report.improvements)) {
      improvementYears.set(c, [...(improvementYears.get(c) ?? []), year])
    }
    const prev = byYear.get(year - 1)
    const a = prev ? problemsSectionBody(ex) : null
    const b = prev ? problemsSectionBody(prev) : null
    perYear.push({
      year,
      previousYear: prev ? year - 1 : null,
      ...categoryChange(ex.report, prev?.report ?? null),
      similarityToPrevious: a !== null && b !== null ? textSimilarity(a, b) : null,
    })
  }
  const categories: CategoryTimeline[] = PROBLEM_CATEGORIES.filter(
    (c) => problemYears.has(c) || improvementYears.has(c),
  ).map((category) => {
    const py = problemYears.get(category) ?? []
    return {
      category,
      labelZh: PROBLEM_CATEGORY_ZH[category],
      problemYears: py,
      improvementYears: improvementYears.get(category) ?? [],
      longestRun: longestRun(py),
    }
  })
  return { years, categories, perYear }
}
