// Table 三 whose header's spans put the columns in another order than its rows of text say (review
// rv24b D01, C02): 「申请人情况(5 columns) | 自然人(3 rows) | 总计(3 rows)」 over 「法人或其他组织(5)」 over
// the five organisations. Flattened line by line, 自然人 stands first; the spans put it sixth. Before,
// every row was read in the template's order, 自然人's numbers under 商业企业 and so on (no sum can
// see it), with no note.
import { describe, expect, it } from 'vitest'
import { gridColumnOrder } from '../../shared/extract/requests-grid-order'
import { extractReport } from '../../shared/extract/index'
import type { TableCell } from '../../shared/model/document'
import { KEYS, ROWS } from './requests-fixture'
import { body, c, doc, ORGS, orgsFirst } from './requests-grid-fixture'

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
const orgsFirstHeader = (): TableCell[][] => [[c(NOTE, 2, 3), c('申请人情况', 5), c('自然人', 1, 3), c('总计', 1, 3)], [c('法人或其他组织', 5)], ORGS.map((o) => c(o))]
const templateHeader = (): TableCell[][] => [[c(NOTE, 2, 3), c('申请人情况', 7)], [c('自然人', 1, 2), c('法人或其他组织', 5), c('总计', 1, 2)], ORGS.map((o) => c(o))]

describe('gridColumnOrder', () => {
  it('places each heading by the spans before it', () => {
    expect(gridColumnOrder([...orgsFirstHeader(), [c('一、本年新收', 2), ...'1234567'.split('').map((d) => c(d))]])).toEqual([1, 2, 3, 4, 5, 0, 6])
    expect(gridColumnOrder([...templateHeader(), [c('一、本年新收', 2), ...'1234567'.split('').map((d) => c(d))]])).toEqual([0, 1, 2, 3, 4, 5, 6])
  })
  it('gives no order where another word stands over the data columns, a heading is missing, or there is no body', () => {
    const sub = [[c('', 2, 2), c('自然人'), ...ORGS.map((o) => c(o)), c('小计'), c('总计')], [c('一、本年新收', 2), ...'12345678'.split('').map((d) => c(d))]]
    expect(gridColumnOrder(sub)).toBeNull()
    expect(gridColumnOrder([[c('', 2), c('自然人'), ...ORGS.slice(0, 4).map((o) => c(o)), c('总计')], [c('一', 2), ...'123456'.split('').map((d) => c(d))]])).toBeNull()
    expect(gridColumnOrder(orgsFirstHeader())).toBeNull()
  })
})

describe('table 三 organisations first by its spans (HTML / Word)', () => {
  it('reads every row in the template order, with a note naming the printed order', () => {
    const got = extractReport(doc([...orgsFirstHeader(), ...body(orgsFirst)]))
    const rows = got.report.requests.rows as Record<string, (number | null)[]>
    expect(KEYS.filter((k) => JSON.stringify(rows[k]) !== JSON.stringify(ROWS.get(k)))).toEqual([])
    expect(got.notes.some((n) => n.field === 'requests' && n.message.includes('与模板不同'))).toBe(true)
  })
  it('reads the template header as before, with no note', () => {
    const got = extractReport(doc([...templateHeader(), ...body((r) => r)]))
    const rows = got.report.requests.rows as Record<string, (number | null)[]>
    expect(KEYS.filter((k) => JSON.stringify(rows[k]) !== JSON.stringify(ROWS.get(k)))).toEqual([])
    expect(got.notes.filter((n) => n.field.startsWith('requests'))).toEqual([])
  })
})
