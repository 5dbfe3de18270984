// Category causes found in the sixth holdout's misses (session 8), each rule tested on texts written
// for it (no holdout sentence copied), with the neighbour it must not pull in. Each positive case
// gave a wrong or a missing category before its rule.
import { describe, expect, it } from 'vitest'
import { fuzzyFind } from '../../shared/taxonomy/concept-match'
import { classifyProblem } from '../../shared/taxonomy/classify'
import { plain } from './five-helpers'

const cats = (text: string): string[] => classifyProblem(text).categories

describe('categories: causes of the sixth holdout', () => {
  it('a loose (fuzzy) span never runs across quotation marks or punctuation', () => {
    expect(fuzzyFind('区网站“重大建设项目”栏目', '网站建设')).toBeNull()
    expect(fuzzyFind('区网站的建设', '网站建设')).toBe('网站的建设')
    expect(cats('县网站“民生建设”专栏半年没有更新。')).not.toContain('platform-stability')
  })

  it('accounts named as the channel of another category’s item are not a new-media problem', () => {
    expect(cats('通过政务新媒体推送听证会报名通知，扩大群众参与面。')).toEqual(['public-participation'])
    expect(cats('以门户网站为唯一发布源，公众号、视频号同步转载，避免口径不统一。')).toEqual(['duplicate-publishing'])
    // Two channels set against each other keep both (the hostile set's answer).
    expect(cats('政府网站与政务新媒体信息发布不同步。')).toEqual(['duplicate-publishing', 'new-media'])
  })

  it('duplicate-publishing: the same item differing between places, said in other words', () => {
    expect(cats('同一信息在网站、公众号和视频号发布的日期存在差异。')).toEqual(['duplicate-publishing'])
    expect(cats('窗口摆放的办事指南与网上公布的版本不一致。')).toEqual(['duplicate-publishing'])
    expect(cats('二是清理各栏目重复内容，实行一处维护、多端同步。')).toEqual(['duplicate-publishing'])
    // Catalogues worded differently are 两化's, not a duplicate.
    expect(cats('同一事项在县级目录和乡镇目录中表述不一。')).not.toContain('duplicate-publishing')
  })

  it('platform: data of two systems not joined up', () => {
    expect(plain('审批系统与门户网站数据未能完全打通。')).toContain('platform-stability')
    expect(plain('中心网站与政务服务网数据未完全打通，事项名称两处表述不一致。')).toEqual(['platform-stability', 'duplicate-publishing'])
  })

  it('staff as a second category: what the staff do not grasp, after a comma too; a writing skill', () => {
    expect(cats('三是经办人员多为新入职人员，对政策解读的要求理解不深。')).toEqual(['policy-interpretation', 'staff-capacity'])
    expect(cats('二是窗口工作人员不清楚依申请公开的办理时限。')).toEqual(['request-handling', 'staff-capacity'])
    expect(cats('提升工作人员政策解读撰写能力。')).toEqual(['policy-interpretation', 'staff-capacity'])
    // The public's grasp is no staff problem.
    expect(cats('群众对新出台的政策解读材料理解不深。')).not.toContain('staff-capacity')
  })

  it('what became of the public’s opinions left undisclosed is participation, not disclosure', () => {
    expect(cats('重大决策征求意见后，意见采纳情况未公开。')).toEqual(['public-participation'])
    expect(cats('部分惠农补贴未同步在村务公开栏公示。')).toEqual(['incomplete-disclosure'])
  })

  it('an item published at a place named, with no other evidence: disclosure, not the site', () => {
    expect(plain('招聘结果在村务栏和镇网站同步公开。')).toEqual(['incomplete-disclosure'])
    expect(plain('农房审批结果公示在镇网站发布后不再张贴。')).toEqual(['incomplete-disclosure'])
    expect(plain('推动农房建设等事项在村务栏和街道网站同步公开。')).toEqual(['incomplete-disclosure'])
    expect(plain('规划许可公示实行街道网站、社区宣传栏两处公示。')).toEqual(['incomplete-disclosure'])
    // The site itself said to fail stays platform.
    expect(plain('镇网站经常打不开。')).toEqual(['platform-stability'])
    // The work itself named (该公开哪些事项) is no item published.
    expect(plain('村级层面该公开哪些事项底数不清。')).not.toContain('incomplete-disclosure')
  })

  // Half B of holdout 6 (county departments, zones and authorised bodies, more voices), tuned after
  // half A's figure on it was taken (tests/prose/MISSES.md).
  it('participation: the public’s channel opened or closed, consultation online, messages received', () => {
    expect(cats('二是政务微博留言区长期关闭。')).toEqual(['public-participation', 'new-media'])
    expect(cats('开放政务微博留言功能，安排专人回复。')).toEqual(['public-participation', 'new-media'])
    expect(plain('开通线上咨询，解答群众疑问。')).toEqual(['public-participation'])
    // A column opened for opinions is participation's, not a disclosure column.
    expect(plain('在街道网站开设“居民意见箱”栏目，接受群众监督和留言。')).toEqual(['public-participation'])
    // A message's answer is the exchange with the public, not a request's reply.
    expect(cats('压缩网民留言办理时限，答复内容由科长审签。')).toEqual(['public-participation'])
  })

  it('staff: any post’s strength, a post held on the side, other staff nouns', () => {
    expect(cats('二是镇新媒体编辑力量不足，稿件以转发为主。')).toEqual(['staff-capacity', 'new-media'])
    expect(cats('配强政务新媒体编辑力量。')).toEqual(['staff-capacity', 'new-media'])
    expect(plain('公开工作由办公室文员兼任。')).toEqual(['staff-capacity'])
    expect(plain('接待窗口的网格员对公开政策掌握不够。')).toEqual(['staff-capacity'])
    // An account's 运维力量 stays the account's (the unseen set's answer).
    expect(cats('③政务新媒体账号运维力量不足，原创内容少。')).toEqual(['new-media'])
  })

  it('update-gap: at once or within days; a column left empty (空置)', () => {
    expect(plain('三是立即更新收费标准，调价后5个工作日内更新。')).toEqual(['update-gap'])
    expect(classifyProblem('二是健康科普专栏空置半年。', {}, null).matchedWords['update-gap']).toEqual(['专栏空置'])
  })

  it('disclosure: posted, but not all of it', () => {
    expect(plain('办事须知张贴不全。')).toEqual(['incomplete-disclosure'])
  })

  it('a second category the words do not carry: late interpretation, a reading room’s materials, data sync, an interpretation with its policy, a reposting account', () => {
    expect(cats('解读材料发布滞后于政策文件。')).toEqual(['policy-interpretation'])
    expect(cats('在查阅专区安排专人值守，定期更新资料。')).toEqual(['reading-room-underused'])
    expect(cats('二是区网站与省集约化平台数据同步存在延迟。')).toEqual(['platform-stability'])
    expect(cats('政策出台时同步发布图解和问答。')).toEqual(['policy-interpretation'])
    expect(cats('明确以门户网站为准，公众号转发时附原文链接。')).toEqual(['duplicate-publishing'])
  })

  it('other: personal information in what is published is an aim no category covers (no topic read)', () => {
    expect(plain('二是网站个人信息保护存在漏洞。')).toEqual(['other'])
  })

  // Probed after the holdout with sentences written for the purpose (other words for the same things).
  it('duplicate-publishing: 挂网 as a word for putting an item online, 不相同 for differing; 最近一次发布 is a date', () => {
    expect(plain('同一政策在不同栏目多次挂网，标题各不相同。')).toEqual(['duplicate-publishing'])
    expect(plain('清理重复挂网的政策文件，统一由一个栏目发布。')).toEqual(['duplicate-publishing'])
    expect(plain('“通知公告”栏目最近一次发布是在去年8月。')).toEqual(['update-gap'])
  })
})
