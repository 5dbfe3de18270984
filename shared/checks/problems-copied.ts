// PROBLEMS_COPIED: section 五 is (nearly) the same text as last year's. Both scores are shown; the
// flag fires when either reaches the threshold (the bigram score also catches reordered copies).
import type { Flag } from '../model/flag'
import { problemsSectionBody } from '../analysis/section-five'
import { textSimilarity, type SimilarityScore } from '../analysis/similarity'
import { flag, reportEvidence, type ReportContext } from './context'

export function problemsSimilarity(cur: ReportContext, prev: ReportContext): SimilarityScore | null {
  // Only the section texts are compared: the listed entries alone are too short to judge copying.
  if (!cur.extraction.sectionText.problems || !prev.extraction.sectionText.problems) return null
  const a = problemsSectionBody(cur.extraction)
  const b = problemsSectionBody(prev.extraction)
  if (a === null || b === null || a.trim().length < 20 || b.trim().length < 20) return null
  return textSimilarity(a, b)
}

export function checkProblemsCopied(cur: ReportContext, prev: ReportContext): Flag[] {
  const score = problemsSimilarity(cur, prev)
  if (!score) return []
  const t = cur.settings.copiedSimilarity
  if (score.sequenceMatcherRatio < t && score.charBigramDice < t) return []
  const sec = cur.extraction.sectionText.problems!
  return [
    flag(
      'PROBLEMS_COPIED',
      `“五、存在的主要问题及改进情况”与 ${prev.report.year ?? '上'} 年报告高度雷同：文字序列相似度 ${(score.sequenceMatcherRatio * 100).toFixed(1)}%，字符二元组相似度 ${(score.charBigramDice * 100).toFixed(1)}%（阈值 ${Math.round(t * 100)}%）。`,
      [
        { kind: 'text', section: 'problems', text: sec.text, loc: sec.loc },
        reportEvidence(prev, `上年“五”部分；本年文字中 ${(score.shareOfThisYearBigramsInLastYear * 100).toFixed(1)}% 的二元组见于上年`),
      ],
    ),
  ]
}
