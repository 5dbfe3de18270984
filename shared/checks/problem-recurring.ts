// PROBLEM_RECURRING: a problem category (other than `other`) named again the next year, or last
// year's planned improvement's category still a problem this year.
import type { Evidence, Flag } from '../model/flag'
import type { ProblemCategory } from '../model/report'
import { PROBLEM_CATEGORY_ZH } from '../analysis/problem-labels'
import { categoryChange } from '../analysis/problems-across-years'
import { flag, reportEvidence, type ReportContext } from './context'

/** Categories named again this year, and last year's planned improvements still a problem (not `other`). */
function recurringCategories(cur: ReportContext, prev: ReportContext): { again: ProblemCategory[]; planned: ProblemCategory[] } {
  const change = categoryChange(cur.report, prev.report)
  const again = change.recurring.filter((c) => c !== 'other')
  // A category both named last year and planned for is reported once, as named again.
  const planned = change.plannedButStillProblem.filter((c) => c !== 'other' && !again.includes(c))
  return { again, planned }
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
