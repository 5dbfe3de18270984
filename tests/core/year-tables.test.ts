// A report that prints last year's table 三 or 四 beside its own: only the table captioned with the
// report's year (or, without captions, the only one) is read; two uncaptioned tables are refused.
import { describe, expect, it } from 'vitest'
import { tableStarts, thisYearTable } from '../../shared/extract/year-tables'
import { lastYearCaptions } from '../../shared/extract/year-captions'
import { read, report, table3, table4 } from './report-text'

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

  it('reads this year\'s table when last year\'s after it is captioned 上年度 in words (review 10 R10-7)', () => {
    for (const caption of ['附：上年度（2021年）收到和处理政府信息公开申请情况（供对比）', '附：上年度收到和处理政府信息公开申请情况（供对比）', '去年同期对比情况如下：']) {
      const ex = read(report([...table3(1), caption, ...table3(3)], table4(1)))
      expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
      expect(ex.report.requests.rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
      expect(ex.notes.find((n) => n.field === 'section.requests')?.message).toMatch(/另有 1 张标明为(?:2021|上)年度的表格/)
    }
  })

  it("finds last year's table first where zeros print as — or 无 and digits are full-width (generator rule last-year:t3-before)", () => {
    const dashed = (k: number, zero: string, digits: (s: string) => string): string[] => table3(k).map((l, i) => (i === 0 ? l : l.split('\t').map((c, j) => (j === 0 ? c : c === '0' ? zero : digits(c))).join('\t')))
    const fullWidth = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    for (const [zero, digits] of [['—', (s: string) => s], ['无', fullWidth]] as const) {
      const ex = read(report(['上年度（2021年）情况：', ...dashed(3, zero, digits), '2022年度情况如下：', ...dashed(1, zero, digits)], table4(1)))
      expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
      expect(ex.report.requests.rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
    }
  })

  it('knows a caption naming last year from row labels and prose', () => {
    expect(lastYearCaptions('附：上年度（2022年）收到和处理政府信息公开申请情况（供对比）', 2023)).toEqual([{ at: 0, year: 2022, label: '2022年度' }])
    expect(lastYearCaptions('去年同期对比情况如下：', 2023)).toEqual([{ at: 0, year: 2022, label: '上年度' }])
    for (const line of ['二、上年结转政府信息公开申请数量', '二、上年度结转政府信息公开申请数量', '数据对比情况如下：', '较上年有所增长，主要原因是', '上年度新收申请16件']) expect(lastYearCaptions(line, 2023), line).toEqual([])
  })

  it('takes no prose line that mentions last year for a caption', () => {
    // A wrapped line of prose (a comma in it) and the row 「二、上年结转…」 name no table's year.
    const ex = read(report(['全年新收申请较上年有所增长，主要是', ...table3(1)], table4(1)))
    expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    expect(ex.notes.some((n) => n.field === 'requests')).toBe(false)
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
    expect(ex.notes.find((n) => n.field === 'requests')?.message).toContain('有 2 张表格，表前都没有标明年度的标题')
    expect(ex.notes.find((n) => n.field === 'reviewLitigation')?.message).toContain('有 2 张表格')
  })

  it('reads a table printed twice with the same numbers (a copy under a picture caption) once, with a note (review rv16 h15)', () => {
    const ex = read(report([...table3(1), '图1 收到和处理政府信息公开申请情况（截图）', ...table3(1)], table4(1)))
    expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    expect(ex.report.requests.rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(ex.notes.find((n) => n.field === 'section.requests')?.message).toMatch(/印了 2 次，各张的数字完全相同/)
    // A copy that differs in one number is another table: both stay unread.
    const other = table3(1).map((l, i) => (i === 1 ? l.replace(/\t16$/, '\t17').replace(/^([^\t]*)\t16/, '$1\t17') : l))
    const ex2 = read(report([...table3(1), '图1 收到和处理政府信息公开申请情况（截图）', ...other], table4(1)))
    expect(Object.values(ex2.report.requests.rows).flat().every((v) => v === null)).toBe(true)
    // A copy with the same numbers under a header in another column order gives them other meanings: refused (rv17b).
    const swapped = [table3(1)[0]!.replace('商业企业\t科研机构', '科研机构\t商业企业'), ...table3(1).slice(1)]
    const ex3 = read(report([...table3(1), '图1 收到和处理政府信息公开申请情况（截图）', ...swapped], table4(1)))
    expect(Object.values(ex3.report.requests.rows).flat().every((v) => v === null)).toBe(true)
  })

  it('leaves a table captioned only with another year unread', () => {
    const ex = read(report(['2021年度情况', ...table3(3)], table4(1)))
    expect(Object.values(ex.report.requests.rows).flat().every((v) => v === null)).toBe(true)
    expect(ex.notes.find((n) => n.field === 'requests')?.message).toContain('只见标明为2021年度的表格')
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
