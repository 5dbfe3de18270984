// Two wrong numbers a hostile review (rv15) found in this session's readings, each now refused:
// 1. Table 三 with a 小计 row at each group's FOOT, labels printed apart from their numbers: where only
//    each group's first row is non-zero, reading the 小计 rows at the groups' heads puts every first row
//    last, and every identity still holds (row totals, 小计 = group, 总计, 一 + 二 = 七 + 四): 14 cells
//    were read wrong with a note saying all identities held (requests-subtotal-in-order.ts).
// 2. Zeros blank, a short row followed by a bare page number equal to its total: 「5 1 1 1 1 9」 + page
//    「18」 was read by label as 5 | 1 | 1 | 1 | 1 | 9 | 18, adding up by chance (requests-short-rows.ts).
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const HEAD = [
  '三、收到和处理政府信息公开申请情况',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
]
const LABELS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果 （一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开 1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '小计',
  '（四）无法提供 1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '小计',
  '（五）不予处理 1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '小计',
  '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '小计',
  '（七）总计',
  '四、结转下年度继续办理',
]
const zeros = '0 0 0 0 0 0 0'
const one = (a: number, b = 0): string => `${a} ${b} 0 0 0 0 ${a + b}`

function read(text: string) {
  const { report, notes } = extractReport(textToDocument(text, 'x.txt'))
  return { requests: report.requests, notes }
}

describe('小计 rows at the groups\' feet, labels apart from the numbers', () => {
  // The rows printed in order: 一, 二, (一), (二), (三) 1–8 + 小计, (四) 1–3 + 小计, (五) 1–5 + 小计, (六) 1–3 + 小计, (七), 四.
  const table = (groups: string[][]): string => [...HEAD, ...LABELS, one(5, 1), zeros, one(1), zeros, ...groups.flat(), one(5, 1), zeros, '四、政府信息公开行政复议、行政诉讼情况'].join('\n')
  const withSub = (rows: string[], sub: string): string[] => [...rows, sub]

  it('only each group\'s first row non-zero (both placements add up): left unread with a note, none wrong', () => {
    const r = read(table([withSub([one(1), ...Array(7).fill(zeros)], one(1)), withSub([one(2, 1), zeros, zeros], one(2, 1)), withSub([one(1), ...Array(4).fill(zeros)], one(1)), withSub(Array(3).fill(zeros), zeros)]))
    const rows = r.requests?.rows ?? {}
    for (const k of ['withheld.stateSecret', 'withheld.administrativeQuery', 'unavailable.notHeld', 'unavailable.unclearAfterCorrection', 'notProcessed.petition', 'notProcessed.confirmOrReissue'] as const) {
      expect(rows[k]?.every((x) => x === null) ?? true, k).toBe(true)
      expect(r.notes.some((n) => n.field === `requests.${k}`), k).toBe(true)
    }
  })

  it('a group with a later row non-zero tells the placement: read, every row where printed', () => {
    const r = read(table([withSub([zeros, one(1), ...Array(6).fill(zeros)], one(1)), withSub([one(2, 1), zeros, zeros], one(2, 1)), withSub([one(1), ...Array(4).fill(zeros)], one(1)), withSub(Array(3).fill(zeros), zeros)]))
    const rows = r.requests?.rows ?? {}
    expect(rows['withheld.stateSecret']).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(rows['withheld.prohibitedByLaw']).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(rows['unavailable.notHeld']).toEqual([2, 1, 0, 0, 0, 0, 3])
    expect(rows['notProcessed.petition']).toEqual([1, 0, 0, 0, 0, 0, 1])
  })
})

describe('zeros blank, a bare page number equal to the short row\'s total', () => {
  const text = '三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n一、本年新收政府信息公开申请数量\n7\n1\n1\n1\n1\n11\n（一）予以公开\n5\n1\n1\n1\n1\n9\n\n18\n\x0c（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n2\n2\n四、政府信息公开行政复议、行政诉讼情况\n'
  it('the row is left unread with a note, not read as seven numbers adding up by chance', () => {
    const r = read(text)
    expect(r.requests?.rows.granted?.every((x) => x === null) ?? true).toBe(true)
    expect(r.notes.some((n) => n.field === 'requests.granted' && n.message.includes('页码'))).toBe(true)
  })
  it('the same page without the page number: the short row is not read wrong either', () => {
    const r = read(text.replace('\n18\n', '\n'))
    const g = r.requests?.rows.granted
    expect(g === undefined || g.every((x) => x === null) || JSON.stringify(g) === JSON.stringify([5, 1, 1, 1, 1, 0, 9])).toBe(true)
  })
})
