// Table 三 with its zeros left blank and each number's digits printed apart (分散对齐 cells: 「3 1 2」),
// every column holding numbers (review rv18 c22). Rows then print six numbers now and then, fewer,
// or more than seven; the notes said 「似有一列整列空白」, which was false. The notes now name what the
// rows show; a table with a column really blank still says so (requests-blank-column.test.ts).
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'

const TABLE: [RequestRowKey, number[]][] = [
  ['received', [312, 47, 3, 2, 11, 6, 381]],
  ['carriedOver', [28, 5, 0, 0, 1, 0, 34]],
  ['granted', [126, 19, 2, 1, 4, 2, 154]],
  ['partiallyGranted', [31, 6, 0, 0, 2, 1, 40]],
  ['withheld.stateSecret', [2, 0, 0, 0, 0, 0, 2]],
  ['withheld.prohibitedByLaw', [1, 0, 0, 0, 0, 0, 1]],
  ['withheld.securityStability', [3, 0, 0, 0, 0, 0, 3]],
  ['withheld.thirdPartyRights', [12, 3, 0, 0, 1, 0, 16]],
  ['withheld.internalAffairs', [4, 0, 0, 0, 0, 0, 4]],
  ['withheld.processInformation', [17, 2, 0, 0, 0, 0, 19]],
  ['withheld.enforcementFiles', [5, 1, 0, 0, 0, 0, 6]],
  ['withheld.administrativeQuery', [9, 1, 0, 0, 0, 0, 10]],
  ['unavailable.notHeld', [58, 8, 1, 0, 2, 1, 70]],
  ['unavailable.needsCreation', [14, 2, 0, 0, 0, 0, 16]],
  ['unavailable.unclearAfterCorrection', [10, 1, 0, 0, 0, 0, 11]],
  ['notProcessed.petition', [11, 2, 0, 0, 0, 0, 13]],
  ['notProcessed.duplicate', [13, 1, 0, 0, 0, 0, 14]],
  ['notProcessed.publication', [2, 0, 0, 0, 0, 0, 2]],
  ['notProcessed.massRepeated', [3, 0, 0, 0, 0, 0, 3]],
  ['notProcessed.confirmOrReissue', [4, 0, 0, 0, 0, 0, 4]],
  ['otherHandling.noCorrection', [6, 1, 0, 0, 0, 0, 7]],
  ['otherHandling.feeUnpaid', [1, 0, 0, 0, 0, 0, 1]],
  ['otherHandling.other', [2, 1, 0, 1, 0, 0, 4]],
  ['handledTotal', [334, 48, 3, 2, 9, 4, 400]],
  ['carriedForward', [6, 4, 0, 0, 3, 2, 15]],
]
const HEAD = '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'
const text = [HEAD, ...TABLE.map(([k, r]) => `${REQUEST_ROW_LABELS[k]} ${r.filter((x) => x !== 0).map((x) => [...String(x)].join(' ')).join(' ')}`)].join('\n')

describe('table 三, zeros blank and digits spread, every column with numbers', () => {
  const got = parseRequestsTable(text)
  it('reads no cell wrong', () => {
    const wrong = TABLE.flatMap(([k, r]) => (got.rows[k] ?? []).flatMap((x, c) => (x !== null && x !== r[c] ? [`${k}:${c} ${x}`] : [])))
    expect(wrong).toEqual([])
  })
  it('says no column seems blank throughout, and names what the rows show', () => {
    const table = got.notes.filter((n) => n.field === 'requests').map((n) => n.message)
    expect(table.length).toBeGreaterThan(0)
    expect(table.filter((m) => m.includes('似有一列整列空白'))).toEqual([])
    expect(table.some((m) => m.includes('各位分开印出'))).toBe(true)
  })
})
