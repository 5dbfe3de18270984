// Split and category causes found on holdout 19's tuning part in session 35 (s535), each a mechanism probed on the
// gold of every tunable set before it was kept, tested on sentences written for them (no holdout sentence copied).
import { describe, expect, it } from 'vitest'
import { plain, split } from './five-helpers'

describe('split: a measures heading with neither colon nor stop, its list on the same line (problem-parts.ts LIST_AFTER_HEAD)', () => {
  it('"改进措施 1.…" after the problems opens the measures', () => {
    const r = split('1.村务公开栏内容陈旧，半年未换。\n2.信息公开工作人员培训不足。\n改进措施 1.每月更换公开栏内容。2.每年组织两次业务培训。')
    expect(r.problems).toEqual(['1.村务公开栏内容陈旧，半年未换。', '2.信息公开工作人员培训不足。'])
    expect(r.improvements).toEqual(['1.每月更换公开栏内容。', '2.每年组织两次业务培训。'])
  })

  it('"整改措施　一是…" with an ideographic space as well', () => {
    const r = split('一是专栏更新不够及时。二是政策解读形式单一。\n整改措施　一是落实专栏专人维护。二是推出图解和短视频解读。')
    expect(r.problems).toHaveLength(2)
    expect(r.improvements).toEqual(['一是落实专栏专人维护。', '二是推出图解和短视频解读。'])
  })
})

describe('categories: the same item published several times, said as a repeat (site-rules.ts)', () => {
  it('content repeated with words between, an item pushed over and over or posted twice at once', () => {
    expect(plain('部门网站与融媒体中心客户端内容高度重复。')).toContain('duplicate-publishing')
    expect(plain('同一份招标公告在三个栏目同时挂出。')).toContain('duplicate-publishing')
    expect(plain('一条停电通知在多个群里反复推送。')).toContain('duplicate-publishing')
  })

  it('one source sent to every channel, and the ban on posting one draft many times', () => {
    expect(plain('推行办事指南一源多发，由一个科室统一维护。')).toContain('duplicate-publishing')
    expect(plain('杜绝一稿多挂，每条信息只放在最相关的栏目。')).toContain('duplicate-publishing')
  })

  it('one place\'s published item set against another\'s, differing in other words than 不一致', () => {
    expect(plain('学校官网与教育局网站公布的收费标准存在差异。')).toContain('duplicate-publishing')
    expect(plain('街道公示栏与社区群里发布的名单有出入。')).toContain('duplicate-publishing')
  })
})

describe('categories: disclosed content thin in itself (disclosure-rules.ts)', () => {
  it('公开内容 said to be simple or vague is incomplete disclosure, beside the entry\'s other category', () => {
    expect(plain('价格检查结果公开的内容较简单，对检查发现的问题也缺少解读。')).toEqual(['incomplete-disclosure', 'policy-interpretation'])
    expect(plain('村级财务公开内容过于笼统，且公示格式不统一。')).toEqual(['incomplete-disclosure', 'standardization'])
  })
})

describe('categories: a policy explained to its public, 解释 and 说明 as 解读 (disclosure-rules.ts)', () => {
  it('a policy explanation lacking is policy-interpretation', () => {
    expect(plain('水价调整政策说明不够清楚，居民疑问较多。')).toEqual(['policy-interpretation'])
    expect(plain('对补贴政策的解释不够到位，群众理解有偏差。')).toEqual(['policy-interpretation'])
  })

  it('a press conference (说明会) is not the policy explained', () => {
    expect(plain('召开政策说明会。')).not.toContain('policy-interpretation')
  })
})

describe('categories: staff turnover and its cure (practice-rules.ts)', () => {
  it('staff changing often, said beside another category, keeps staff-capacity', () => {
    expect(plain('依申请公开经办人员更替较快，答复文书格式前后不一。')).toContain('staff-capacity')
    expect(plain('保持依申请公开经办人员相对稳定。')).toContain('staff-capacity')
  })
})

describe('categories: a leader leading the work in person (practice-rules.ts)', () => {
  it('a leader who leads the checking or the deployment of the work is awareness', () => {
    expect(plain('由局长牵头每季度督促各科室落实公开任务。')).toEqual(['awareness'])
    expect(plain('推动乡镇领导干部带头抓村务公开。')).toEqual(['awareness'])
  })

  it('a leader who leads an interpretation is not awareness', () => {
    expect(plain('由起草科室主要负责人带头解读重要政策。')).not.toContain('awareness')
  })
})
