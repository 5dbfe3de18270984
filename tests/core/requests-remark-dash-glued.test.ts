// Table 三 under a 备注 column, crawled text run together (「…0件0件0件0件0件0件—5．要求…」): a row whose
// blank cell the text dropped prints six numbers and its remark's dash glued to the next label. Read
// as seven cells, the dash was the 总计 and every cell one column left: a blank 自然人 read 0
// (remarks-column crawled-run seeds 880905, 882205, 883205). The dash may be the remark: unread, noted.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const before = '申请人情况备注自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'
const zone = '一、本年新收政府信息公开申请数量12件0件0件0件0件0件12件无二、上年结转政府信息公开申请数量0件0件0件0件0件0件0件已办结(一)予以公开8件0件0件0件0件0件8件无(二)部分公开4件0件0件0件0件0件—(三)不予公开1．属于国家秘密0件0件0件0件0件0件0件无'

describe('a row of exactly seven tokens ending in a dash glued to the next label, under 备注', () => {
  it('is unread with a note; the rows around it are read', () => {
    const got = parseRequestsTable(zone, before)
    expect(got.rows.received).toEqual([12, 0, 0, 0, 0, 0, 12])
    expect(got.rows.granted).toEqual([8, 0, 0, 0, 0, 0, 8])
    expect(got.rows.partiallyGranted?.every((v) => v === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'requests.partiallyGranted' && n.message.includes('备注'))).toBe(true)
  })
  it('without a remarks heading the dash is the row\'s last cell', () => {
    const got = parseRequestsTable(zone.replace(/无|已办结/g, '').replace('4件0件', '0件0件'), before.replace('备注', ''))
    expect(got.rows.partiallyGranted).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
})
