// Split causes found in the fifteenth holdout's 50 tuning texts and holdout 12's (session 24, f24), each tested
// on a text written for it (no holdout sentence copied). Each fails on the splitter of main fbde6fd, before its rule.
import { describe, expect, it } from 'vitest'
import { split } from './five-helpers'

describe('section 五 splitting: causes of the fifteenth holdout', () => {
  it('第三，/第四， go on a 首先/其次 list (the writer switching words mid-list)', () => {
    const r = split(
      '本局工作还有一些不足。首先，办事指南多年没有修订，材料清单与实际不符。其次，公开栏设在院内，群众看不到。第三，答复文书格式不一。最后，兼职人员变动频繁。\n下一步，本局将：一是逐项修订办事指南；二是把公开栏移到大门外；三是统一答复文书格式；四是固定联络人员。',
    )
    expect(r.problems).toEqual([
      '首先，办事指南多年没有修订，材料清单与实际不符。',
      '其次，公开栏设在院内，群众看不到。',
      '第三，答复文书格式不一。',
      '最后，兼职人员变动频繁。',
    ])
    expect(r.improvements).toHaveLength(4)
  })

  it('第一时间, 第三方 stay words: only 第三 followed by a comma or colon is a marker', () => {
    const r = split('首先，第三方平台发布的信息没有审核。其次，突发事件信息未能第一时间发布。\n下一步，本局将：一是建立第三方平台审核制度；二是完善发布流程。')
    expect(r.problems).toEqual(['首先，第三方平台发布的信息没有审核。', '其次，突发事件信息未能第一时间发布。'])
  })

  it('一是 run into its lead with no colon ("主要有一是…，二是…") marks the points', () => {
    const r = split('本镇工作存在的不足主要有一是公开栏内容陈旧，半年没有更换，二是村务公开不规范，各村格式不一，三是兼职人员业务不熟。\n对此，我镇将一是每月更换公开栏内容；二是统一村务公开格式；三是组织业务培训。')
    expect(r.problems).toEqual(['一是公开栏内容陈旧，半年没有更换，', '二是村务公开不规范，各村格式不一，', '三是兼职人员业务不熟。'])
    expect(r.improvements).toHaveLength(3)
  })

  it('a measures lead that only gives the count of its aspects ("重点抓好三方面工作。") is no measure', () => {
    const r = split(
      '本局存在的问题主要有三个方面。\n办事指南多年没有修订，群众照着准备材料仍要补交。\n公开栏设在院内，群众看不到。\n兼职人员变动频繁，业务不熟。\n2024年，我局将重点抓好三方面工作。\n逐项修订办事指南，明确材料清单。\n把公开栏移到大门外。\n固定联络人员，开展岗前培训。',
    )
    expect(r.problems).toHaveLength(3)
    expect(r.improvements).toEqual(['逐项修订办事指南，明确材料清单。', '把公开栏移到大门外。', '固定联络人员，开展岗前培训。'])
  })

  it('the aspects named before the count make it a measure ("从A、B、C三个方面加以改进") and it stays one', () => {
    const r = split('本局工作还存在一些薄弱环节。首先，办事指南多年没有修订；其次，公开栏设在院内；再次，答复文书格式不一。今后，我局将从修订指南、移设公开栏、统一文书三个方面加以改进。')
    expect(r.improvements).toEqual(['从修订指南、移设公开栏、统一文书三个方面加以改进。'])
  })

  it('同时 opening a sentence as the last marker of a 首先/其次 or 一方面/另一方面 list is its last point', () => {
    const ordinal = split('（一）办事指南不准确。\n（二）公开栏设在院内。\n（三）兼职人员变动频繁。\n为此，我局将：首先，逐项修订办事指南。其次，把公开栏移到大门外。同时，固定信息公开联络人员。')
    expect(ordinal.improvements).toEqual(['首先，逐项修订办事指南。', '其次，把公开栏移到大门外。', '同时，固定信息公开联络人员。'])
    const pair = split('本局工作还有不足：一方面，办事指南不准确；另一方面，公开栏设在院内。此外，兼职人员变动频繁。\n2025年，我局一方面将修订办事指南；另一方面将把公开栏移到大门外。同时，固定信息公开联络人员。')
    expect(pair.improvements).toEqual(['一方面将修订办事指南；', '另一方面将把公开栏移到大门外。', '同时，固定信息公开联络人员。'])
  })

  it('同时 before another marker of the list only goes on with the point before it', () => {
    const r = split('（一）办事指南不准确。\n（二）公开栏设在院内。\n为此，我局将：首先，逐项修订办事指南。同时，在网站同步更新。其次，把公开栏移到大门外。')
    expect(r.improvements).toEqual(['首先，逐项修订办事指南。同时，在网站同步更新。', '其次，把公开栏移到大门外。'])
  })
})

describe('section 五 splitting: comma-joined measures grouped by their problems\' words', () => {
  it('two neighbour clauses naming the same thing (咨询台, 咨询电话) stay with that thing\'s problem', () => {
    const r = split(
      '本乡工作还存在一些不足：专栏信息发布没有规律，有时几个月一条也没有；部分村干部不清楚哪些事项应当公开；群众有疑问时，不知道到哪里咨询。\n2023年，我乡将制定专栏发布计划，每月固定发布不少于4条，组织村干部学习公开目录，并在乡便民服务中心设立咨询台，公布咨询电话。',
    )
    expect(r.problems).toHaveLength(3)
    expect(r.improvements).toEqual(['制定专栏发布计划，每月固定发布不少于4条', '组织村干部学习公开目录', '在乡便民服务中心设立咨询台，公布咨询电话。'])
  })
})
