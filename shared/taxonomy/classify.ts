// Sorting a section 五 problem or improvement into the categories of problem-taxonomy.md, by
// dictionaries that ship with the app (rules.ts). Explainable: every category comes with the words
// of the text that decided it; `other` when no rule fires, or when the title names an aim no
// category covers (its own words in rules.ts).
import type { ProblemCategory } from '../model/report'
import { CATEGORY_RULES } from './rules'

export interface Classification {
  categories: ProblemCategory[]
  matchedWords: Partial<Record<ProblemCategory, string[]>>
}

/** The entry's title: its text up to the first full stop (the whole text if there is none). */
function headOf(text: string): string {
  const stop = text.search(/[。！？]/)
  return stop < 0 ? text : text.slice(0, stop + 1)
}

export function classifyProblem(text: string): Classification {
  const all = text.replace(/\s+/g, '')
  const head = headOf(all)
  const matchedWords: Partial<Record<ProblemCategory, string[]>> = {}
  const categories: ProblemCategory[] = []
  for (const rule of CATEGORY_RULES) {
    const words: string[] = []
    for (const re of rule.anywhere) {
      const m = re.exec(all)
      if (m) words.push(m[0])
    }
    for (const re of rule.inHead ?? []) {
      const m = re.exec(head)
      if (m) words.push(m[0])
    }
    if (words.length) {
      categories.push(rule.category)
      matchedWords[rule.category] = [...new Set(words)]
    }
  }
  if (categories.length === 0) {
    categories.push('other')
    matchedWords.other = []
  }
  return { categories, matchedWords }
}
