// Category causes found on holdout 18's tuning part in session 34 (s534), each a mechanism probed on the gold of
// every tunable set before it was kept, tested on sentences written for them (no holdout sentence copied).
import { describe, expect, it } from 'vitest'
import { plain } from './five-helpers'

describe('categories: accounts named in a duplicate are its places, not accounts poorly run (classify.ts ACCOUNT_OWN)', () => {
  it('a duplicate naming accounts by their bare names is duplicate-publishing alone', () => {
    expect(plain('镇公众号与镇政府网站刊发的同一政策文件标题和附件不一致。')).toEqual(['duplicate-publishing'])
    expect(plain('微博、网站和公众号三处发布的停水信息不一致。')).toEqual(['duplicate-publishing'])
  })

  it('an account whose own running is spoken of keeps new-media beside the duplicate', () => {
    expect(plain('网站与政务新媒体发布信息不同步，个别账号长期停更。')).toEqual(['duplicate-publishing', 'new-media'])
    expect(plain('建立网站与新媒体同步发布机制。')).toEqual(['duplicate-publishing', 'new-media'])
  })
})

describe('categories: 答复 whose object is a message, a letter or a suggestion is no request\'s reply (rules.ts)', () => {
  it('answering the public\'s messages or a suggestion box is not request-handling', () => {
    expect(plain('门户网站答复群众留言不够及时，有的超过一个月。')).toEqual(['public-participation'])
    expect(plain('社区意见箱一年来收到建议很少，且未及时答复，居民参与热情不高。')).toEqual(['public-participation'])
    expect(plain('设置意见箱并按时答复，引导群众参与社区事务。')).toEqual(['public-participation'])
  })

  it('a reply with no such object stays request-handling', () => {
    expect(plain('少数答复超过法定期限。')).toEqual(['request-handling'])
  })
})

describe('categories: a duplicate\'s versions said to differ in any words (family-rules-s34.ts)', () => {
  it('the same item, or the places publishing it, differing in other words', () => {
    expect(plain('同一条停水通知的发布时间不同，内容也有出入。')).toContain('duplicate-publishing')
    expect(plain('中心网站和下属单位网站都在发布招聘公告，内容不完全一致。')).toContain('duplicate-publishing')
  })

  it('one draft put out many times, and its cure', () => {
    expect(plain('部门通知存在一稿多发的情况。')).toContain('duplicate-publishing')
    expect(plain('招聘公告由人事科统一发布，各科室网站不再单独发布。')).toContain('duplicate-publishing')
  })

  it('an item\'s elements differing between units, or "different" places, is no duplicate', () => {
    expect(plain('同一事项在不同乡镇公开的要素和格式不同。')).not.toContain('duplicate-publishing')
    expect(plain('同一政策在不同区县执行。')).not.toContain('duplicate-publishing')
  })
})
