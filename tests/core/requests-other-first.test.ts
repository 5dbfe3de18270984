// （六）其他处理's sub-rows unnumbered and in another order, 「其他」 first on the heading's line (review
// rv17 a02): each read by its own label, not placed by position and then refused as 「数字未紧随其行名」.
import { describe, expect, it } from 'vitest'
import { read, report, table3, table4 } from './report-text'

const zeros = [0, 0, 0, 0, 0, 0, 0]
const NO_CORRECTION = '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'
const FEE = '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'

/** table3(1) with （六）'s sub-rows printed as `sub` (the heading's line first). */
function withSubRows(sub: string[]): string {
  const t3 = table3(1)
  t3.splice(25, 4, ...sub)
  return report(t3, table4(1))
}

describe('（六） sub-rows unnumbered, 其他 first beside the heading', () => {
  it('reads each sub-row by its label (其他 holds the 1, not the first sub-row of the template)', () => {
    const ex = read(withSubRows([['（六）其他处理', '其他', 1, 0, 0, 0, 0, 0, 1].join('\t'), [NO_CORRECTION, ...zeros].join('\t'), [FEE, ...zeros].join('\t')]))
    const rows = ex.report.requests.rows
    expect(rows['otherHandling.other']).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(rows['otherHandling.noCorrection']).toEqual(zeros)
    expect(rows['otherHandling.feeUnpaid']).toEqual(zeros)
    expect(ex.provenance['requests.otherHandling.other']?.how).toBe('label')
    expect(ex.notes.some((n) => n.message.includes('数字未紧随其行名'))).toBe(false)
  })

  it('not where a sub-row is missing: 其他 is then no sure label, and nothing is read wrong', () => {
    const ex = read(withSubRows([['（六）其他处理', '其他', 1, 0, 0, 0, 0, 0, 1].join('\t'), [NO_CORRECTION, ...zeros].join('\t'), ['其他原因', ...zeros].join('\t')]))
    const rows = ex.report.requests.rows
    expect(rows['otherHandling.noCorrection']?.[0] === 1).toBe(false)
  })
})
