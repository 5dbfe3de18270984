// Session 21 (s521): a measure and the problem it answers told by their words (shared/taxonomy/answer-partners.ts),
// in any order and in lists of any length; a weak measure sharing no category with its word partner takes the
// problem's (pair-categories.ts). Texts written for these tests; each shows first what the entry alone is given.
// (Session 29: every entry here is read without the learned side (null): the mechanism is the words' and the
// pairing's; the learned side, which now holds the tuned holdouts, places some of these invented entries itself.)
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'
import { answerPartners } from '../../shared/taxonomy/answer-partners'
import { classifyProblem } from '../../shared/taxonomy/classify'

const WEAK_MEASURE = '组织信息员队伍清理过期通知。'

/** Three problems, two measures, the second problem answered first. */
const UNEQUAL_OTHER_ORDER = `存在的问题：一是政策解读形式单一，图解、视频解读较少。二是网站部分栏目更新不及时，过期通知长期未清理。三是查阅点设在二楼，群众很少前往。
改进措施：一是${WEAK_MEASURE}二是新政策印发后三日内配发图解和视频解读。`

/** As many measures as problems, answered in the other order. */
const EQUAL_OTHER_ORDER = `存在的问题：一是网站部分栏目更新不及时，过期通知长期未清理。二是政策解读形式单一，图解、视频解读较少。
改进措施：一是新政策印发后三日内配发图解和视频解读。二是${WEAK_MEASURE}`

/** A weak problem whose word partner, a measure placed by a phrase rule, shares no category with it. */
const PROBLEM_WEAK = `存在的问题：一是干部队伍对过期通知长期没人看管。二是查阅点设在二楼，群众很少前往。
改进措施：一是将查阅点搬到一楼大厅入口。二是安排专人每周清理过期通知，及时更新栏目内容。`

describe('a weak measure takes the category of the problem it answers by its words', () => {
  it('alone, the measure is placed only by its topic (the staff it names)', () => {
    const alone = classifyProblem(WEAK_MEASURE, {}, null)
    expect(alone.decidedBy).toBe('topic')
    expect(alone.categories).toEqual(['staff-capacity'])
  })

  it('in lists of different lengths, answered out of order', () => {
    const r = splitProblems(UNEQUAL_OTHER_ORDER, null)
    expect(r.problems.map((e) => e.categories)).toEqual([['policy-interpretation'], ['update-gap'], ['reading-room-underused']])
    expect(r.improvements.map((e) => e.categories)).toEqual([['update-gap'], ['policy-interpretation']])
    // the evidence is the problem's, marked as such
    expect(r.improvements[0]!.matchedWords?.['update-gap']?.every((w) => w.startsWith('对应问题：'))).toBe(true)
  })

  it('in lists of one length, its word partner rather than the problem beside it', () => {
    const r = splitProblems(EQUAL_OTHER_ORDER, null)
    expect(r.improvements.map((e) => e.categories)).toEqual([['policy-interpretation'], ['update-gap']])
  })

  it('a weak problem keeps its own category beside its word partner (the problem says what is wrong)', () => {
    expect(classifyProblem('一是干部队伍对过期通知长期没人看管。', {}, null).decidedBy).toBe('topic')
    const r = splitProblems(PROBLEM_WEAK, null)
    expect(r.problems.map((e) => e.categories)).toEqual([['staff-capacity'], ['reading-room-underused']])
  })
})

describe('answerPartners', () => {
  it('pairs each measure with the problem both prefer, by pairs no other entry of their list holds', () => {
    expect(answerPartners(['栏目更新不及时，过期通知未清理', '政策解读形式单一'], ['丰富政策解读形式', '清理过期通知'])).toEqual([1, 0])
  })
  it('needs two shared pairs, and no tie', () => {
    expect(answerPartners(['通知未清理', '政策解读单一'], ['发布通知'])).toEqual([-1])
    expect(answerPartners(['过期通知未清理', '过期通知未撤下'], ['清理撤下过期通知'])).toEqual([-1])
  })
  it('leaves a measure -1 where its best problem prefers another measure', () => {
    expect(answerPartners(['过期通知长期未清理'], ['清理过期通知', '过期通知长期未清理的，逐一清理'])).toEqual([-1, 0])
  })
})
