// Table 三 whose two-level header comes a cell per line with 自然人 after 法人或其他组织: a web page's
// organisations-first cell order, or a PDF's stream order of a template-ordered table. The order is
// refused (requests-columns.ts); a cell both orders give the same number is read, and the rows'
// 总计 is kept even where the prose before the table speaks of 上年结转 (no column of last year).
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { agreedRow, layoutsTheRowsAllow, twoLevelLayouts } from '../../shared/extract/requests-column-agreement'
import type { RequestRow, RequestRowKey } from '../../shared/model/report'

const HEADER = ['申请人情况', '法人或其他组织', '自然人', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']
const LABELS: [string, RequestRowKey | null][] = [
  ['一、本年新收政府信息公开申请数量', 'received'],
  ['二、上年结转政府信息公开申请数量', 'carriedOver'],
  ['三、本年度办理结果', null],
  ['（一）予以公开', 'granted'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyGranted'],
  ['（三）不予公开', null],
  ['1.属于国家秘密', 'withheld.stateSecret'],
  ['2.其他法律行政法规禁止公开', 'withheld.prohibitedByLaw'],
  ['3.危及“三安全一稳定”', 'withheld.securityStability'],
  ['4.保护第三方合法权益', 'withheld.thirdPartyRights'],
  ['5.属于三类内部事务信息', 'withheld.internalAffairs'],
  ['6.属于四类过程性信息', 'withheld.processInformation'],
  ['7.属于行政执法案卷', 'withheld.enforcementFiles'],
  ['8.属于行政查询事项', 'withheld.administrativeQuery'],
  ['（四）无法提供', null],
  ['1.本机关不掌握相关政府信息', 'unavailable.notHeld'],
  ['2.没有现成信息需要另行制作', 'unavailable.needsCreation'],
  ['3.补正后申请内容仍不明确', 'unavailable.unclearAfterCorrection'],
  ['（五）不予处理', null],
  ['1.信访举报投诉类申请', 'notProcessed.petition'],
  ['2.重复申请', 'notProcessed.duplicate'],
  ['3.要求提供公开出版物', 'notProcessed.publication'],
  ['4.无正当理由大量反复申请', 'notProcessed.massRepeated'],
  ['5.要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmOrReissue'],
  ['（六）其他处理', null],
  ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherHandling.noCorrection'],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherHandling.feeUnpaid'],
  ['3.其他', 'otherHandling.other'],
  ['（七）总计', 'handledTotal'],
  ['四、结转下年度继续办理', 'carriedForward'],
]

/** Printed rows (seven cells each, in the order they stand); rows not given print zeros. */
type Printed = Partial<Record<RequestRowKey, number[]>>

/** A crawled page: a cell per line, the header in the cell order that leaves 自然人 after 法人或其他组织. */
function page(rows: Printed, prose = ''): string {
  const body = LABELS.flatMap(([label, key]) => (key ? [label, ...(rows[key] ?? [0, 0, 0, 0, 0, 0, 0]).map(String)] : [label]))
  return [prose, ...HEADER, ...body].filter((l) => l !== '').join('\n') + '\n'
}

// The report's numbers in the printed columns: 商业企业 科研机构 社会公益组织 法律服务机构 其他 | 自然人 | 总计
// (were the table template-ordered, the same cells read 自然人 商业企业 … 其他 | 总计). The sums hold either way.
const ROWS: Printed = {
  received: [3, 0, 1, 0, 0, 20, 24],
  carriedOver: [0, 0, 0, 0, 0, 2, 2],
  granted: [2, 0, 0, 0, 0, 10, 12],
  partiallyGranted: [0, 0, 1, 0, 0, 4, 5],
  'withheld.thirdPartyRights': [0, 0, 0, 0, 0, 1, 1],
  'unavailable.notHeld': [1, 0, 0, 0, 0, 5, 6],
  handledTotal: [3, 0, 1, 0, 0, 20, 24],
  carriedForward: [0, 0, 0, 0, 0, 2, 2],
}

/** The row in the template's order under each reading: organisations first, or the template's. */
const organisationsFirst = (r: number[]): number[] => [r[5]!, ...r.slice(0, 5), r[6]!]

describe('table 三 header whose 自然人 comes after 法人或其他组织, a cell per line', () => {
  it('reads each cell both column orders give the same number, and only those', () => {
    const got = parseRequestsTable(page(ROWS))
    let read = 0
    for (const [, key] of LABELS) {
      if (!key) continue
      const printed = ROWS[key] ?? [0, 0, 0, 0, 0, 0, 0]
      const row = got.rows[key]!
      // Every cell read is the report's number under either order (this test's sums hold under both).
      row.forEach((x, c) => {
        if (x === null) return
        read++
        expect(x).toBe(organisationsFirst(printed)[c])
        expect(x).toBe(printed[c])
      })
      expect(row[6]).toBe(printed[6])
    }
    // received 3 0 1 0 0 20: 法律服务机构 (0 | 0) alone agrees; a row of zeros reads whole.
    expect(got.rows.received).toEqual([null, null, null, null, 0, null, 24])
    expect(got.rows['withheld.stateSecret']).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(got.rows.carriedOver).toEqual([null, 0, 0, 0, 0, null, 2])
    expect(read).toBeGreaterThan(120)
    expect(got.notes.find((n) => n.field === 'requests.received')?.message).toMatch(/各种列序读得同一个数/)
  })

  it('keeps each row’s 总计 where the prose before the table says 上年结转 (no column of last year)', () => {
    const got = parseRequestsTable(page(ROWS, '本年度新收政府信息公开申请24件，上年结转2件。具体情况如下表：'))
    expect(got.rows.received?.[6]).toBe(24)
    expect(got.rows.carriedOver).toEqual([null, 0, 0, 0, 0, null, 2])
  })

  it('keeps 总计 after section 二 of the 2019 template (「上一年项目数量」 above its numbers is no column of this table)', () => {
    const before = ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '5', '增1', '32', ''].join('\n')
    const got = parseRequestsTable(before + page(ROWS))
    expect(got.rows.received?.[6]).toBe(24)
    // A column of last year named in the header itself still keeps every cell unread.
    const lastYear = parseRequestsTable(before + page(ROWS).replace('其他\n', '其他\n上年数\n'))
    expect(lastYear.rows.received).toEqual([null, null, null, null, null, null, null])
  })

  it('reads the cells all six orders agree on where a row is the report’s slip (its 总计 fits no order)', () => {
    // 予以公开 2 + 10 = 13: no order makes it add up. On main no order was left and each row kept only its 总计.
    const slip: Printed = { ...ROWS, granted: [2, 0, 0, 0, 0, 10, 13] }
    const got = parseRequestsTable(page(slip))
    expect(got.rows['withheld.stateSecret']).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(got.rows.granted).toEqual([null, null, null, null, null, null, null])
    // received 3 0 1 0 0 20 24: its 总计 only (总计 printed first would put 20 under 法律服务机构).
    expect(got.rows.received).toEqual([null, null, null, null, null, null, 24])
    // Every cell read is the printed number under each of the six orders the header leaves.
    let read = 0
    for (const [, key] of LABELS) {
      if (!key) continue
      const printed = slip[key] ?? [0, 0, 0, 0, 0, 0, 0]
      got.rows[key]!.forEach((x, c) => {
        if (x === null || c === 6) return
        read++
        for (const order of twoLevelLayouts()) expect(x).toBe(printed[order.indexOf(c)])
      })
    }
    expect(read).toBeGreaterThan(100)
  })

  it('reads only what 总计 printed first would give too, where no row shows 总计 is last (one applicant each)', () => {
    // Printed 总计 | 自然人 | 5 organisations, each row one applicant: 「24 0 0 0 0 0 24」 is 总计 24, 其他 24,
    // and the sums hold with 总计 last as well (商业企业 or 自然人 24).
    const lone: Printed = Object.fromEntries(Object.entries(ROWS).map(([k, r]) => [k, [r[6]!, 0, 0, 0, 0, 0, r[6]!]]))
    const got = parseRequestsTable(page(lone))
    expect(got.rows.received).toEqual([null, null, 0, 0, 0, null, 24])
    expect(got.rows['withheld.stateSecret']).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
})

describe('agreedRow / layoutsTheRowsAllow', () => {
  const readings = [
    [1, 2, 3, 4, 5, 0, 6],
    [0, 1, 2, 3, 4, 5, 6],
  ]
  it('reads a template column where every reading puts the same printed number in it', () => {
    const row: RequestRow = [0, 0, 0, 1, 0, 21, 22]
    expect(agreedRow(row, readings)).toEqual([null, 0, 0, null, null, null, 22])
  })
  it('reads nothing from an open cell', () => {
    expect(agreedRow([0, null, 0, 0, 0, 0, 0], readings)).toEqual([0, null, null, 0, 0, 0, 0])
  })
  it('lists six orders of a two-level header: the organisations side by side, 自然人 and 总计 around them', () => {
    const all = twoLevelLayouts()
    expect(all).toHaveLength(6)
    expect(all).toContainEqual([1, 2, 3, 4, 5, 0, 6])
    expect(all).toContainEqual([0, 1, 2, 3, 4, 5, 6])
    expect(all).toContainEqual([6, 0, 1, 2, 3, 4, 5])
  })
  it('keeps the orders whose 总计 every full row adds up to', () => {
    const all = twoLevelLayouts()
    // Two applicant cells not 0: only 总计 last.
    expect(layoutsTheRowsAllow(all, [[4, 0, 1, 0, 0, 0, 5]]).every((p) => p[6] === 6)).toBe(true)
    // One applicant cell: 总计 first (6 0 1 2 3 4 5) holds 「5 0 0 0 0 0 5」 too.
    expect(layoutsTheRowsAllow(all, [[5, 0, 0, 0, 0, 0, 5]])).toContainEqual([6, 0, 1, 2, 3, 4, 5])
    // A row no order lets add up (the report's slip) rules none out, nor lets the other rows do so.
    expect(layoutsTheRowsAllow(all, [[4, 0, 1, 0, 0, 0, 6]])).toEqual(all)
    expect(layoutsTheRowsAllow(all, [[4, 0, 1, 0, 0, 0, 6], [4, 0, 1, 0, 0, 0, 5]])).toEqual(all)
  })
})
