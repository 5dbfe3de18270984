// Section 二 written as sentences: a figure of last year, or a change on last year, is never read
// as this year's (shared/extract/active-disclosure-prose.ts with prose-time.ts).
import { describe, expect, it } from 'vitest'
import { parseDisclosureProse } from '../../shared/extract/active-disclosure-prose'

describe('section 二 prose beside last year', () => {
  it("reads this year's figure where last year's comes first in the sentence", () => {
    const p = parseDisclosureProse('上年制发行政规范性文件3件，本年制发行政规范性文件5件，废止1件，现行有效行政规范性文件40件。')
    expect(p?.table.normativeDocs).toEqual({ issued: 5, repealed: 1, inForce: 40 })
    expect(p?.notes).toEqual([])
  })

  it('does not read a change on last year as a figure', () => {
    expect(parseDisclosureProse('作出行政许可处理决定同比增加200件。')).toBeNull()
    const p = parseDisclosureProse('作出行政许可处理决定1,200件，较上年减少300件；行政处罚决定较上年增加5件。')
    expect(p?.table.licensing).toEqual({ decisions: 1200 })
    expect(p?.table.penalties).toBeUndefined()
  })

  it("reads the fee of this year, not last year's in the same sentence", () => {
    expect(parseDisclosureProse('去年行政事业性收费金额60万元，本年行政事业性收费金额56.3万元。')?.table.fees).toEqual({ amountWanYuan: 56.3 })
  })
})
