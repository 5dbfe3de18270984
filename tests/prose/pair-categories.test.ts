// Session 16 (s5g): a measure and the problem it answers placed together (shared/taxonomy/pair-categories.ts).
// Texts written for these tests. Each case first shows what the entry alone is given (classifyProblem),
// so that the test fails without the pairing.
// (Session 17: the weak entries name the staff, not the site: a title that only names the site now asks the
// learned side first, site-topic.ts, so a site patrol is no longer placed by its topic alone.)
// (Session 29: every entry here is read without the learned side (null): the mechanism is the words' and the
// pairing's; the learned side, which now holds the tuned holdouts, places some of these invented entries itself.)
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'
import type { Report } from '../../shared/model/report'
import { classifyProblem } from '../../shared/taxonomy/classify'
import { pairCategories } from '../../shared/taxonomy/pair-categories'
import { recategorize } from '../../shared/taxonomy/recategorize'

const MEASURE_WEAK = `（一）存在的主要问题
一是部分栏目更新不及时，个别栏目长期空白。二是政策解读形式单一，图解、视频解读较少。三是年度考核中对公开工作的分值偏低。
（二）改进措施
一是每周一次组织信息员队伍对各页面开展巡查。二是新政策印发后三日内配发通俗说明。三是提高考核中公开工作的分值。`

const PROBLEM_WEAK = `存在的问题：一是干部队伍对各页面长期没人看管。二是查阅点设在二楼，群众很少前往。
改进措施：一是安排专人每周巡查网站栏目，及时更新过期内容。二是将查阅点搬到一楼大厅入口。`

/** Three problems, two measures: no measure is known to answer which problem. */
const UNEQUAL = `存在的问题：一是部分栏目更新不及时，个别栏目长期空白。二是政策解读形式单一，图解、视频解读较少。三是查阅点设在二楼，群众很少前往。
改进措施：一是每周一次组织信息员队伍对各页面开展巡查。二是新政策印发后三日内配发通俗说明。`

describe('a measure placed by weak evidence beside the problem it may answer', () => {
  it('keeps its own category where the two share none (the i-th measure need not answer the i-th problem)', () => {
    const alone = classifyProblem('一是每周一次组织信息员队伍对各页面开展巡查。', {}, null)
    expect(alone.decidedBy).toBe('topic')
    expect(alone.categories).toEqual(['staff-capacity'])
    const r = splitProblems(MEASURE_WEAK, null)
    expect(r.improvements.map((e) => e.categories)).toEqual([['staff-capacity'], ['policy-interpretation'], ['other']])
    expect(Object.values(r.improvements[0]!.matchedWords ?? {}).flat().some((w) => w.startsWith('对应'))).toBe(false)
    // the problems themselves, placed by phrase rules, are untouched
    expect(r.problems.map((e) => e.categories)).toEqual([['update-gap'], ['policy-interpretation'], ['other']])
  })

  it('leaves an entry placed by nothing as `other`', () => {
    const r = splitProblems(MEASURE_WEAK, null)
    expect(classifyProblem(r.problems[2]!.text, {}, null).decidedBy).toBe('nothing')
    expect(r.problems[2]!.categories).toEqual(['other'])
    expect(r.improvements[2]!.categories).toEqual(['other'])
  })

  it('leaves a weakly placed problem its own category when its measure, placed by a phrase rule, shares none', () => {
    const alone = classifyProblem('一是干部队伍对各页面长期没人看管。', {}, null)
    expect(alone.decidedBy).toBe('topic')
    expect(alone.categories).toEqual(['staff-capacity'])
    const r = splitProblems(PROBLEM_WEAK, null)
    expect(r.problems.map((e) => e.categories)).toEqual([['staff-capacity'], ['reading-room-underused']])
  })

  it('pairs nothing where the lists differ in length', () => {
    const r = splitProblems(UNEQUAL, null)
    expect(r.problems).toHaveLength(3)
    expect(r.improvements.map((e) => e.categories)).toEqual([['staff-capacity'], ['policy-interpretation']])
  })
})

describe('pairCategories', () => {
  const strong = { text: 'p', categories: ['duplicate-publishing' as const, 'new-media' as const], matchedWords: { 'duplicate-publishing': ['不一致'], 'new-media': ['公众号'] }, decidedBy: 'rules' as const }
  const other = { text: 'q', categories: ['update-gap' as const], matchedWords: { 'update-gap': ['栏目更新'] }, decidedBy: 'rules' as const }

  it('keeps only the shared category of a weak side that has one, with its own words', () => {
    const weak = { text: 'm', categories: ['duplicate-publishing' as const, 'platform-stability' as const], matchedWords: { 'duplicate-publishing': ['统一发布'], 'platform-stability': ['平台'] }, decidedBy: 'concepts' as const }
    const r = pairCategories([strong, other], [weak, { ...other, text: 'n' }])
    expect(r.improvements[0]).toEqual({ text: 'm', categories: ['duplicate-publishing'], matchedWords: { 'duplicate-publishing': ['统一发布'] } })
  })

  it('changes nothing between two sides both placed by phrase rules, and drops the step from every entry', () => {
    const r = pairCategories([strong, other], [{ ...other, text: 'm' }, { ...strong, text: 'n' }])
    expect(r.improvements.map((e) => e.categories)).toEqual([['update-gap'], ['duplicate-publishing', 'new-media']])
    expect([...r.problems, ...r.improvements].every((e) => !('decidedBy' in e))).toBe(true)
  })
})

describe('recategorize with the user’s words keeps the pairing', () => {
  it('the pairing gives the same after the entries are sorted again', () => {
    const split = splitProblems(MEASURE_WEAK, null)
    const report = { problems: split.problems, improvements: split.improvements } as unknown as Report
    const again = recategorize(report, { awareness: ['分值'] })
    expect(again.improvements[0]!.categories).toEqual(['staff-capacity'])
    // the user's words are always added
    expect(again.problems[2]!.categories).toEqual(['awareness'])
    expect(again.improvements[2]!.categories).toEqual(['awareness'])
  })
})
