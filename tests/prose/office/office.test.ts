// The office-wording texts and sentences of texts.ts (written by helper j11e; first-run figures there).
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../../shared/extract/problems'
import { classifyProblem } from '../../../shared/taxonomy/classify'
import { caseScoreLine, scoreCases } from '../../../src-main/eval/problems-score'
import { OFFICE_SENTENCES, OFFICE_TEXTS } from './texts'

describe('section 五 in office wordings (helper-written, not blind)', () => {
  it('splits and categorises every entry of the office texts, last year’s fixes apart', () => {
    const s = scoreCases(OFFICE_TEXTS, splitProblems)
    console.log(caseScoreLine('office texts', s))
    expect(s.misses).toEqual([])
  })

  it('sorts at least 95 % of the office sentences alone into exactly their category', () => {
    const wrong = OFFICE_SENTENCES.filter(([want, text]) => {
      const got = classifyProblem(text).categories
      return !(got.length === 1 && got[0] === want)
    })
    console.log(`office sentences: ${OFFICE_SENTENCES.length - wrong.length}/${OFFICE_SENTENCES.length}`)
    for (const [want, text] of wrong) console.log(`    ${want}: ${text}`)
    expect(OFFICE_SENTENCES.length - wrong.length).toBeGreaterThanOrEqual(Math.ceil(OFFICE_SENTENCES.length * 0.95))
  })
})
