// Crawled text whose blank cells are dropped and whose digits run together: a label that printed nothing
// (a blank row) stands before the next row's label and its run, so the run is cut over both rows together
// (requests-run.ts readRowsWithBlanks) and the table's identities single out which row it is. The row's
// 总计 is then the same in every reading that fits the table, while its other numbers' columns stay open
// (科研机构 … blank throughout: the columns may shift together). Such a row's read cells do not add up
// to its 总计 — that is no failing row of a group printed apart from its numbers (requests-run-cut-rows.ts).
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

// 一 7 2 → 9; 二 blank; （一） 4 2 → 6; （二） 1 → 1; 无法提供 1. 2 → 2; （七） 7 2 → 9; 四 blank.
const TABLE =
  '申请人情况自然人商业企业科研机构社会公益组织法律服务机构其他总计' +
  '一、本年新收政府信息公开申请数量729二、上年结转政府信息公开申请数量三、本年度办理结果（一）予以公开426' +
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）11（三）不予公开1.属于国家秘密2.其他法律行政法规禁止公开' +
  '3.危及“三安全一稳定”4.保护第三方合法权益5.属于三类内部事务信息6.属于四类过程性信息7.属于行政执法案卷8.属于行政查询事项' +
  '（四）无法提供1.本机关不掌握相关政府信息222.没有现成信息需要另行制作3.补正后申请内容仍不明确' +
  '（五）不予处理1.信访举报投诉类申请2.重复申请3.要求提供公开出版物4.无正当理由大量反复申请5.要求行政机关确认或重新出具已获取信息' +
  '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请3.其他' +
  '（七）总计729\n四、结转下年度继续办理'

const TRUTH: Record<string, (number | null)[]> = {
  received: [7, 2, null, null, null, null, 9],
  granted: [4, 2, null, null, null, null, 6],
  partiallyGranted: [1, null, null, null, null, null, 1],
  'unavailable.notHeld': [2, null, null, null, null, null, 2],
  handledTotal: [7, 2, null, null, null, null, 9],
}

describe('rows cut together from one run, placed by the table’s identities, columns left open', () => {
  it('reads the 总计 of the row the identities give the run to', () => {
    const { rows, notes } = parseRequestsTable(TABLE)
    expect(rows.granted?.[6]).toBe(6)
    expect(rows.handledTotal?.[6]).toBe(9)
    // The rows printed nothing: read as blank, never given the run's numbers.
    expect(rows.carriedOver?.every((v) => v === null) ?? true).toBe(true)
    expect(rows['otherHandling.other']?.every((v) => v === null) ?? true).toBe(true)
    // The open columns say why (no note that the rows' places are unproven).
    expect(notes.find((n) => n.field === 'requests.granted')?.message ?? '').toContain('不能唯一确定')
    expect(notes.some((n) => n.message.includes('的位置不能证明'))).toBe(false)
  })

  it('reads no cell other than the table’s own', () => {
    const { rows } = parseRequestsTable(TABLE)
    for (const [k, row] of Object.entries(rows)) {
      row?.forEach((v, c) => {
        if (v === null) return
        expect(TRUTH[k]?.[c] ?? 0, `${k}[${c}]`).toBe(v)
      })
    }
  })

  it('reads no 总计 where no identity of the table holds', () => {
    // （七） printed 7 3 10: the outcome rows add up to 9 and 一 + 二 = （七） + 四 fails whichever row 「426」 is.
    const { rows, notes } = parseRequestsTable(TABLE.replace('（七）总计729', '（七）总计7310'))
    expect(rows.granted?.[6] ?? null).toBeNull()
    expect(notes.find((n) => n.field === 'requests.granted')?.message ?? '').toMatch(/不成立|不能证明/)
  })

  it('reads the 总计 where the outcome rows alone place the run (一 + 二 = （七） + 四 failing)', () => {
    // 一 printed 7 1 8: the flow fails in every reading, but 「426」 as 二's would leave the outcome rows at 3, not 9.
    const { rows } = parseRequestsTable(TABLE.replace('申请数量729', '申请数量718'))
    expect(rows.granted?.[6]).toBe(6)
  })
})
