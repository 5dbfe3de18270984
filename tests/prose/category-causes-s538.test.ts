// Category causes found on holdout 22's tuning part in session 38 (s538), each a rule of family-rules-s38.ts or a
// narrowed rule of site-, disclosure- or practice-rules.ts, probed on every tunable set before it was kept, tested
// on sentences written for them (no holdout sentence copied).
import { describe, expect, it } from 'vitest'
import { plain } from './five-helpers'

describe('categories: words that named another category than the entry is about (narrowed)', () => {
  it('a frequency ("每周至少发布一次") is no single-source rule (no duplicate-publishing)', () => {
    expect(plain('规范部门公众号运营，每个账号每周至少发布一次原创信息。')).not.toContain('duplicate-publishing')
    // guard: one place publishing once, the others linking, stays duplicate-publishing
    expect(plain('政策文件只在文件库发布一次，其他栏目一律链接。')).toContain('duplicate-publishing')
  })
  it('items that do not match the catalogue ("与目录对不上") are no duplicate', () => {
    expect(plain('部分村公开的事项与标准目录对不上。')).not.toContain('duplicate-publishing')
    expect(plain('两个平台公布的补贴人数对不上。')).toContain('duplicate-publishing')
  })
  it('the two kinds of disclosure named as concepts are no request handling', () => {
    expect(plain('新进人员对主动公开与依申请公开的区别把握不准。')).not.toContain('request-handling')
  })
  it('a published item corrected ("信息发布纠错机制") is no review or lawsuit', () => {
    expect(plain('建立公众号信息发布纠错机制，差错当天更正。')).not.toContain('request-handling')
  })
  it('a risk not seen ("法律风险认识不足") is no lack of awareness of openness', () => {
    expect(plain('个别科室对答复申请的法律风险认识不足。')).not.toContain('awareness')
  })
})

describe('categories: new roads to a category (family-rules-s38.ts)', () => {
  it('a leading group that seldom meets is awareness', () => {
    expect(plain('局政务公开领导小组作用不明显，一年只开过一次会。')).toContain('awareness')
  })
  it('a site no one looks after is update-gap', () => {
    expect(plain('几所乡镇卫生院的网站无人维护。')).toContain('update-gap')
  })
  it('platforms built apart, each with its own rules, are duplicate-publishing', () => {
    expect(plain('各社区自建的公开平台五花八门，标准各异。')).toContain('duplicate-publishing')
  })
  it('a site\'s security holes are platform-stability', () => {
    expect(plain('门户网站被检测出高危安全漏洞。')).toContain('platform-stability')
  })
  it('a dead link said with 已 is platform-stability', () => {
    expect(plain('专题页面的多个附件链接已失效。')).toContain('platform-stability')
  })
  it('a disclosure list not carried out is standardization', () => {
    expect(plain('二级单位公开事项清单落实不到位。')).toContain('standardization')
  })
  it('specialists lacking are staff-capacity', () => {
    expect(plain('全局缺少既懂法律又懂信息化的专业人才。')).toEqual(['staff-capacity'])
  })
  it('a channel for reports made known, or clues called for, is public-participation', () => {
    expect(plain('面向企业征集涉企违规收费问题线索。')).toContain('public-participation')
    // guard: a reporting channel only listed among a booklet's contents
    expect(plain('编印反诈宣传手册，内容包括典型案例和举报渠道。')).not.toContain('public-participation')
  })
  it('one place publishing first, the others drawing on the same text, is duplicate-publishing (not new-media)', () => {
    expect(plain('网站与公众号使用同一文本发布招聘公告。')).toEqual(['duplicate-publishing'])
  })
})
