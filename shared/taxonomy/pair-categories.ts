// A section 五 whose measures answer its problems one by one (as many measures as problems, two or
// more, in the same order): where one side of a pair was placed by a phrase rule and the other only by
// weaker evidence (concepts, the learned side's neighbours, the title's topic, a named staff member, a
// disclosed item), the weak side keeps only the categories the two share; sharing none, it keeps its own
// (a report may answer its problems in another order). Either side may be the weak one.
// Measured over every labelled set (tests/prose/MISSES.md, session 16): measures +41 / −6 entries,
// problems +17 / −7; no entry of the corpus changes.
// An entry placed by nothing (`other`) is left as it is: the taxonomy keeps aims of its own there.
// A measure and a problem that are partners by their words (answer-partners.ts) pair the same way in any
// order and in lists of any length; there a weak measure sharing no category with its problem takes the
// problem's (the problem says what is wrong, the measure's weak words only what it touches), while a weak
// problem never takes its measure's (session 21: problems taking them over turned 16 entries right, 11 wrong).
import type { ProblemCategory, ProblemEntry } from '../model/report'
import { answerPartners } from './answer-partners'
import type { DecidedBy } from './classify'

/** An entry with the step of classifyProblem that placed it. */
export interface PlacedEntry extends ProblemEntry {
  decidedBy?: DecidedBy
}

const WEAK: ReadonlySet<DecidedBy> = new Set<DecidedBy>(['concepts', 'learned', 'topic', 'assigned-staff', 'disclosed-item'])

/** `takeOver`: sharing none, the weak side takes the strong side's categories (a measure answering its problem by its words). */
function follow(weak: PlacedEntry, strong: PlacedEntry, takeOver = false): ProblemEntry {
  const shared = weak.categories.filter((c) => strong.categories.includes(c))
  if (!shared.length && takeOver) return { text: weak.text, categories: [...strong.categories], matchedWords: answeredWords(strong) }
  // Sharing none, the weak side keeps its own: the i-th measure need not answer the i-th problem (a
  // report may list them in another order; review rv16b: a site patrol taken for staff-capacity from
  // the problem beside it).
  if (!shared.length) return plainEntry(weak)
  const matchedWords: Partial<Record<ProblemCategory, string[]>> = {}
  for (const c of shared) matchedWords[c] = [...(weak.matchedWords?.[c] ?? [])]
  return { text: weak.text, categories: shared, matchedWords }
}

/** The problem's words as a measure's evidence, marked as its problem's (the view shows why). */
function answeredWords(problem: PlacedEntry): Partial<Record<ProblemCategory, string[]>> {
  const out: Partial<Record<ProblemCategory, string[]>> = {}
  for (const c of problem.categories) out[c] = (problem.matchedWords?.[c] ?? []).map((w) => `对应问题：${w}`)
  return out
}

/** The entry without the step that placed it (the report's shape). */
export const plainEntry = (e: PlacedEntry): ProblemEntry => ({ text: e.text, categories: e.categories, ...(e.matchedWords ? { matchedWords: e.matchedWords } : {}) })

/** The two lists with each pair's weak side following its strong side; entries as ProblemEntry (the step dropped). */
export function pairCategories(problems: readonly PlacedEntry[], improvements: readonly PlacedEntry[]): { problems: ProblemEntry[]; improvements: ProblemEntry[] } {
  const outP = problems.map(plainEntry)
  const outM = improvements.map(plainEntry)
  const partners = answerPartners(problems.map((e) => e.text), improvements.map((e) => e.text))
  const inOrder = problems.length >= 2 && problems.length === improvements.length
  improvements.forEach((m, i) => {
    const byWords = partners[i]!
    // A partner by words first; else, in lists of one length, the problem in the measure's place.
    const j = byWords >= 0 ? byWords : inOrder ? i : -1
    if (j < 0) return
    const p = problems[j]!
    if (p.decidedBy === 'rules' && m.decidedBy && WEAK.has(m.decidedBy)) outM[i] = follow(m, p, byWords >= 0)
    else if (m.decidedBy === 'rules' && p.decidedBy && WEAK.has(p.decidedBy)) outP[j] = follow(p, m)
  })
  return { problems: outP, improvements: outM }
}
