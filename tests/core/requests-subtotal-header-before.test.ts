// Table 三 with a 小计 column whose zone starts at the first row (its section heading not found, the
// header printed before the zone): the 小计 column was looked for in the zone only, so each row's
// eight cells were read as seven after leaving out a 0 "by the sums", and a row with a blank cell
// shifted one column left (remarks-column markdown seed 881103: a blank 自然人 read as 0).
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const HEADER = '自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 小计 | 总计\n'
const LABELS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']
const row = (label: string, cells: string[]): string => `${label} | ${cells.join(' | ')}\n`
const zeros = ['/', '/', '/', '/', '/', '/', '/', '/']

describe('a 小计 column named in the header before the zone', () => {
  it('is left out by its place: a row with a blank 自然人 keeps it blank', () => {
    const zone = LABELS.map((l, i) => row(l, i === 0 ? ['8', '/', '/', '/', '/', '/', '/', '8'] : i === 14 ? ['', '/', '/', '/', '/', '/', '/', '/'] : zeros)).join('')
    const got = parseRequestsTable(zone, HEADER)
    expect(got.rows.received).toEqual([8, 0, 0, 0, 0, 0, 8])
    expect(got.rows['unavailable.unclearAfterCorrection']?.[0] ?? null).toBeNull()
  })
})

// The same table with a remark run in after each row (crawled text, 「…0件9件—(三)…」): a row whose blank
// 自然人 the text dropped has eight tokens with the remark's dash; read with 小计 left out it failed its
// own sums and was read anyway, one column off (remarks-column crawled-run seed 880205: 9 read as 0).
describe('a row failing its 小计/总计 with a dash among its cells', () => {
  it('is unread with a note, the other rows read', () => {
    const zone = LABELS.map((l, i) => row(l, i === 0 ? ['8', '0', '0', '0', '0', '0', '0', '8'] : i === 3 ? ['0', '0', '0', '0', '0', '0', '9', '—'] : ['0', '0', '0', '0', '0', '0', '0', '0'])).join('')
    const got = parseRequestsTable(zone, HEADER.replace('总计', '总计 | 备注'))
    expect(got.rows.received).toEqual([8, 0, 0, 0, 0, 0, 8])
    expect(got.rows.partiallyGranted?.every((v) => v === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'requests.partiallyGranted' && n.message.includes('备注'))).toBe(true)
  })
  it('without a remarks column the failing sum is the report\'s own slip, read as printed', () => {
    const zone = LABELS.map((l, i) => row(l, i === 0 ? ['8', '0', '0', '0', '0', '0', '0', '8'] : i === 3 ? ['2', '—', '—', '—', '1', '1', '2', '5'] : ['0', '0', '0', '0', '0', '0', '0', '0'])).join('')
    const got = parseRequestsTable(zone, HEADER)
    expect([got.rows.partiallyGranted?.[0], got.rows.partiallyGranted?.[6]]).toEqual([2, 5])
    expect(got.notes.some((n) => n.field === 'requests.partiallyGranted' && n.message.includes('备注'))).toBe(false)
  })
})
