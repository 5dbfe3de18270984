// Wrong numbers a hostile review (rv16) found in table shapes the team had not seen, each now refused
// or read right (the files are the review's smallest reproductions, as pdftotext or a portal prints them):
// 1. Each applicant column split 上年 | 本年: 14 numbers after 「一、本年新收…」 were read as two rows
//    column by column, the second row's label not printed at all (first half → 一, last year's numbers).
// 2. A cell 「1（注2）」 wrapped by pdftotext -layout over three lines: 「2）」 was read as the row's 总计.
// 3. Table 三's organisation headings wrapped over lines in another order than the template's (科研 left
//    of 商业企业): read in the template's order.
// 4. Table 四's group headings wrapped over lines, 行政复议 printed last: read in the template's order.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { requestColumnMap } from '../../shared/extract/requests-columns'
import { textToDocument } from '../../shared/text/text-document'

const read = (name: string) => extractReport(textToDocument(readFileSync(join(__dirname, 'fixtures/rv16', name), 'utf8'), name))

describe('rv16: table shapes read wrong before', () => {
  it('上年 | 本年 sub-columns after one label are not two rows read column by column', () => {
    const { report, notes } = read('paired-columns.txt')
    expect(report.requests.rows.received).toEqual([null, null, null, null, null, null, null])
    expect(notes.some((n) => n.field === 'requests.received')).toBe(true)
  })

  it('a footnote mark wrapped onto a line of its own is no cell of the row above', () => {
    const { report } = read('wrapped-footnote.txt')
    // Printed: 1 0 0 0 0 0 「1（注2）」. The 2 of the mark is never the row's 总计.
    const carried = report.requests.rows.carriedOver ?? []
    expect(carried[6] === null || carried[6] === 1).toBe(true)
    expect(carried.slice(0, 6)).toEqual([1, 0, 0, 0, 0, 0])
  })

  it('organisation headings whose indents contradict the template\'s order leave the row unread', () => {
    const { report, notes } = read('t3-wrapped-header-reordered.txt')
    // The applicant columns stay unread; the row's 总计 (19 = the six before it) is the total in any order.
    expect(report.requests.rows.received).toEqual([null, null, null, null, null, null, 19])
    expect(notes.find((n) => n.field === 'requests.received')?.message).toMatch(/列名分在多行.*列序与模板不同.*只读取总计/)
  })

  it('plain pdftotext (a heading piece per line) with the organisation headings out of the template\'s order: applicant columns unread', () => {
    // Printed 商业企业 科研机构 社会公益组织 其他 法律服务机构; the stream gives 社会 / 科研 / 商业企业 / 其他 / 法律服务.
    // Read in the template's order before: 其他 and 法律服务机构 swapped in 6 rows (12 wrong).
    const { report, notes } = read('t3-plain-header-reordered.txt')
    expect(report.requests.rows.received).toEqual([null, null, null, null, null, null, 19])
    expect(report.requests.rows.handledTotal).toEqual([null, null, null, null, null, null, 21])
    expect(report.requests.rows['unavailable.notHeld']).toEqual([null, null, null, null, null, null, 4])
    for (const row of Object.values(report.requests.rows)) expect(row!.slice(0, 6)).toEqual([null, null, null, null, null, null])
    expect(notes.find((n) => n.field === 'requests.received')?.message).toMatch(/与模板的列序不同.*只读取总计/)
  })

  it('plain pdftotext: organisation headings a piece per line out of the template\'s order are no proof either way', () => {
    // 商业企业 · 科研机构 · 社会公益组织 · 法律服务机构 · 其他 in the template's order, centred cells: the
    // stream gives the tallest heading's first line first (社会 / 科研 / 商业企业). A reordered header can
    // give the same stream (社会公益组织 left of 科研机构), so the applicant columns are not read.
    const template = ['自然人 法人或其他组织', '', '总计', '', '社会', '科研', '商业企业 公益', '机构', '组织', '', '法律服务', '其他', '机构'].join('\n')
    expect(requestColumnMap(template).kind).toBe('refused')
    // A stream in the template's order is read in it.
    const ascending = ['自然人 法人或其他组织', '', '总计', '', '商业企业', '科研', '社会', '公益', '机构', '组织', '法律服务', '机构', '其他'].join('\n')
    expect(requestColumnMap(ascending).kind).toBe('template')
  })

  it('法人或其他组织 printed as one column: 自然人 and 总计 read where they and the merged column add up, the five organisation columns empty', () => {
    const { report, notes } = read('t3-merged-organisations.layout.txt')
    expect(report.requests.rows.received).toEqual([12, null, null, null, null, null, 19])
    expect(report.requests.rows.handledTotal).toEqual([13, null, null, null, null, null, 21])
    for (const row of Object.values(report.requests.rows)) expect(row!.slice(1, 6)).toEqual([null, null, null, null, null])
    expect(notes.find((n) => n.field === 'requests')?.message).toMatch(/法人或其他组织」只印一列/)
    // A row whose three numbers do not add up is not read.
    const text = readFileSync(join(__dirname, 'fixtures/rv16/t3-merged-organisations.layout.txt'), 'utf8').replace(/(一、本年新收政府信息公开申请数量\s+12\s+7\s+)19/, '$120')
    const slipped = extractReport(textToDocument(text, 'x.txt'))
    expect(slipped.report.requests.rows.received ?? [null, null, null, null, null, null, null]).toEqual([null, null, null, null, null, null, null])
  })

  it('four columns 自然人 | 法人 | 其他组织 | 总计, or a dash cell before three numbers, are not the merged shape (rv17b)', () => {
    const head = '某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n三、收到和处理政府信息公开申请情况\n申请人情况\n'
    const tail = '\n四、政府信息公开行政复议、行政诉讼情况\n'
    for (const t of [`自然人\t法人\t其他组织\t总计\n6.属于四类过程性信息\t—\t1\t1\t2`, `自然人\t法人或其他组织\t总计\n6.属于四类过程性信息\t\t1\t\t\t1\t\t2`]) {
      const { report } = extractReport(textToDocument(head + t + tail, 'x.txt'))
      // Never 自然人 1: printed — (0) or blank.
      expect(report.requests.rows['withheld.processInformation']?.[0] ?? null).toBeNull()
    }
  })

  it('table 四 group headings whose indents contradict the order read leave the table unread', () => {
    const { report, notes } = read('t4-wrapped-header-reordered.txt')
    expect(report.reviewLitigation.review).toBeNull()
    expect(report.reviewLitigation.litigationAfterReview).toBeNull()
    expect(notes.find((n) => n.field === 'reviewLitigation')?.message).toMatch(/位置（缩进）/)
  })

  it('a header line wrapped by a converter (padded with full-width spaces) is no position: read as before', () => {
    const text = ['某县教育局2019年政府信息公开工作年度报告', readFileSync(join(__dirname, 'fixtures/rv16/t4-wrapped-fullwidth.txt'), 'utf8')].join('\n')
    const { report } = extractReport(textToDocument(text, 'x.txt'))
    expect(report.reviewLitigation.review).toEqual([3, 0, 0, 0, 3])
  })

  it('a side-split rest captioned with another year is not joined to this year\'s first part (rv16b)', () => {
    const { report } = read('side-split-rest-last-year.txt')
    // The rest (社会公益组织 … 总计) is 2022年度's: those four columns are not printed for this year.
    for (const row of Object.values(report.requests.rows)) expect(row?.slice(3)).toEqual([null, null, null, null])
  })
})
