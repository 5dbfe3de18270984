// A ruled PDF row whose grouped numbers wrap inside narrow cells: 「1 290」 and 「1 431」 print their
// thousands digits on the line above the label's line, the rest below it (sweep --group-space, pdf,
// seed 2: the 1s were left out as the row before's strays and the total read 431 for 1431, 7 wrong).
// One rule for such rows now: requests-stray-rows.ts.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const HEAD = '三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\t法人或其他组织\t总计\n\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t'
const ROWS = [
  '（六）其他处理\t1.申请人无正当理由逾期不补正\t27\t0\t0\t0\t0\t0\t27',
  '2.申请人逾期未按收费通知要求缴纳费用\t3\t0\t0\t0\t0\t0\t3',
  '3.其他\t15\t3\t0\t0\t0\t0\t18',
  '1 1',
  '（七）总计 105 6 3 12 15',
  '290 431',
  '四、结转下年度继续办理\t48\t0\t0\t0\t0\t0\t48',
]

describe('digits on the line above a row label, left out as the row before\'s strays', () => {
  it('leaves the row unread with a note, never reads its remaining numbers', () => {
    const got = parseRequestsTable(`${HEAD}\n${ROWS.join('\n')}\n`)
    expect(got.rows.handledTotal?.every((v) => v === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'requests.handledTotal' && n.message.includes('（1 1）'))).toBe(true)
    expect(got.rows['otherHandling.other']).toEqual([15, 3, 0, 0, 0, 0, 18])
  })
})
