// Rows whose label names another period (hostile review rv27): 「行政许可（2023年）| 7427」 alone in its
// table, 「规章（累计）」, table 四's 「行政复议（上年）」 were read as this year's, no note. Invented numbers.
import { describe, expect, it } from 'vitest'
import { textToDocument } from '../../shared/text/text-document'
import { extractReport } from '../../shared/extract/index'
import { otherPeriodAt, otherPeriodBefore } from '../../shared/extract/other-period'

const report = (body: string[]): ReturnType<typeof extractReport> =>
  extractReport(textToDocument(['某市某局2024年政府信息公开工作年度报告', '一、总体情况', '本年度扎实推进政务公开。', ...body].join('\n'), 'a.md'))

describe('rows of another period', () => {
  it('names the qualifier right after a label, also broken over lines, and nothing else', () => {
    const at = (t: string): string | null => otherPeriodAt(t, t.indexOf('许可') + 2)
    expect(at('行政许可（2023年） 31')).toBe('（2023年）')
    expect(at('行政许可（上\n年同期）')).toBe('（上年同期）')
    expect(at('行政许可（累计） 31')).toBe('（累计）')
    expect(at('行政许可上年 31')).toBe('上年')
    expect(at('行政许可（本年） 31')).toBeNull()
    expect(at('行政许可 31')).toBeNull()
    expect(at('行政许可上一年项目数量')).toBeNull()
    // Hostile review hr27: forms the first rule missed.
    expect(at('行政许可上年数 31')).toBe('上年')
    expect(at('行政许可（2022） 31')).toBe('（2022）')
    expect(at('行政许可（二〇二二年） 31')).toBe('（二〇二二年）')
    expect(at('行政许可（上期） 31')).toBe('（上期）')
    expect(at('行政许可2022年 31')).toBe('2022年')
    expect(at('行政许可22932020年行政许可')).toBeNull()
    const before = (t: string): string | null => otherPeriodBefore(t, t.indexOf('行政许可'))
    expect(before('上年行政许可')).toBe('上年')
    expect(before('22932020年行政许可')).toBe('2020年')
    expect(before('本年行政许可')).toBeNull()
    expect(before('处理决定数量行政许可')).toBeNull()
  })

  it('section 二: the period written before the label (「上年行政许可」), in run-together text beside this year’s row', () => {
    const ex = report(['二、主动公开政府信息情况', '第二十条第（五）项信息内容本年处理决定数量上年行政许可2100本年行政许可2293', '三、收到和处理政府信息公开申请情况', '无。'])
    expect(ex.report.activeDisclosure.licensing?.decisions ?? null).not.toBe(2100)
    expect(ex.notes.some((n) => n.message.includes('「上年行政许可」行（2100）'))).toBe(true)
  })

  it('section 二: a row of another period is never this year’s; the year’s own row beside it is', () => {
    const ex = report([
      '二、主动公开政府信息情况',
      '| 第二十条第（一）项 | | | |',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章（累计） | 31 | 5 | 26 |',
      '| 行政规范性文件 | 4 | 1 | 22 |',
      '| 第二十条第（五）项 | |',
      '| 信息内容 | 本年处理决定数量 |',
      '| 行政许可（2023年） | 7311 |',
      '| 第二十条第（六）项 | |',
      '| 信息内容 | 本年处理决定数量 |',
      '| 行政处罚 | 812 |',
      '| 行政处罚（上年） | 2436 |',
      '三、收到和处理政府信息公开申请情况',
      '无。',
    ])
    const t = ex.report.activeDisclosure
    expect(t.rules?.issued ?? null).toBeNull()
    expect(t.normativeDocs).toEqual({ issued: 4, repealed: 1, inForce: 22 })
    expect(t.licensing?.decisions ?? null).toBeNull()
    expect(t.penalties?.decisions).toBe(812)
    const said = ex.notes.map((n) => n.message).join('\n')
    expect(said).toContain('「行政许可（2023年）」行（7311')
    expect(said).toContain('「规章（累计）」行（31、5、26）')
  })

  it('table 四 with a group row of another period is left unread, with a note', () => {
    const ex = report([
      '四、政府信息公开行政复议、行政诉讼情况',
      '| 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 行政复议（上年） | 2 | 1 | 0 | 1 | 4 |',
      '| 行政诉讼（未经复议直接起诉） | 0 | 0 | 0 | 0 | 0 |',
      '| 行政诉讼（复议后起诉） | 1 | 0 | 0 | 0 | 1 |',
      '五、存在的主要问题及改进情况',
      '无。',
    ])
    expect(ex.report.reviewLitigation.review).toBeNull()
    expect(ex.notes.some((n) => n.field === 'reviewLitigation' && n.message.includes('行政复议（上年）'))).toBe(true)
  })
})
