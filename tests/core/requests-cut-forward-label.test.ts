// Table 三's last label cut at its cell's edge, 「四、结转下年」 (the rest, 「度继续办理」, overflowing the
// cell where the reader left it out: OFD glyphs over a ruled table, hr32 rsj ov35 char-tight-ruled),
// after a label tail printed on a line of its own (「要求缴纳费用、行政机关不再处理…」). The cut label is
// still 四's: its cells are not claimed by the label tail before it (three wrong cells there). Numbers invented.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const line = (k: RequestRowKey): string => `${REQUEST_ROW_LABELS[k]} ${ROWS.get(k)!.join(' ')}`

describe('table 三: 「四、结转下年」 cut at its cell', () => {
  it('reads 四 by its cut label, not as the row of the label tail before it', () => {
    const rows = KEYS.filter((k) => k !== 'carriedForward' && k !== 'otherHandling.feeUnpaid').map(line)
    const text = [HEAD, ...rows, '2.申请人逾期未按收费通知', '要求缴纳费用、行政机关不再处理其政府信息公开申请', `四、结转下年 ${ROWS.get('carriedForward')!.join(' ')}`].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.carriedForward).toEqual(ROWS.get('carriedForward'))
    expect(got.rows['otherHandling.feeUnpaid']?.some((x) => x !== null) ?? false).toBe(false)
  })
})
