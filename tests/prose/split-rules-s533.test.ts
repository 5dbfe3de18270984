// Session s533: splitting mechanisms the phrasing-variant generator now also writes (issue-forms.ts,
// section-five-variants.ts), each failing on main f3fb212: points each with its own 改进措施： after last
// year's part, a sentence that only says how big the gap is, 拟 inside a word at a measure's start, 另外
// inside a 首先/其次 point, and a named gap before its detail clauses in a run-on paragraph.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'

const starts = (entries: { text: string }[]): string[] => entries.map((e) => e.text.slice(0, 8))

describe('section 五 splitting, session s533', () => {
  it('reads numbered points that each carry 改进措施： after last year\'s part under its own heading', () => {
    const r = splitProblems(
      '（一）上年度问题整改情况\n上年度报告提出的问题均已整改：1.站点栏目完成改版；2.建立季度自查制度。\n' +
        '（二）存在的主要问题及改进措施\n' +
        '1.公开专员力量单薄。公开工作由一名干事兼任，业务要求掌握不全。改进措施：增配一名专职人员，参加业务培训。\n' +
        '2.公众号推送内容可读性差，群众看不懂。改进措施：开设“一图读懂”栏目，用通俗语言解读。\n' +
        '3.大厅查询机使用者少，经常处于关机状态。改进措施：安排专人引导群众使用查询机。',
      null,
    )
    expect(starts(r.problems)).toEqual(['1.公开专员力量', '2.公众号推送内', '3.大厅查询机使'])
    expect(starts(r.improvements)).toEqual(['增配一名专职人员', '开设“一图读懂”', '安排专人引导群众'])
    expect(r.priorDone).toHaveLength(2)
  })

  it('drops a sentence that only says how big the gap is before the points', () => {
    const r = splitProblems(
      '本年度，我镇政务公开工作虽然有了较大进步，但离上级要求和群众期待还有不小差距。村务公开栏内容更新慢，部分栏目长期空白。政策解读形式单一，群众不易看懂。\n' +
        '下一步，我镇将：建立公开栏更新台账；推出图解和短视频解读。',
      null,
    )
    expect(starts(r.problems)).toEqual(['村务公开栏内容更', '政策解读形式单一'])
  })

  it('keeps a measure whole that opens on a word holding 拟 (情景模拟)', () => {
    const r = splitProblems(
      '存在问题：公开栏更新慢；政策解读形式单一。\n改进情况：建立公开栏更新台账；采取案例解读、情景模拟等形式开展政策解读。',
      null,
    )
    expect(r.improvements.map((e) => e.text)).toEqual(['建立公开栏更新台账', '采取案例解读、情景模拟等形式开展政策解读。'])
  })

  it('keeps 另外 inside a 首先 point when the list\'s own 其次 follows', () => {
    const r = splitProblems(
      '（一）存在的主要问题\n首先，栏目更新有断档，部分栏目一年内未发布信息。另外，后台系统经常不稳定，前台不显示已发布的信息。其次，查阅点作用发挥不明显，群众专程查阅的极少。\n' +
        '（二）改进措施\n首先，建立栏目更新台账。其次，推进查阅点与政务服务大厅融合。',
      null,
    )
    expect(starts(r.problems)).toEqual(['首先，栏目更新有', '其次，查阅点作用'])
  })

  it('reads a named gap and its detail clauses as one point of a run-on paragraph', () => {
    const r = splitProblems(
      '（一）存在的主要问题\n公开目录编制不够完善，目录要素不全。信息发布系统存在技术短板，与省统一平台数据对接不顺畅，部分附件上传后无法下载。政务新媒体管理有待规范，个别账号更新频率低。\n' +
        '（二）改进措施\n完善公开目录。优化信息发布系统。规范政务新媒体管理。',
      null,
    )
    expect(starts(r.problems)).toEqual(['公开目录编制不够', '信息发布系统存在', '政务新媒体管理有'])
  })

  it('still reads the clauses after a gap said by its amount as the points', () => {
    const r = splitProblems('我局政务公开工作还存在一些不足，栏目更新不及时，政策解读形式单一，答复文书不够规范。\n下一步，我局将加强栏目管理。', null)
    expect(starts(r.problems)).toEqual(['栏目更新不及时', '政策解读形式单一', '答复文书不够规范'])
  })
})

describe('section 五 measures numbered again from 1 with no boundary, session s533', () => {
  it('opens the measures at a paragraph that restarts the list, its first point saying no fault, whatever its verb', () => {
    const r = splitProblems(
      '1、部分政策文件发布后未同步进行解读，解读材料质量不高。2、政务公开工作人员多为兼职，且调整频繁。\n1、坚持政策文件与解读材料同步发布。2、每季度组织一次业务培训。',
      null,
    )
    expect(starts(r.problems)).toEqual(['1、部分政策文件', '2、政务公开工作'])
    expect(starts(r.improvements)).toEqual(['1、坚持政策文件', '2、每季度组织一'])
  })

  it('passes over a sub-list whose first point says a fault to the restart that opens the measures', () => {
    const r = splitProblems('1、公开目录编制不够完善：\n1、部分事项要素不规范；2、个别事项未及时更新。\n2、依申请公开答复质量不高。\n1、每季度更新公开目录。2、同步公开答复文书。', null)
    expect(starts(r.improvements)).toEqual(['1、每季度更新公', '2、同步公开答复'])
  })
})
