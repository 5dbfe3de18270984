// classifyProblem on invented problems and measures: one per category, several at once, `other`,
// and the rule that context words in the explanation do not decide.
import { describe, expect, it } from 'vitest'
import { classifyProblem } from '../../shared/taxonomy/classify'
import { PROBLEM_CATEGORIES } from '../../shared/model/report'

const cats = (t: string) => classifyProblem(t).categories

describe('classifyProblem', () => {
  it.each([
    ['部分栏目更新不够及时，个别栏目长期未更新。', 'update-gap'],
    ['网站后台系统时常出现不稳定，前台无法访问。', 'platform-stability'],
    ['不同平台标准不一，同一信息需重复发布。', 'duplicate-publishing'],
    ['重点领域信息公开不够全面，公开的深度和广度不够。', 'incomplete-disclosure'],
    ['政府信息查阅点利用率低，群众很少到场查阅。', 'reading-room-underused'],
    ['依申请公开答复文书不够规范，存在复议诉讼风险。', 'request-handling'],
    ['政策解读形式较为单一，回应社会关切不够及时。', 'policy-interpretation'],
    ['重大决策意见征集渠道单一，公众参与积极性不高。', 'public-participation'],
    ['专职人员配备不足，兼职人员流动性大。', 'staff-capacity'],
    ['个别单位思想认识不到位，对政务公开重视程度不够。', 'awareness'],
    ['基层政务公开标准化规范化推进不够，公开事项目录编制不完善。', 'standardization'],
    ['个别政务新媒体账号长期不更新，存在“僵尸号”。', 'new-media'],
  ] as const)('%s → %s', (text, category) => {
    const r = classifyProblem(text)
    expect(r.categories).toContain(category)
    expect(r.matchedWords[category]?.length ?? 0).toBeGreaterThan(0)
  })

  it('gives several categories when the text names several problems', () => {
    expect(cats('一是主动公开意识不强，多平台发布口径不统一。').sort()).toEqual(['awareness', 'duplicate-publishing'])
  })

  it('gives `other` when nothing matches, with no words', () => {
    // Rules and concepts alone (null): the learned side may place it by its neighbours (learned-side.test.ts).
    expect(classifyProblem('二是工作人员流程意识有待提升。日常事务较多。', {}, null)).toEqual({ categories: ['other'], matchedWords: { other: [] }, decidedBy: 'nothing' })
    expect(cats('三是依申请公开答复质量不高。')).not.toContain('other')
  })

  it('adds `other` for an aim in the title that no category covers, with its words', () => {
    expect(classifyProblem('二是工作经费保障不足。经费未单独列支。')).toEqual({ categories: ['other'], matchedWords: { other: ['经费保障'] }, decidedBy: 'rules' })
    const both = classifyProblem('三是加强经费保障，统一发布标准。理顺各平台发布口径，减少重复发布。')
    expect([...both.categories].sort()).toEqual(['duplicate-publishing', 'other'])
    expect(both.matchedWords.other).toEqual(['经费保障'])
  })

  it('says which step placed the entry (for the eval’s per-cause tables)', () => {
    expect(classifyProblem('三是依申请公开答复质量不高。', {}, null).decidedBy).toBe('rules')
    expect(classifyProblem('二是工作人员流程意识有待提升。日常事务较多。', {}, null).decidedBy).toBe('nothing')
    // Nothing but the title's object (a column named, nothing said of it that a list knows).
    expect(classifyProblem('栏目设置比较随意。', {}, null)).toMatchObject({ categories: ['update-gap'], decidedBy: 'topic' })
  })

  it('lets context words decide only in the title sentence', () => {
    // "重点领域" and "解读" in the explanation of a platform measure are context, not the measure.
    expect(cats('二是更好发挥政府网站作为第一平台的功能。聚焦重点领域，集成发布政策文件及解读。')).toEqual(['platform-stability'])
    expect(cats('一是深化重点领域信息公开。细化公开内容。')).toEqual(['incomplete-disclosure'])
  })

  it('does not read a word out of a different phrase', () => {
    expect(cats('二是充实工作力量。建立AB岗制度，确保工作不断档。')).toEqual(['staff-capacity'])
    expect(cats('三是网站技术保障能力不足。')).toEqual(['platform-stability'])
    expect(cats('公众参与的广度和深度不够。')).toEqual(['public-participation'])
  })

  it('only uses the taxonomy\'s categories', () => {
    const r = classifyProblem('一是政务新媒体更新不及时，二是依申请公开办理不规范，三是查阅点闲置。')
    for (const c of r.categories) expect(PROBLEM_CATEGORIES).toContain(c)
  })
})

describe('classifyProblem: concepts for wordings the phrase rules do not know', () => {
  it('sorts reworded entries by their concept words, multi-label, with the words as evidence', () => {
    // (Not a notice board: "公开栏…陈旧" is a phrase rule of update-gap since session 9; nor 长期未维护, one since session 36.)
    const r = classifyProblem('一是村务信息陈旧，部分内容久未打理。')
    expect(r.categories).toEqual(['update-gap'])
    expect(r.matchedWords['update-gap']).toContain('信息陈旧')
    const two = classifyProblem('三是开放日活动较少，图解产品不多。')
    expect([...two.categories].sort()).toEqual(['policy-interpretation', 'public-participation'])
  })

  it('matches a concept word with a character inserted (bigram match) and shows the span read', () => {
    const r = classifyProblem('二是政务公开专区的利用率偏低。')
    expect(r.categories).toEqual(['reading-room-underused'])
    const fuzzy = classifyProblem('一是数据的对接不够顺畅。')
    expect(fuzzy.categories).toEqual(['platform-stability'])
    expect(fuzzy.matchedWords['platform-stability']?.[0]).toContain('对接')
  })

  it('does not let one context word in the explanation decide', () => {
    expect(classifyProblem('二是工作推进不够均衡。个别单位认为解读是宣传部门的事。', {}, null).categories).toEqual(['other'])
  })

  it('adds the user\'s words to a category, on top of what the rules found', () => {
    expect(cats('一是“阳光村务”小程序使用率偏低。')).toEqual(['new-media'])
    const r = classifyProblem('一是“阳光村务”小程序使用率偏低。', { 'platform-stability': ['阳光村务'] })
    expect(r.categories).toEqual(['platform-stability', 'new-media'])
    expect(r.matchedWords['platform-stability']).toEqual(['阳光村务'])
    expect(classifyProblem('一是流程意识不强。', { awareness: ['流程意识'] }).categories).toEqual(['awareness'])
  })

  it('answers are remembered per text, user words and learned side: a caller changing one answer changes no later one', () => {
    const t = '一是“阳光村务”小程序使用率偏低。'
    const first = classifyProblem(t)
    const kept = structuredClone(first)
    first.categories.push('other')
    for (const w of Object.values(first.matchedWords)) w!.push('改动')
    expect(classifyProblem(t)).toEqual(kept)
    // The user's words and the learned side are part of what is remembered.
    expect(classifyProblem(t, { 'platform-stability': ['阳光村务'] }).categories).toEqual(['platform-stability', 'new-media'])
    expect(classifyProblem('二是工作人员流程意识有待提升。日常事务较多。', {}, null).decidedBy).toBe('nothing')
  })
})

describe('disclosure on a schedule', () => {
  it('reads 按季度/按年度 as 按月度 (what is disclosed, and how often)', () => {
    expect(classifyProblem('按季度公开重点工作推进情况。').categories).toEqual(['incomplete-disclosure'])
    expect(classifyProblem('按月度公开民生实事项目进展。').categories).toEqual(['incomplete-disclosure'])
  })
})

describe('what a new-media account and a disclosed kind are', () => {
  it('reads an account not updated as new-media only, a column not updated as update-gap too', () => {
    expect(classifyProblem('政务微博长期未更新。').categories).toEqual(['new-media'])
    expect(classifyProblem('网站栏目和政务微博长期未更新。').categories.sort()).toEqual(['new-media', 'update-gap'])
  })

  it('reads 行政执法 disclosed as what is disclosed, and 公开渠道 as its reach', () => {
    expect(classifyProblem('三是部分行政执法信息公示不及时。').categories).toEqual(['incomplete-disclosure'])
    expect(classifyProblem('公开渠道较为单一，主要依赖政府网站。').categories).toEqual(['incomplete-disclosure'])
  })
})

describe('规范 said of another category’s work', () => {
  it('belongs to that category; standardization only when 规范化 stands alone', () => {
    expect(classifyProblem('申请办理的规范化水平有待提升。').categories).toEqual(['request-handling'])
    expect(classifyProblem('基层政务公开规范化水平有待提升。').categories).toEqual(['standardization'])
  })
})
