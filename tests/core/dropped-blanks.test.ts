// Crawled text whose digits run together loses blank cells altogether ("1", "", "11" → "111"):
// a cut of such digits is read only where no reading with a dropped blank fits as well.
import { describe, expect, it } from 'vitest'
import { readCells } from '../../shared/extract/cells'
import { REQUEST_ROW_RULES, splitRowWithBlanks } from '../../shared/extract/digit-split'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const HEAD2021 = '第二十条第（一）项\n信息内容本年制发件数本年废止件数现行有效件数'

describe('readings of run-together digits with blank cells dropped', () => {
  it('lists the readings with blanks beside the one without', () => {
    const got = splitRowWithBlanks(readCells('111'), 3, [])!
    expect(got).toContainEqual([1, 1, 1])
    expect(got).toContainEqual([1, null, 11])
    expect(got).toContainEqual([11, 1, null])
  })
  it('leaves zeros no other way ("000" is three cells: "00" is no number)', () => {
    expect(splitRowWithBlanks(readCells('000'), 3, [])).toEqual([[0, 0, 0]])
  })
  it('keeps only readings whose sums hold, blanks counting as 0', () => {
    const got = splitRowWithBlanks(readCells('2114'), 7, REQUEST_ROW_RULES)!
    expect(got).toContainEqual([2, 1, 1, null, null, null, 4])
    for (const r of got) expect(r.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(r[6])
  })
  it('takes a table to write its zeros one way: no reading puts a dropped blank beside a written 0', () => {
    const got = splitRowWithBlanks(readCells('100'), 3, [])!
    expect(got).toContainEqual([1, 0, 0])
    expect(got).toContainEqual([100, null, null])
    expect(got.some((r) => r.includes(null) && r.includes(0))).toBe(false)
  })
  it('says so when there are too many readings to compare', () => {
    expect(splitRowWithBlanks(readCells('123456789123'), 7, [], 10)).toBeUndefined()
  })
})

describe('section 二 digits run together', () => {
  it('does not cut "规章111" into 1 | 1 | 1 where no written 0 shows: a dropped blank beside 11 prints the same', () => {
    const got = parseActiveDisclosure(`${HEAD2021}规章111行政规范性文件12`)
    expect(got.table.rules).toEqual({ issued: null, repealed: null, inForce: null })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.rules')).toBe(true)
  })
})

describe('section 二 that writes its zeros', () => {
  it('cuts 101 into 1 | 0 | 1 where another row shows a written 0 ("000"): no cell of the table was blank', () => {
    expect(parseActiveDisclosure(`${HEAD2021}规章000行政规范性文件101`).table.normativeDocs).toEqual({ issued: 1, repealed: 0, inForce: 1 })
    // Without that evidence 101 may be 10 | 1 | (blank): unread.
    expect(parseActiveDisclosure(`${HEAD2021}规章111行政规范性文件101`).table.normativeDocs).toEqual({ issued: null, repealed: null, inForce: null })
  })
})

describe('table 三 digits run together', () => {
  const HEAD = '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'
  it('reads a cut that a dropped blank could also explain only where the table shows a written 0', () => {
    // 21 1 7 3 1 2 | 35, or 2 (blank) 1 17 3 12 | 35 …: both hold the row's total.
    const alone = parseRequestsTable(`${HEAD}一、本年新收政府信息公开申请数量211731235`)
    expect(alone.rows.received?.slice(0, 6)).toEqual([null, null, null, null, null, null])
    expect(alone.notes.some((n) => n.field === 'requests.received')).toBe(true)
    // A written 0 rules the dropped blanks out, but a cut of more digits than cells is then still proven by
    // its own total alone: read only where an identity of the whole table takes it in and holds (requests-cut-by-sum.test.ts).
    const withZeros = parseRequestsTable(`${HEAD}一、本年新收政府信息公开申请数量211731235二、上年结转政府信息公开申请数量0000000`)
    expect(withZeros.rows.received).toEqual([null, null, null, null, null, null, null])
    expect(withZeros.notes.some((n) => n.field === 'requests.received' && n.message.includes('无法核对'))).toBe(true)
  })
  it('reads a row whose one cut holds its total, where no reading with a blank fits too', () => {
    const got = parseRequestsTable(`${HEAD}一、本年新收政府信息公开申请数量2011004`)
    expect(got.rows.received).toEqual([2, 0, 1, 1, 0, 0, 4])
  })
  it('leaves a row unread where only a reading with a dropped blank would hold its total (the report\'s own sum may be wrong)', () => {
    // 12 13 0 0 1 1 | 25 does not add up; 121 3 0 0 1 (blank) 125 would — never read as that.
    const got = parseRequestsTable(`${HEAD}（一）予以公开1213001125`)
    expect(got.rows.granted?.every((v) => v === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'requests.granted')).toBe(true)
  })
})
