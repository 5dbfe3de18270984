// A report that prints last year's table 三 or 四 beside its own: only the table captioned with the
// report's year (or, without captions, the only one) is read; two uncaptioned tables are refused.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'
import { tableStarts, thisYearTable } from '../../shared/extract/year-tables'

const LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '（四）无法提供', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '（五）不予处理', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他',
  '（七）总计', '四、结转下年度继续办理',
]
// Row totals (总计 column) of a consistent table; the other columns put everything on 自然人.
const TOTALS: (number | null)[] = [16, 2, null, 6, 3, null, 0, 0, 0, 1, 1, 0, 0, 0, null, 3, 1, 0, null, 1, 0, 0, 0, 0, null, 1, 0, 0, 17, 1]
function table3(k: number): string[] {
  const head = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'
  return [head, ...LABELS.map((l, i) => (TOTALS[i] === null ? l : [l, TOTALS[i]! * k, 0, 0, 0, 0, 0, TOTALS[i]! * k].join('\t')))]
}
function table4(k: number): string[] {
  return ['行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计', [k, 0, 0, 0, k, 0, k, 0, 0, k, 0, 0, 0, 0, 0].join('\t')]
}
function report(t3: string[], t4: string[], title = '某县某局2022年政府信息公开工作年度报告'): string {
  return [title, '一、总体情况', '本局依法做好政务公开工作。', '三、收到和处理政府信息公开申请情况', ...t3, '四、政府信息公开行政复议、行政诉讼情况', ...t4, '五、存在的主要问题及改进情况', '一是公开不够及时。', '六、其他需要报告的事项', '无。'].join('\n')
}
const read = (text: string) => extractReport(textToDocument(text, 'x.txt'))

describe("this year's table among last year's", () => {
  it('reads the table captioned with the report year when last year\'s stands first', () => {
    const ex = read(report(['（一）2021年度情况', ...table3(3), '（二）2022年度情况', ...table3(1)], table4(1)))
    expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    expect(ex.report.requests.rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(ex.notes.some((n) => n.field === 'section.requests' && n.message.includes('2021年度'))).toBe(true)
  })

  it('stops before last year\'s table printed after this year\'s 「附：…（供对比）」', () => {
    const ex = read(report([...table3(1), '附：2021年度收到和处理政府信息公开申请情况（供对比）', ...table3(3)], table4(1)))
    expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    expect(ex.report.requests.rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
  })

  it('reads the 2022 table of a two-year report', () => {
    const ex = read(report(['2021年度', ...table3(3), '2022年度', ...table3(1)], table4(1), '某县某局2021—2022年度政府信息公开工作年度报告'))
    expect(ex.report.year).toBe(2022)
    expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
  })

  it('reads table 四 captioned 「2022年度：」 after last year\'s', () => {
    const ex = read(report(table3(1), ['2021年度：', ...table4(3), '2022年度：', ...table4(1)]))
    expect(ex.report.reviewLitigation.review).toEqual([1, 0, 0, 0, 1])
    expect(ex.report.reviewLitigation.litigationDirect).toEqual([0, 1, 0, 0, 1])
  })

  it('leaves two uncaptioned tables unread with a note, never the first', () => {
    const ex = read(report([...table3(3), ...table3(1)], [...table4(3), ...table4(1)]))
    expect(Object.values(ex.report.requests.rows).flat().every((v) => v === null)).toBe(true)
    expect(ex.report.reviewLitigation.review).toBeNull()
    expect(ex.notes.find((n) => n.field === 'section.requests')?.message).toContain('有 2 张表格')
    expect(ex.notes.find((n) => n.field === 'section.reviewLitigation')?.message).toContain('有 2 张表格')
  })

  it('leaves a table captioned only with another year unread', () => {
    const ex = read(report(['2021年度情况', ...table3(3)], table4(1)))
    expect(Object.values(ex.report.requests.rows).flat().every((v) => v === null)).toBe(true)
    expect(ex.notes.find((n) => n.field === 'section.requests')?.message).toContain('只见标明为2021年度的表格')
  })

  it('does not take prose that repeats the row words for a second table', () => {
    const text = ['本年度新收政府信息公开申请16件，上年结转2件。', ...table3(1)].join('\n')
    expect(tableStarts(text, 'requests')).toHaveLength(1)
    const z = { text, offset: 0 }
    expect(thisYearTable(z, 2022, 'requests')).toEqual({ zone: z, notes: [] })
  })

  it('reads the whole body\'s table, not a second one captioned as a part of it (「其中局本级」)', () => {
    const ex = read(report(['表1：全局汇总（含各基层所）', ...table3(2), '表2：其中局本级', ...table3(1)], table4(1)))
    expect(ex.report.requests.rows.received).toEqual([32, 0, 0, 0, 0, 0, 32])
    expect(ex.report.requests.rows.carriedForward).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(ex.notes.find((n) => n.field === 'section.requests')?.message).toContain('本机关一部分')
  })
})
