// A section 五 whose measures answer its problems one by one (as many measures as problems, two or
// more, in the same order): where one side of a pair was placed by a phrase rule and the other only by
// weaker evidence (concepts, the learned side's neighbours, the title's topic, a named staff member, a
// disclosed item), the weak side follows the strong one. It keeps the categories the two share, or, where
// they share none, takes the strong side's ("每周一次对网站各页面开展巡查", platform by its topic alone,
// answers "部分栏目更新不及时": update-gap). Either side may be the weak one.
// Measured over every labelled set (tests/prose/MISSES.md, session 16): measures +41 / −6 entries,
// problems +17 / −7; no entry of the corpus changes.
// An entry placed by nothing (`other`) is left as it is: the taxonomy keeps aims of its own there.
import type { ProblemCategory, ProblemEntry } from '../model/report'
import type { DecidedBy } from './classify'

/** An entry with the step of classifyProblem that placed it. */
export interface PlacedEntry extends ProblemEntry {
  decidedBy?: DecidedBy
}

const WEAK: ReadonlySet<DecidedBy> = new Set<DecidedBy>(['concepts', 'learned', 'topic', 'assigned-staff', 'disclosed-item'])

/** How an inherited category's evidence is shown: the partner's own words, marked as its. */
const FROM_PROBLEM = '对应问题：'
const FROM_MEASURE = '对应措施：'

function follow(weak: PlacedEntry, strong: PlacedEntry, mark: string): ProblemEntry {
  const shared = weak.categories.filter((c) => strong.categories.includes(c))
  const categories: ProblemCategory[] = shared.length ? shared : [...strong.categories]
  const matchedWords: Partial<Record<ProblemCategory, string[]>> = {}
  for (const c of categories) {
    matchedWords[c] = shared.length ? [...(weak.matchedWords?.[c] ?? [])] : (strong.matchedWords?.[c] ?? []).map((w) => mark + w)
  }
  return { text: weak.text, categories, matchedWords }
}

/** The entry without the step that placed it (the report's shape). */
export const plainEntry = (e: PlacedEntry): ProblemEntry => ({ text: e.text, categories: e.categories, ...(e.matchedWords ? { matchedWords: e.matchedWords } : {}) })

/** The two lists with each pair's weak side following its strong side; entries as ProblemEntry (the step dropped). */
export function pairCategories(problems: readonly PlacedEntry[], improvements: readonly PlacedEntry[]): { problems: ProblemEntry[]; improvements: ProblemEntry[] } {
  const outP = problems.map(plainEntry)
  const outM = improvements.map(plainEntry)
  if (problems.length < 2 || problems.length !== improvements.length) return { problems: outP, improvements: outM }
  problems.forEach((p, i) => {
    const m = improvements[i]!
    if (p.decidedBy === 'rules' && m.decidedBy && WEAK.has(m.decidedBy)) outM[i] = follow(m, p, FROM_PROBLEM)
    else if (m.decidedBy === 'rules' && p.decidedBy && WEAK.has(p.decidedBy)) outP[i] = follow(p, m, FROM_MEASURE)
  })
  return { problems: outP, improvements: outM }
}
