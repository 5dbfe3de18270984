// Session 20 (s5t): a title naming an aim the taxonomy leaves to `other` (考核, 审核, 档案…) keeps the
// entry `other` unless nearly all its learned neighbours carry one category (classify.ts LEARNED_AIM_FILL).
// Texts and labelled neighbours written for these tests; a small learned index of their own, so that the
// share the neighbours give is known.
import { describe, expect, it } from 'vitest'
import { classifyProblem, LEARNED_AIM_FILL, LEARNED_FILL } from '../../shared/taxonomy/classify'
import { buildIndex, scoreLearned } from '../../shared/taxonomy/ngram-knn'

// Every neighbour is a standardization entry: the share is 1.
const AGREEING = buildIndex([
  { text: '政务公开考核办法不完善，指标设置不统一', categories: ['standardization'] },
  { text: '制定政务公开考核办法，统一考核指标', categories: ['standardization'] },
])

// The neighbours part between two categories: below the aim's share, above the plain fill's.
const PARTING = buildIndex([
  { text: '政务公开考核办法不完善，指标设置不统一', categories: ['standardization'] },
  { text: '制定政务公开考核办法，统一考核指标', categories: ['standardization'] },
  { text: '政务公开考核办法不够完善，结果未通报', categories: ['other'] },
])

describe('a title naming an aim left to other', () => {
  const text = '政务公开考核办法不够完善。'

  it('is other where no learned side is asked: no words place it', () => {
    expect(classifyProblem(text, {}, null).categories).toEqual(['other'])
  })

  it('takes the category nearly all the neighbours carry', () => {
    const top = scoreLearned(AGREEING, text)[0]!
    expect(top).toMatchObject({ category: 'standardization' })
    expect(top.score).toBeGreaterThanOrEqual(LEARNED_AIM_FILL)
    expect(classifyProblem(text, {}, AGREEING)).toMatchObject({ decidedBy: 'learned', categories: ['standardization'] })
  })

  it('stays other where the neighbours part, though they reach the plain fill’s share', () => {
    const top = scoreLearned(PARTING, text)[0]!
    expect(top.score).toBeGreaterThanOrEqual(LEARNED_FILL)
    expect(top.score).toBeLessThan(LEARNED_AIM_FILL)
    expect(classifyProblem(text, {}, PARTING).categories).toEqual(['other'])
  })
})
