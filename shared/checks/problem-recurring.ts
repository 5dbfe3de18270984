// PROBLEM_RECURRING: a problem category (other than `other`) named again the next year, or last
// year's planned improvement's category still a problem this year; and, by wording, a problem
// written again (close to one of last year's problems, whatever its category, `other` included)
// or a planned measure proposed again. Each pair of sentences is shown as evidence.
import type { Evidence, Flag } from '../model/flag'
import type { ProblemCategory } from '../model/report'
import { PROBLEM_CATEGORY_ZH } from '../analysis/problem-labels'
import { categoryChange } from '../analysis/problems-across-years'
import { pairEntries, type EntryPair } from '../analysis/problem-pairs'
import { flag, reportEvidence, type ReportContext } from './context'

/** Categories named again this year, and last year's planned improvements still a problem (not `other`). */
function recurringCategories(cur: ReportContext, prev: ReportContext): { again: ProblemCategory[]; planned: ProblemCategory[] } {
  const change = categoryChange(cur.report, prev.report)
  const again = change.recurring.filter((c) => c !== 'other')
  // A category both named last year and planned for is reported once, as named again.
  const planned = change.plannedButStillProblem.filter((c) => c !== 'other' && !again.includes(c))
  return { again, planned }
}

function pairEvidence(cur: ReportContext, prev: ReportContext, pairs: EntryPair[], kind: 'problems' | 'improvements'): Evidence[] {
  const word = kind === 'problems' ? '问题' : '改进措施'
  return pairs.flatMap((p) => {
    const loc = kind === 'problems' ? cur.extraction.provenance[`problems.${p.current}`]?.loc : undefined
    return [
      { kind: 'text', section: 'problems', text: `本年${word}：${p.currentText}`, ...(loc ? { loc } : {}) },
      { kind: 'text', section: 'problems', text: `${prev.report.year ?? '上'}年${word}（文字相似度 ${Math.round(p.similarity * 100)}%）：${p.previousText}` },
    ] satisfies Evidence[]
  })
}

export function checkProblemRecurring(cur: ReportContext, prev: ReportContext): Flag[] {
  const { again, planned } = recurringCategories(cur, prev)
  const problemPairs = pairEntries(cur.report.problems, prev.report.problems)
  const measurePairs = pairEntries(cur.report.improvements, prev.report.improvements)
  if (again.length === 0 && planned.length === 0 && problemPairs.length === 0 && measurePairs.length === 0) return []
  const parts: string[] = []
  if (again.length > 0) parts.push(`上年已列为问题、本年再次出现：${again.map((c) => PROBLEM_CATEGORY_ZH[c]).join('、')}`)
  if (planned.length > 0) parts.push(`上年已提出改进措施、本年仍是问题：${planned.map((c) => PROBLEM_CATEGORY_ZH[c]).join('、')}`)
  if (problemPairs.length > 0) parts.push(`${problemPairs.length} 条问题与上年所列问题文字相近`)
  if (measurePairs.length > 0) parts.push(`${measurePairs.length} 条改进措施与上年所提措施文字相近`)
  const cats = new Set([...again, ...planned])
  const paired = new Set(problemPairs.map((p) => p.current))
  const evidence: Evidence[] = []
  cur.report.problems.forEach((p, i) => {
    if (paired.has(i) || !p.categories.some((c) => cats.has(c))) return
    const loc = cur.extraction.provenance[`problems.${i}`]?.loc
    evidence.push({ kind: 'text', section: 'problems', text: p.text, ...(loc ? { loc } : {}) })
  })
  evidence.push(...pairEvidence(cur, prev, problemPairs, 'problems'), ...pairEvidence(cur, prev, measurePairs, 'improvements'))
  evidence.push(reportEvidence(prev, `${prev.report.year ?? '上'} 年报告的问题与改进措施`))
  return [flag('PROBLEM_RECURRING', `问题反复出现（与 ${prev.report.year ?? '上'} 年相比）：${parts.join('；')}。`, evidence)]
}
