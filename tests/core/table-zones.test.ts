// Tables whose section heading is absent are found by their own labels; a wide table's padding
// cells after a one-column row are not taken for numbers.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const REPORT = [
  '某县人民政府2023年政府信息公开工作年度报告',
  '一、总体情况',
  '本年度继续推进政务公开，主动公开政府信息情况如下：',
  '第二十条第（一）项',
  '信息内容 本年制发件数 本年废止件数 现行有效件数',
  '规章 1 0 11',
  '行政规范性文件 8 2 66',
  '第二十条第（五）项',
  '信息内容 本年处理决定数量',
  '行政许可 447',
  '本年新收政府信息公开申请数量 5 0 0 0 0 0 5',
  '行政复议 行政诉讼',
  '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
  '2 1 0 0 3 1 0 0 0 1 0 0 0 1 1',
  '五、存在的主要问题及改进情况',
  '一是公开不够及时。',
  '六、其他需要报告的事项',
  '无。',
].join('\n')

describe('tables without their section heading', () => {
  it('finds section 二 and table 四 by their labels and reads them', () => {
    const ex = extractReport(textToDocument(REPORT, 'x.txt'))
    expect(ex.report.activeDisclosure.rules).toEqual({ issued: 1, repealed: 0, inForce: 11 })
    expect(ex.report.activeDisclosure.normativeDocs).toEqual({ issued: 8, repealed: 2, inForce: 66 })
    expect(ex.report.activeDisclosure.licensing).toEqual({ decisions: 447 })
    expect(ex.report.reviewLitigation.review).toEqual([2, 1, 0, 0, 3])
    expect(ex.report.reviewLitigation.litigationAfterReview).toEqual([0, 0, 0, 1, 1])
    // The missing headings are still said.
    expect(ex.notes.some((n) => n.field === 'section.reviewLitigation')).toBe(true)
  })

  it('reads nothing as table 四 where no table 四 header stands', () => {
    const text = REPORT.replace(/行政复议 行政诉讼\n结果维持[^\n]*\n[^\n]*\n/, '本年度未发生行政复议、行政诉讼案件。\n')
    const ex = extractReport(textToDocument(text, 'x.txt'))
    expect(ex.report.reviewLitigation).toEqual({ review: null, litigationDirect: null, litigationAfterReview: null })
  })
})

describe('section 二 in one wide table', () => {
  it('drops the empty padding cells after a one-column row, keeps a row with too many numbers unread', () => {
    const md = ['| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 规章 | 0 | 0 | 0 |', '| 行政规范性文件 | 0 | 5 | 5 |', '| 信息内容 | 本年处理决定数量 |  |  |', '| 行政许可 | 550 |  |  |', '| 行政处罚 | 4,119 | 7 |  |'].join('\n')
    const ex = extractReport(textToDocument(`二、主动公开政府信息情况\n${md}\n三、收到和处理政府信息公开申请情况`, 'x.md'))
    expect(ex.report.activeDisclosure.normativeDocs).toEqual({ issued: 0, repealed: 5, inForce: 5 })
    expect(ex.report.activeDisclosure.licensing).toEqual({ decisions: 550 })
    expect(ex.report.activeDisclosure.penalties).toEqual({ decisions: null })
  })
})
