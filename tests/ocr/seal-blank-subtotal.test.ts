// A seal over table 三 (gen-3 stamp, dash zeros 「—」): OCR loses the cells under it and hands them on
// blank. The group's 小计 row (「（三）不予公开 | 小计 | 1 …」) was dropped only where its cells were the
// column sums of the rows below; a lost 「1」 in 「4.保护第三方合法权益」 broke that sum, so the 小计 row's
// cells stayed in the run, were given to 「（二）部分公开」's neighbour and every row below lost its label
// (164 of 200 cells unread). A blank below now makes its column say only 小计 ≥ the cells read.
import { describe, expect, it } from 'vitest'
import { BLANK_CELL as B, CELL_SEP } from '../../shared/extract/flat-marks'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const D = '—'
const row = (label: string, cells: string[]): string => [label, ...cells].join(CELL_SEP)
const zeros = Array(7).fill(D)
const one = (n: number): string[] => [String(n), D, D, D, D, D, String(n)]
// The print (every row adds up): 自然人 and 总计 columns carry the counts.
const zone = (thirdParty: string[]): string => [
  [B, '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].join(CELL_SEP),
  row('一、本年度新收政府信息公开申请数', one(9)),
  row('二、上年结转政府信息公开申请数', zeros),
  row('三、本年度办理结果' + CELL_SEP + '（一）予以公开', one(4)),
  row('（二）部分公开（区分处理的，只计这一情况，不计其他情况）', one(2)),
  row('（三）不予公开' + CELL_SEP + '小计', one(1)),
  row('1.属于国家秘密', zeros),
  row('2.其他法律行政法规禁止公开', zeros),
  row('3.危及“三安全一稳定”', zeros),
  row('4.保护第三方合法权益', thirdParty),
  row('5.属于三类内部事务信息', zeros),
  row('6.属于四类过程性信息', zeros),
  row('7.属于行政执法案卷', zeros),
  row('8.属于行政查询事项', zeros),
  row('（四）无法提供' + CELL_SEP + '小计', one(1)),
  row('1.本机关不掌握相关政府信息', one(1)),
  row('2.没有现成信息需要另行制作', zeros),
  row('3.补正后申请内容仍不明确', zeros),
  row('（五）不予处理' + CELL_SEP + '小计', one(1)),
  row('1.信访、举报、投诉类申请', one(1)),
  row('2.重复申请', zeros),
  row('3.要求提供公开出版物', zeros),
  row('4.无正当理由大量反复申请', zeros),
  row('5.要求行政机关确认或重新出具已获取信息', zeros),
  row('（六）其他处理' + CELL_SEP + '小计', zeros),
  row('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', zeros),
  row('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', zeros),
  row('3.其他', zeros),
  row('（七）总计', one(9)),
  row('四、结转下年度继续办理', zeros),
].join('\n')

const truth = (key: string): number[] => {
  const ones: Record<string, number> = { received: 9, granted: 4, partiallyGranted: 2, 'withheld.thirdPartyRights': 1, 'unavailable.notHeld': 1, 'notProcessed.petition': 1, handledTotal: 9 }
  const n = ones[key] ?? 0
  return [n, 0, 0, 0, 0, 0, n]
}

describe('a seal erased cells below a 小计 row', () => {
  it('the printed table: every row read by its label', () => {
    const p = parseRequestsTable(zone(one(1)))
    for (const [k, r] of Object.entries(p.rows)) expect([k, r]).toEqual([k, truth(k)])
  })
  it('six cells of one row lost: the rows below still read by their labels, the lost cells empty, none wrong', () => {
    const p = parseRequestsTable(zone([B, B, B, B, B, B, '1']))
    let read = 0
    for (const [k, r] of Object.entries(p.rows)) {
      r!.forEach((x, c) => {
        if (x === null) return
        read++
        expect(`${k}[${c}] = ${x}`).toBe(`${k}[${c}] = ${truth(k)[c]}`)
      })
    }
    expect(p.how['withheld.administrativeQuery']).toBe('label')
    expect(p.how.handledTotal).toBe('label')
    expect(p.rows['withheld.thirdPartyRights']!.slice(0, 6)).toEqual([null, null, null, null, null, null])
    expect(read).toBeGreaterThanOrEqual(25 * 7 - 6)
  })
})
