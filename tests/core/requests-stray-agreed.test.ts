// A text-only OFD printing table 三 in narrow, top-aligned cells with letter-spaced full-width digits
// (sweep: --formats ofd-unruled --letter-spaced --models yunxi-gov_2020, seed 1): the heads of 447, 12
// and 546 wrap onto a line above the row's label, the rest stands on the label's line and the next.
// The line above is dropped as strays; every splitting of what is left ends in 「6」 alone, so 总计 was
// read 6 for 546 by "agreement" that no identity of the table could check (（七）总计 printed alike).
// A row read only so, beside bare numbers no row took, is left unread (requests-stray-rows.ts).
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'

const HEAD = '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'
/** The variant's table (2020 template: （六）其他处理 one row). */
const ROWS: [RequestRowKey, number[]][] = [
  ['received', [447, 76, 3, 2, 6, 12, 546]],
  ['carriedOver', [21, 0, 0, 0, 0, 0, 21]],
  ['granted', [160, 32, 1, 1, 3, 4, 201]],
  ['partiallyGranted', [68, 10, 1, 1, 1, 2, 83]],
  ['withheld.stateSecret', [1, 0, 0, 0, 0, 0, 1]],
  ['withheld.prohibitedByLaw', [2, 0, 0, 0, 0, 0, 2]],
  ['withheld.securityStability', [2, 0, 0, 0, 0, 0, 2]],
  ['withheld.thirdPartyRights', [9, 2, 0, 0, 0, 0, 11]],
  ['withheld.internalAffairs', [12, 2, 0, 0, 0, 1, 15]],
  ['withheld.processInformation', [6, 1, 0, 0, 0, 0, 7]],
  ['withheld.enforcementFiles', [9, 1, 0, 0, 0, 0, 10]],
  ['withheld.administrativeQuery', [7, 1, 0, 0, 0, 0, 8]],
  ['unavailable.notHeld', [87, 15, 1, 0, 1, 3, 107]],
  ['unavailable.needsCreation', [9, 1, 0, 0, 0, 0, 10]],
  ['unavailable.unclearAfterCorrection', [7, 1, 0, 0, 0, 0, 8]],
  ['notProcessed.petition', [9, 2, 0, 0, 0, 0, 11]],
  ['notProcessed.duplicate', [35, 3, 0, 0, 1, 1, 40]],
  ['notProcessed.publication', [1, 0, 0, 0, 0, 0, 1]],
  ['notProcessed.massRepeated', [6, 1, 0, 0, 0, 0, 7]],
  ['notProcessed.confirmOrReissue', [3, 0, 0, 0, 0, 0, 3]],
  ['otherHandling', [12, 2, 0, 0, 0, 1, 15]],
  ['handledTotal', [442, 75, 3, 2, 6, 12, 540]],
  ['carriedForward', [26, 1, 0, 0, 0, 0, 27]],
]
const fw = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
/** Whole rows as the OFD's text gives them (cells apart by tabs, 总计 by a space); the two rows wrapped: heads above the label, tails below. */
const WRAPPED: Partial<Record<RequestRowKey, string>> = {
  received: `４４ １ ５４\n${REQUEST_ROW_LABELS.received} ７６ ３ ２ ６\n７ ２ ６`,
  handledTotal: `４４ １ ５４\n${REQUEST_ROW_LABELS.handledTotal} ７５ ３ ２ ６\n２ ２ ０`,
}
const text = (wrapped: Partial<Record<RequestRowKey, string>>): string =>
  [HEAD, ...ROWS.map(([k, r]) => wrapped[k] ?? `${REQUEST_ROW_LABELS[k]}\t${fw(r.slice(0, 6).join('\t'))} ${fw(String(r[6]))}`)].join('\n')

describe('a row read only by its splittings\' agreement, beside stray numbers', () => {
  it('is left unread with a note where the strays stand right above its label (its wrapped heads)', () => {
    const got = parseRequestsTable(text(WRAPPED))
    // Never a wrong cell: every cell read is the printed one.
    for (const [k, r] of ROWS) (got.rows[k] ?? []).forEach((x, c) => x === null || expect([k, c, x]).toEqual([k, c, r[c]]))
    expect(got.rows.received?.every((x) => x === null) ?? true).toBe(true)
    expect(got.notes.find((n) => n.field === 'requests.received' && n.message.includes('未归入任何一行的数字'))?.message).toContain('（44 1 54）')
  })

  it('reads the rows printed whole as before (the mend touches only rows beside strays)', () => {
    const got = parseRequestsTable(text(WRAPPED))
    expect(got.rows.carriedOver).toEqual([21, 0, 0, 0, 0, 0, 21])
    expect(got.rows.carriedForward).toEqual([26, 1, 0, 0, 0, 0, 27])
    const plain = parseRequestsTable(text({}))
    expect(plain.rows.received).toEqual([447, 76, 3, 2, 6, 12, 546])
  })
})
