// The report's date printed in brackets under its title instead of under the signature (review 10
// R10-11): read where it is the line right after the title; never a period, an update or an annex's date.
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'
import { read, report, table3, table4 } from './report-text'

const TITLE = '某县某局2022年政府信息公开工作年度报告'
const BODY = ['本报告所列数据的统计期限（截至2023年1月5日更新）自2022年1月1日起至2022年12月31日止。', '一、总体情况', '本局依法做好政务公开工作。', '六、其他需要报告的事项', '无。']

describe('the date under the title', () => {
  it('reads 「（2023年1月23日）」 right under the title, also after a title on two lines', () => {
    expect(extractHeader([TITLE, '（2023年1月23日）', ...BODY]).publishedOn).toBe('2023-01-23')
    expect(extractHeader(['某县某局2022年政府信息公开', '工作年度报告', '', '(2023年1月23日)', ...BODY]).publishedOn).toBe('2023-01-23')
    expect(extractHeader([TITLE, '（二〇二三年一月二十三日）', ...BODY]).publishedOn).toBe('2023-01-23')
  })

  it('prefers the signature, and takes no other date under the title', () => {
    expect(extractHeader([TITLE, '（2023年1月5日）', ...BODY, '某县某局', '2023年1月20日']).publishedOn).toBe('2023-01-20')
    for (const line of ['（截至2023年1月5日更新）', '（2023年1月5日印发）', '2023年1月23日发布', '（2022年1月1日）']) {
      expect(extractHeader([TITLE, line, ...BODY]).publishedOn, line).toBeNull()
    }
    // Below the first line of the body: not the title's date.
    expect(extractHeader([TITLE, BODY[0]!, '（2023年1月23日）', ...BODY.slice(1)]).publishedOn).toBeNull()
  })

  it('says so in a note where no date is found', () => {
    const ex = read(report(table3(1), table4(1)))
    expect(ex.report.publishedOn).toBeNull()
    expect(ex.notes.find((n) => n.field === 'publishedOn')?.message).toContain('未读取落款日期')
  })
})
