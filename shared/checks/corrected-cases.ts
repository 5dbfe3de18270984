// CORRECTED_CASES: table 四 shows 结果纠正 > 0, or the prose tells of cases lost (败诉) or corrected
// (纠错). A negated mention ("未发生…败诉或纠错", "未被…纠错") or a plan ("降低纠错率") is not a case.
import type { Evidence, Flag } from '../model/flag'
import { REVIEW_GROUPS } from '../model/report'
import { cell, flag, fmt, reviewCells, type ReportContext } from './context'
import { REVIEW_GROUP_ZH } from './labels'
import { clauseAt, isNegatedAt, reportSentences, type Sentence } from './text'

const CASE_WORD = /败诉|纠错|被(?:复议机关|法院|上级机关)?(?:依法)?纠正|被撤销/g
const PLAN_WORDS = /降低|减少|避免|防止|杜绝|防范|风险|纠错率|败诉率|预防/
// A rule for cases that may happen ("对于…败诉的单位，按照考核细则扣分"), not a case.
const CONDITIONAL = /对于|凡是?|如有|若有|一旦|如果/
// A count of none after the word ("败诉案件 0 件", "被纠错数为零"): the negation comes after it.
const NONE_AFTER = /^[^，,；;。\d]{0,10}?(?:0|零)(?![\d.])/

/** Sentences that tell of an actual lost or corrected case. */
export function correctedCaseMentions(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = []
  for (const s of sentences) {
    for (const m of s.text.matchAll(CASE_WORD)) {
      const at = m.index ?? 0
      if (isNegatedAt(s.text, at) || NONE_AFTER.test(s.text.slice(at + m[0].length))) continue
      const clause = clauseAt(s.text, at).text
      if (PLAN_WORDS.test(clause) || CONDITIONAL.test(clause)) continue
      out.push(s)
      break
    }
  }
  return out
}

export function checkCorrectedCases(ctx: ReportContext): Flag[] {
  const parts: string[] = []
  const evidence: Evidence[] = []
  for (const g of REVIEW_GROUPS) {
    const n = cell(ctx.report.reviewLitigation[g], 1)
    if (n !== null && n > 0) {
      parts.push(`${REVIEW_GROUP_ZH[g]} 结果纠正 ${fmt(n)} 件`)
      evidence.push(reviewCells(ctx, g, [1]))
    }
  }
  const mentions = correctedCaseMentions(reportSentences(ctx))
  for (const s of mentions.slice(0, 3)) evidence.push({ kind: 'text', text: s.text, ...(s.section ? { section: s.section } : {}), ...(s.loc ? { loc: s.loc } : {}) })
  if (parts.length === 0 && mentions.length === 0) return []
  const tablePart = parts.length > 0 ? `表四有结果纠正：${parts.join('；')}` : '表四未显示结果纠正'
  const prosePart = mentions.length > 0 ? `；正文提及败诉或纠错案件：“${mentions[0]!.text.slice(0, 60)}”` : ''
  return [flag('CORRECTED_CASES', `${tablePart}${prosePart}，请关注被纠错或败诉的原因。`, evidence)]
}
