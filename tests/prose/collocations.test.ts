// The collocation tier of the matcher (shared/taxonomy/collocations.ts): an entry no phrase rule
// or concept word places is read for a head and its state in one clause. Each case is worded so
// that no rule or concept word places it (before this tier all of them came out `other`); what the
// head + state pair gives is the only category. Clauses that only look alike stay `other`.
import { describe, expect, it } from 'vitest'
import { classifyProblem } from '../../shared/taxonomy/classify'
import { collocationHits } from '../../shared/taxonomy/collocation-match'

const PLACED: [string, string][] = [
  ['工作人员专业化水平不高，对政策把握不准。', 'staff-capacity'],
  ['政务公开队伍力量相对薄弱。', 'staff-capacity'],
  ['充实各科室联络员队伍。', 'staff-capacity'],
  ['部分栏目内容长时间没有更新。', 'update-gap'],
  ['及时维护更新各栏目内容。', 'update-gap'],
  ['信息公开的规范性有待加强。', 'standardization'],
  ['进一步规范信息发布格式。', 'standardization'],
  ['市民对政务公开活动参与积极性较低。', 'public-participation'],
  ['对热点问题回应不够及时。', 'policy-interpretation'],
  ['政府网站检索功能不完善，查找信息不便。', 'platform-stability'],
  ['部分领域公开内容还不够细化。', 'incomplete-disclosure'],
  ['推进食品药品安全信息公开。', 'incomplete-disclosure'],
  ['定期开展存量信息清理。', 'update-gap'],
  ['部分信息仅公开结果，未公开过程。', 'incomplete-disclosure'],
]

describe('collocations', () => {
  it.each(PLACED)('%s → %s (head and state in one clause)', (text, category) => {
    const r = classifyProblem(text)
    expect(r.categories).toEqual([category])
    // The evidence is the clause's span from the head to its state, a piece of the text.
    const words = r.matchedWords[category as keyof typeof r.matchedWords] ?? []
    expect(words.length).toBeGreaterThan(0)
    for (const w of words) expect(text).toContain(w)
  })

  it('does not join a head and a state across a clause boundary', () => {
    expect(collocationHits('工作人员按时到岗，任务不足为虑').has('staff-capacity')).toBe(false)
    expect(collocationHits('工作人员不足').has('staff-capacity')).toBe(true)
  })

  it('leaves a review process that is 不规范 to `other`, and 流程意识 too', () => {
    expect(classifyProblem('政务公开工作机制不够健全，信息发布审核流程不规范。').categories).toEqual(['other'])
    // Rules and concepts alone (null): the learned side may place it by its neighbours.
    expect(classifyProblem('工作人员流程意识有待提升。', {}, null).categories).toEqual(['other'])
  })

  it('does not take the work in general for a kind of information, nor a channel for what is disclosed', () => {
    expect(classifyProblem('加强政府信息公开。').categories).toEqual(['other'])
    expect(classifyProblem('继续加强对全区信息公开工作动态管理和统筹督导。').categories).toEqual(['other'])
    expect(classifyProblem('二是市民参与政务公开活动的渠道较少。').categories).toEqual(['public-participation'])
  })

  it('does not override a phrase rule: the rules and concepts decide first', () => {
    // 依申请公开 decides by rule; the collocation 答复…不规范 is not consulted.
    expect(classifyProblem('依申请公开答复不规范。').categories).toEqual(['request-handling'])
  })
})

describe('someone named to do a task (专人)', () => {
  it('is staffing only when the task is no category of its own', () => {
    expect(classifyProblem('进一步明确专人负责政务公开工作。').categories).toEqual(['staff-capacity'])
    expect(classifyProblem('安排专人负责栏目更新，杜绝空白栏目。').categories).toEqual(['update-gap'])
  })
})

describe('guides and catalogues', () => {
  it('reads a guide revised as kept up to date, and a list drawn up as standardization only', () => {
    expect(classifyProblem('二是政府信息公开指南未能及时修订。').categories).toEqual(['update-gap'])
    expect(classifyProblem('公开事项清单不够细化。').categories).toEqual(['standardization'])
  })
})

describe('replies', () => {
  it('reads a reply to a message left on the site as the exchange with the public, not a request reply', () => {
    expect(classifyProblem('提高互动效率，群众留言原则上在5个工作日内答复。').categories).toEqual(['public-participation'])
    expect(classifyProblem('二是答复文书说理不够充分。').categories).toEqual(['request-handling'])
  })
})

describe('a concept that only names the topic', () => {
  it('gives way to a collocation in the title that says what is wrong or what is done', () => {
    // Rules, concepts and collocations alone (null): what the words decide before the learned side.
    expect(classifyProblem('对门户网站开展历史信息排查清理。', {}, null).categories).toEqual(['update-gap'])
    expect(classifyProblem('1.村务公开栏设置不规范，公开内容不统一。', {}, null).categories).toEqual(['standardization'])
    // A loose (fuzzy) concept match gives way as a topic word does. (The learned side, read after the words,
    // has its own say here since it holds the tuned holdouts: incomplete-disclosure, by 公开时间不固定.)
    expect(classifyProblem('一是部分村（社区）公开内容不够规范，公开时间不固定。', {}, null).categories).toEqual(['standardization'])
    // With nothing else said, the topic still decides.
    expect(classifyProblem('门户网站相关工作有待加强。', {}, null).categories).toEqual(['platform-stability'])
  })
})

describe('degree forms and generic heads', () => {
  it('reads 很少/偏少/极少 alike, and lets a head of its own category outrank 信息/公开', () => {
    expect(classifyProblem('便民服务中心的政府信息查阅窗口群众很少使用。').categories).toEqual(['reading-room-underused'])
    expect(classifyProblem('互动栏目留言很少。').categories).toEqual(['public-participation'])
  })
})
