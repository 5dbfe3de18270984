// Category causes found in the ninth and tenth holdouts' misses (session 12), each rule tested on texts
// written for it (other bodies and wordings; no holdout sentence copied), with the neighbour it must not
// pull in. Each positive case gave a wrong or a missing category before its rule (rules and concepts alone).
import { describe, expect, it } from 'vitest'
import { plain } from './five-helpers'

describe('categories: causes of the ninth and tenth holdouts', () => {
  it('duplicate-publishing: places counted, then how they differ, a comma allowed between', () => {
    expect(plain('招生简章在教育局网站、学校官网和招生平台三处刊登，报名时间各不相同。')).toEqual(['duplicate-publishing'])
    expect(plain('二是医保报销须知在两处挂出的版本不一。')).toEqual(['duplicate-publishing'])
    expect(plain('同一份采购公告在两处刊登，内容不同。')).toEqual(['duplicate-publishing'])
    expect(plain('社保待遇标准在两处录入，常有遗漏。')).toContain('duplicate-publishing')
    expect(plain('村里张贴的补助名单与乡政府公布的不一致。')).toEqual(['duplicate-publishing'])
    // Offices of one body (各处室) are no places; a sync named is read elsewhere.
    expect(plain('委内各处室对政务公开的重视程度不一。')).not.toContain('duplicate-publishing')
    expect(plain('两处信息发布不同步。')).toEqual(['duplicate-publishing'])
  })

  it('update-gap: a column still holding what is no longer in force, and its clearing', () => {
    expect(plain('局网站“法规文件”栏目中有多件已废止的文件未作说明。')).toEqual(['update-gap'])
    expect(plain('对“通知公告”栏目中的过期通知逐条清理。')).toEqual(['update-gap'])
    expect(plain('开展网站全面体检，清理过时内容。')).toContain('update-gap')
    // A link broken in a column stays the platform's.
    expect(plain('网站部分老栏目链接失效，附件打不开。')).toEqual(['platform-stability'])
  })

  it('update-gap: a board whose contents are not changed', () => {
    expect(plain('部分村务公开栏公开内容更换不及时。')).toEqual(['update-gap'])
    expect(plain('每月更换一次公开内容。')).toEqual(['update-gap'])
  })

  it('incomplete-disclosure: what reaches the public, said from their side or by an item kept inside', () => {
    expect(plain('停水通知主要贴在营业厅，偏远村组居民获取不便。')).toEqual(['incomplete-disclosure'])
    expect(plain('台风预警短信的到达率偏低。')).toEqual(['incomplete-disclosure'])
    expect(plain('项目验收结果只在内部系统流转，没有对外发布。')).toContain('incomplete-disclosure')
    // A firm's access to explanations stays interpretation's.
    expect(plain('减税政策解读材料少，企业获取渠道有限。')).toEqual(['policy-interpretation'])
  })

  it('public-participation: the public’s mailbox opened, or its letters and their answers', () => {
    expect(plain('“院长信箱”来信积压，部分超过一个月未回复。')).toEqual(['public-participation'])
    expect(plain('在学校网站开设“校长信箱”。')).toEqual(['public-participation'])
    expect(plain('完善区长信箱回复流程，实行限时办结。')).toContain('public-participation')
    // A mailbox named only as where questions came from: the response decides.
    expect(plain('对群众在市长信箱、热线中集中反映的问题缺少统一回应。')).not.toContain('public-participation')
  })

  it('an account named beside another category only as the place its act happens gives up new-media', () => {
    expect(plain('改造方案出台前通过公众号征求居民意见。')).toEqual(['public-participation'])
    expect(plain('防汛预警主要在局公众号刊发，山区群众获取不便。')).toEqual(['incomplete-disclosure'])
    // The account itself spoken of keeps it: its own publishing, its role, set against the site.
    expect(plain('公众号开设“便民问答”栏目，每周推送政策摘要。')).toContain('new-media')
    expect(plain('充分发挥政务新媒体作用，扩大公开覆盖面。')).toContain('new-media')
    // Set against the site in keeping step, the account keeps it; only differing versions of one item are the
    // duplicate's places alone (session 34: the gold of every tunable set, new-media 8 of 25 such entries).
    expect(plain('网站与公众号发布通知不同步。')).toContain('new-media')
    expect(plain('网站与公众号发布的通知不一致。')).toEqual(['duplicate-publishing'])
  })

  it('standardization: a site’s columns laid out against the duties or the catalogue, and what is filed where', () => {
    expect(plain('局网站栏目设置与内设机构职能不相符。')).toEqual(['standardization'])
    expect(plain('二是依据调整后的职能重新调整栏目设置。')).toEqual(['standardization'])
    expect(plain('已公开文件归类混乱，群众不易查找。')).toContain('standardization')
    // A layout made easier to use stays the platform's; a layout followed is no 两化 work.
    expect(plain('优化网站栏目设置和页面布局。')).toEqual(['platform-stability'])
    expect(plain('按照市里统一的栏目设置改版镇网站。')).not.toContain('standardization')
  })

  it('update-gap: a column empty or an item still in an old year’s version', () => {
    expect(plain('部份子栏目长期无内容。')).toEqual(['update-gap'])
    expect(plain('办事须知中的收费标准仍是2018年版本。')).toEqual(['update-gap'])
  })

  it('a site named as where an item is made public or linked from is no platform topic', () => {
    expect(plain('每半年在学校网站公布食堂收支情况。')).toEqual(['incomplete-disclosure'])
    expect(plain('招考公告统一由人社局发布，本局网站予以链接。')).toEqual(['duplicate-publishing'])
  })

  it('incomplete-disclosure: an item published late after the event it reports', () => {
    expect(plain('行政处罚决定公开的时效性不强。')).toEqual(['incomplete-disclosure'])
    expect(plain('部分会议纪要形成后半个月才上网。')).toEqual(['incomplete-disclosure'])
    expect(plain('严格执行政府信息发布时限。')).toEqual(['incomplete-disclosure'])
    // A column's timeliness stays update-gap's.
    expect(plain('一是及时更新栏目内容，确保栏目时效。')).toEqual(['update-gap'])
  })

  it('policy-interpretation: a policy told in person or on paper in plain words', () => {
    expect(plain('二是编写低保申办指南和常见问答。')).toEqual(['policy-interpretation'])
    expect(plain('组织网格员入户宣讲医保缴费政策。')).toContain('policy-interpretation')
    expect(plain('印制惠民政策明白纸，随宣传单发放。')).toEqual(['policy-interpretation'])
    // A site's question robot stays the platform's; a leaflet set out in a reading room, the room's.
    expect(plain('网站智能问答功能经常答非所问。')).toEqual(['platform-stability'])
    expect(plain('在查阅室摆放低保政策明白纸。')).not.toContain('policy-interpretation')
  })

  it('incomplete-disclosure: how much public data is opened; stale data sets stay update-gap', () => {
    expect(plain('三是公共数据开放程度偏低，可下载的数据集偏少。')).toEqual(['incomplete-disclosure'])
    expect(plain('逐步扩大交通出行数据开放。')).toEqual(['incomplete-disclosure'])
    expect(plain('开放平台上的部分数据集两年来从未更新。')).not.toContain('incomplete-disclosure')
  })

  it('the guide and catalogue named together, an app that stalls, a message function opened', () => {
    expect(plain('部门政府信息公开指南和目录未随职能划转及时修订。')).toEqual(['standardization'])
    expect(plain('“智慧社保”APP高峰时段经常卡顿。')).toEqual(['platform-stability'])
    // (The account keeps new-media here: its messages are its running, ACCOUNT_RUN.)
    expect(plain('在街道微信公众号开设居民留言渠道。')).toContain('public-participation')
  })
})
