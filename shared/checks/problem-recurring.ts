// PROBLEM_RECURRING: a problem category (other than `other`) named again the next year, or last
// year's planned improvement's category still a problem this year.
import type { Evidence, Flag } from '../model/flag'
import type { ProblemCategory, ProblemEntry } from '../model/report'
import { PROBLEM_CATEGORIES } from '../model/report'
import { PROBLEM_CATEGORY_ZH } from '../analysis/problem-labels'
import { flag, reportEvidence, type ReportContext } from './context'

function categoriesOf(entries: ProblemEntry[]): Set<ProblemCategory> {
  const s = new Set<ProblemCategory>()
  for (const e of entries) for (const c of e.categories) if (c !== 'other') s.add(c)
  return s
}

export function recurringCategories(cur: ReportContext, prev: ReportContext): { again: ProblemCategory[]; planned: ProblemCategory[] } {
  const now = categoriesOf(cur.report.problems)
  const before = categoriesOf(prev.report.problems)
  const planned = categoriesOf(prev.report.improvements)
  return {
    again: PROBLEM_CATEGORIES.filter((c) => now.has(c) && before.has(c)),
    planned: PROBLEM_CATEGORIES.filter((c) => now.has(c) && planned.has(c) && !before.has(c)),
  }
}

export function checkProblemRecurring(cur: ReportContext, prev: ReportContext): Flag[] {
  const { again, planned } = recurringCategories(cur, prev)
  if (again.length === 0 && planned.length === 0) return []
  const parts: string[] = []
  if (again.length > 0) parts.push(`上年已列为问题、本年再次出现：${again.map((c) => PROBLEM_CATEGORY_ZH[c]).join('、')}`)
  if (planned.length > 0) parts.push(`上年已提出改进措施、本年仍是问题：${planned.map((c) => PROBLEM_CATEGORY_ZH[c]).join('、')}`)
  const cats = new Set([...again, ...planned])
  const evidence: Evidence[] = []
  cur.report.problems.forEach((p, i) => {
    if (!p.categories.some((c) => cats.has(c))) return
    const loc = cur.extraction.provenance[`problems.${i}`]?.loc
    evidence.push({ kind: 'text', section: 'problems', text: p.text, ...(loc ? { loc } : {}) })
  })
  evidence.push(reportEvidence(prev, `${prev.report.year ?? '上'} 年报告的问题与改进措施`))
  return [flag('PROBLEM_RECURRING', `问题反复出现（与 ${prev.report.year ?? '上'} 年相比）：${parts.join('；')}。`, evidence)]
}
