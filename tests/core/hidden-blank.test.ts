// Run-together digits under a 备注 column (hidden-blank.ts): a blank cell may hide a count its row's
// 总计 counts, so a cut holding the sums one digit a cell is no proof (remarks-column rule, rmk27).
import { describe, expect, it } from 'vitest'
import { readCells } from '../../shared/extract/cells'
import { hiddenBlankReadings } from '../../shared/extract/hidden-blank'
import { REQUEST_ROW_RULES, REVIEW_ROW_RULES } from '../../shared/extract/digit-split'
import { subtotalRules } from '../../shared/extract/requests-subtotal'

describe('readings with a blank hiding a count', () => {
  it('find 自然人 blank beside a two-digit 总计 where the digits are as many as the cells', () => {
    // 「10000112」 in a table with 小计: blank, 1 0 0 0 0, 小计 1, 总计 12 (自然人 hides 11).
    const found = hiddenBlankReadings(readCells('10000112'), 8, subtotalRules(6))
    expect(found).toContainEqual([null, 1, 0, 0, 0, 0, 1, 12])
    // Table 四's 15 digits, 未经复议直接起诉's 总计 blank: 21 0 0 3 and a blank.
    expect(hiddenBlankReadings(readCells('530082100310012'), 15, REVIEW_ROW_RULES)).toContainEqual([5, 3, 0, 0, 8, 21, 0, 0, 3, null, 1, 0, 0, 1, 2])
  })
  it('find none where the digits outnumber the cells (the sums place several-digit cells)', () => {
    expect(hiddenBlankReadings(readCells('1210010214'), 7, REQUEST_ROW_RULES)).toEqual([])
    // As many digits as cells: a blank 总计 beside 「90」 fits (any count may hide there).
    expect(hiddenBlankReadings(readCells('9000001'), 7, REQUEST_ROW_RULES)).toEqual([[90, 0, 0, 0, 0, 1, null]])
  })
})
