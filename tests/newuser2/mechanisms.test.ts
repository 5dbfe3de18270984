// The extractor rules the second new-user set led to, each on small made-up tables: table 三's
// column order from its header, 小计 rows left out only where the group's sums prove them, section
// 二's column order from its header, and table 四 counts printed with their unit in plain text.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { requestColumnOrder } from '../../shared/extract/requests-column-order'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { parseReviewTable } from '../../shared/extract/review-table'

const row = (label: string, cells: (number | string)[]): string => [label, ...cells].join('\t')
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

/** Table 三 of the 2019 layout, every row given (the rows named here; the others all 0). */
function table(header: string[], rows: Record<string, (number | string)[]>): string {
  const labels: [string, string][] = [
    ['received', '一、本年新收政府信息公开申请数量'],
    ['carriedOver', '二、上年结转政府信息公开申请数量'],
    ['granted', '（一）予以公开'],
    ['partiallyGranted', '（二）部分公开'],
    ['s1', '1.属于国家秘密'],
    ['s2', '2.其他法律行政法规禁止公开'],
    ['s3', '3.危及“三安全一稳定”'],
    ['s4', '4.保护第三方合法权益'],
    ['s5', '5.属于三类内部事务信息'],
    ['s6', '6.属于四类过程性信息'],
    ['s7', '7.属于行政执法案卷'],
    ['s8', '8.属于行政查询事项'],
    ['u1', '1.本机关不掌握相关政府信息'],
    ['u2', '2.没有现成信息需要另行制作'],
    ['u3', '3.补正后申请内容仍不明确'],
    ['n1', '1.信访举报投诉类申请'],
    ['n2', '2.重复申请'],
    ['n3', '3.要求提供公开出版物'],
    ['n4', '4.无正当理由大量反复申请'],
    ['n5', '5.要求行政机关确认或重新出具已获取信息'],
    ['other', '（六）其他处理'],
    ['handled', '（七）总计'],
    ['forward', '四、结转下年度继续办理'],
  ]
  return [...header, ...labels.flatMap(([k, l]) => (rows[`${k}-before`] ? [rows[`${k}-before`]!.join('\t')] : []).concat(row(l, rows[k] ?? [0, 0, 0, 0, 0, 0, 0])))].join('\n')
}

// 自然人 10 + 3 organisations; printed organisations first: 商业企业 2, 科研 0, 公益 0, 法律 1, 其他 0, 自然人 10, 总计 13.
const ORG_FIRST = { received: [2, 0, 0, 1, 0, 10, 13], granted: [2, 0, 0, 1, 0, 10, 13], handled: [2, 0, 0, 1, 0, 10, 13] }

describe('table 三 column order (tests/newuser2 nw01, nw08, nw11, nw13)', () => {
  it('puts the 法人或其他组织 columns printed before 自然人 back in the template order', () => {
    const header = [`${NOTE}\t申请人情况`, '法人或其他组织\t自然人\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他']
    const got = parseRequestsTable(table(header, ORG_FIRST))
    expect(got.rows.received).toEqual([10, 2, 0, 0, 1, 0, 13])
    expect(got.rows.handledTotal).toEqual([10, 2, 0, 0, 1, 0, 13])
  })
  it('reads the template order as before', () => {
    const header = [`${NOTE}\t申请人情况`, '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他']
    const got = parseRequestsTable(table(header, { received: [10, 2, 0, 0, 1, 0, 13], granted: [10, 2, 0, 0, 1, 0, 13], handled: [10, 2, 0, 0, 1, 0, 13] }))
    expect(got.rows.received).toEqual([10, 2, 0, 0, 1, 0, 13])
  })
  it('leaves the rows unread, with a note, where the header lines contradict each other', () => {
    const header = ['法人或其他组织\t自然人\t总计', '自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计']
    const got = parseRequestsTable(table(header, ORG_FIRST))
    // The applicant columns stay unread; the 总计 equals the six cells before it, so it is the total.
    expect(got.rows.received).toEqual([null, null, null, null, null, null, 13])
    expect(got.notes.some((n) => n.field === 'requests.received' && n.message.includes('自然人'))).toBe(true)
  })
  it('judges the header without its bracketed note, and not by prose before the table', () => {
    expect(requestColumnOrder(`${NOTE}申请人情况法人或其他组织自然人总计商业企业科研机构`)).toBe('organisations-first')
    expect(requestColumnOrder('其中法人或其他组织申请3件，自然人申请10件。\n自然人\t法人或其他组织\t总计')).toBe('template')
  })
  it('reads a header of one cell per line by the order of its lines; a longer header line keeps the template order', () => {
    expect(requestColumnOrder(['申请人情况', '法人或其他组织', '自然人', '总计', '商业企业', '科研机构'].join('\n'))).toBe('organisations-first')
    expect(requestColumnOrder(['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业'].join('\n'))).toBe('template')
    expect(requestColumnOrder(['          法人或其他组织', '自然人        总计'].join('\n'))).toBe('template')
  })
  it('with 自然人 wrapped 自然 / 人 in plain pdftotext, the tail line of second pieces decides, not the lines of the tall headings (review 12 R12-2)', () => {
    // The merged 法人或其他组织 cell sits higher than the vertically centred 自然人: its line comes first in either order.
    const head = ['法人或其他组织', '自然', '总', '项目', '商业', '科研', '社会公', '法律服', '其']
    expect(requestColumnOrder([...head, '人 企业 机构 益组织 务机构 他 计'].join('\n'))).toBe('template')
    expect(requestColumnOrder([...head, '企业 机构 益组织 务机构 他 人 计'].join('\n'))).toBe('organisations-first')
    expect(requestColumnOrder(['法人或其他组织', '自然', '项目', '科研 社会公 法律服 其 总计', '人 商业', '企业 机构 益组织 务机构 他'].join('\n'))).toBe('template')
    // 自然 beside 总 on a line of pieces (自然人 at the top of its tall cell): the tail line still decides (rv5 RV5-5).
    expect(requestColumnOrder(['法人或其他组织', '自然 总', '项目', '商业 科研 社会公 法律服 其 人 计', '企业 机构 益组织 务机构 他'].join('\n'))).toBe('organisations-first')
    expect(requestColumnOrder(['法人或其他组织', '自 总', '项目', '商业 科研 社会公 法律服 其 然 计', '企业 机构 益组织 务机构 他 人'].join('\n'))).toBe('organisations-first')
    // No tail line: the lines' order is no proof of organisations first.
    expect(requestColumnOrder(head.join('\n'))).toBe('unclear')
  })
})

describe('table 三 小计 rows (tests/newuser2 nw06, nw10, nw12)', () => {
  const header = [`${NOTE}\t申请人情况`, '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他']
  const rows = {
    received: [5, 1, 0, 0, 0, 0, 6],
    granted: [2, 1, 0, 0, 0, 0, 3],
    's1-before': ['（三）不予公开', '小计', 1, 0, 0, 0, 0, 0, 1],
    s1: [1, 0, 0, 0, 0, 0, 1],
    'u1-before': ['（四）无法提供', '小计', 2, 0, 0, 0, 0, 0, 2],
    u1: [2, 0, 0, 0, 0, 0, 2],
    handled: [5, 1, 0, 0, 0, 0, 6],
  }
  it('leaves out a 小计 row whose cells are the sums of its group’s rows, and reads every row', () => {
    const got = parseRequestsTable(table(header, rows))
    expect(got.rows['withheld.stateSecret']).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(got.rows['withheld.prohibitedByLaw']).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(got.rows['unavailable.notHeld']).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(got.rows.handledTotal).toEqual([5, 1, 0, 0, 0, 0, 6])
  })
  it('keeps a 小计 row that is not its group’s sums: the rows are then never read shifted', () => {
    const bad = { ...rows, 's1-before': ['（三）不予公开', '小计', 4, 0, 0, 0, 0, 0, 4] }
    const got = parseRequestsTable(table(header, bad))
    for (const k of ['withheld.stateSecret', 'withheld.prohibitedByLaw', 'unavailable.notHeld'] as const) {
      const r = got.rows[k]
      if (r?.some((x) => x !== null)) expect(r).toEqual(k === 'unavailable.notHeld' ? [2, 0, 0, 0, 0, 0, 2] : k === 'withheld.stateSecret' ? [1, 0, 0, 0, 0, 0, 1] : [0, 0, 0, 0, 0, 0, 0])
    }
  })
})

describe('section 二 column order (tests/newuser2 nw02, nw07, nw10)', () => {
  it('reads 规章 / 规范性文件 in the order the header prints (2019: 本年新公开 before 本年新制作)', () => {
    const text = ['第二十条第（一）项', '信息内容\t本年新公开数量\t本年新制作数量\t对外公开总数量', '规章\t1\t0\t5', '规范性文件\t14\t12\t206'].join('\n')
    const got = parseActiveDisclosure(text)
    expect(got.table.normativeDocs).toEqual({ newlyMade: 12, newlyPublished: 14, publishedTotal: 206 })
    expect(got.table.rules).toEqual({ newlyMade: 0, newlyPublished: 1, publishedTotal: 5 })
  })
  it('reads 现行有效件数 before 本年废止件数 (2021)', () => {
    const text = ['第二十条第（一）项', '信息内容\t本年制发件数\t现行有效件数\t本年废止件数', '规章\t0\t2\t0', '行政规范性文件\t5\t40\t4'].join('\n')
    expect(parseActiveDisclosure(text).table.normativeDocs).toEqual({ issued: 5, repealed: 4, inForce: 40 })
  })
  it('leaves the rows unread where the header is incomplete and out of the template order', () => {
    const text = ['第二十条第（一）项', '信息内容\t本年新公开数量\t本年新制作数量', '规章\t1\t0\t5', '规范性文件\t14\t12\t206'].join('\n')
    const got = parseActiveDisclosure(text)
    expect(got.table.normativeDocs).toEqual({ newlyMade: null, newlyPublished: null, publishedTotal: null })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.normativeDocs')).toBe(true)
  })
})

describe('table 四 counts with their unit in plain text (tests/newuser2 nw04, nw11)', () => {
  it('reads "3件 1件 …" after the header as the 15 cells', () => {
    const text = ['行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
      '3件 1件 1件 1件 6件 2件 0件 0件 1件 3件 1件 0件 0件 0件 1件'].join('\n')
    const got = parseReviewTable(text)
    expect(got.table.review).toEqual([3, 1, 1, 1, 6])
    expect(got.table.litigationAfterReview).toEqual([1, 0, 0, 0, 1])
  })
})
