// A report's section 五 entries sorted again with the words the user added to the categories.
// Without user words the report is returned as extracted.
import type { ProblemEntry, Report } from '../model/report'
import { classifyProblem, type UserCategoryWords } from './classify'

export function hasUserWords(words: UserCategoryWords): boolean {
  return Object.values(words).some((list) => (list ?? []).some((w) => w.trim() !== ''))
}

function again(entries: ProblemEntry[], words: UserCategoryWords): ProblemEntry[] {
  return entries.map((e) => ({ text: e.text, ...classifyProblem(e.text, words) }))
}

export function recategorize(report: Report, words: UserCategoryWords): Report {
  if (!hasUserWords(words)) return report
  return {
    ...report,
    problems: again(report.problems, words),
    improvements: again(report.improvements, words),
    ...(report.priorDone ? { priorDone: again(report.priorDone, words) } : {}),
  }
}
