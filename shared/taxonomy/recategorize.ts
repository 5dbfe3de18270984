// A report's section 五 entries sorted again with the words the user added to the categories.
// Without user words the report is returned as extracted. The library re-categorises every report
// each time it is read, so the sorting of each text is remembered for the current words.
import type { ProblemEntry, Report } from '../model/report'
import { classifyProblem, type Classification, type UserCategoryWords } from './classify'
import { pairCategories, plainEntry, type PlacedEntry } from './pair-categories'

export function hasUserWords(words: UserCategoryWords): boolean {
  return Object.values(words).some((list) => (list ?? []).some((w) => w.trim() !== ''))
}

/** Sorted texts for one set of words (a new set of words starts afresh); bounded. */
const memo = { key: '', byText: new Map<string, Classification>() }
const MEMO_LIMIT = 50_000

function classifyRemembered(text: string, words: UserCategoryWords, key: string): Classification {
  if (memo.key !== key || memo.byText.size > MEMO_LIMIT) memo.byText = new Map()
  memo.key = key
  let c = memo.byText.get(text)
  if (!c) {
    c = classifyProblem(text, words)
    memo.byText.set(text, c)
  }
  return c
}

function again(entries: ProblemEntry[], words: UserCategoryWords, key: string): PlacedEntry[] {
  return entries.map((e) => {
    const c = classifyRemembered(e.text, words, key)
    return { text: e.text, categories: [...c.categories], matchedWords: structuredClone(c.matchedWords), decidedBy: c.decidedBy }
  })
}

export function recategorize(report: Report, words: UserCategoryWords): Report {
  if (!hasUserWords(words)) return report
  const key = JSON.stringify(words)
  // A measure and the problem it answers placed together, as the extractor does (pair-categories.ts).
  const lists = pairCategories(again(report.problems, words, key), again(report.improvements, words, key))
  return {
    ...report,
    problems: lists.problems,
    improvements: lists.improvements,
    ...(report.priorDone ? { priorDone: again(report.priorDone, words, key).map(plainEntry) } : {}),
  }
}
