// Thousands separators other than a comma (review hr34 W2): 「1’227」 was read as 1 and 227, and the 「1」 of
// a cell and of its 总计 left out as page numbers — every sum still held, so the rows were "proven"
// (1’227 … 1’449 read as 227 … 449). A sign the text uses only as a thousands separator is read as a
// comma is (thousands-signs.ts); a number the sums would leave out never is where a sign joins it to its
// neighbour (requests-spaced-digits.ts); nor does section 二 read two numbers a sign joins.
import { describe, expect, it } from 'vitest'
import { signBetween, thousandsSignsAsCommas } from '../../shared/extract/thousands-signs'
import { readCells } from '../../shared/extract/cells'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

describe('thousandsSignsAsCommas', () => {
  it("writes a sign used only between a number's groups as a comma, one character for one", () => {
    for (const sign of ["'", '’', '＇', '·', '、']) {
      const text = `一、本年新收\n1${sign}227\n156\n1${sign}449\n`
      expect(thousandsSignsAsCommas(text)).toBe('一、本年新收\n1,227\n156\n1,449\n')
    }
    // A group run into the next cell's digits (crawled text): a comma too; the cell reader keeps the run untrusted.
    expect(thousandsSignsAsCommas("行政许可916增115167'794")).toBe('行政许可916增115167,794')
  })

  it('leaves the sign where the text uses it otherwise too', () => {
    // 「1、2」: a list, not a thousands group — so 「1、227」 in the same text is not taken for 1227 either.
    expect(thousandsSignsAsCommas('1、227\n第1、2项\n')).toBe('1、227\n第1、2项\n')
    // A number does not start with 0: 「0、483」 is two cells.
    expect(thousandsSignsAsCommas('0、483 1、227')).toBe('0、483 1、227')
    expect(thousandsSignsAsCommas('2019·2020年')).toBe('2019·2020年')
  })

  it('gives the cell reader one number', () => {
    expect(readCells('1’227\n156\n1·449').map((t) => t.value)).toEqual([1227, 156, 1449])
  })

  it('names one sign between two numbers, not a cell border, bracket or plus', () => {
    expect(signBetween('’')).toBe('’')
    expect(signBetween(' ‚ ')).toBe('‚')
    expect(signBetween('|')).toBeNull()
    expect(signBetween(' + ')).toBeNull()
    expect(signBetween('\t')).toBeNull()
    expect(signBetween('  ')).toBeNull()
  })
})

/** The fixture with 1200 more in 自然人 and 总计 of 本年新收, （一）予以公开 and （七）总计: every identity still holds. */
const GROWN: RequestRowKey[] = ['received', 'granted', 'handledTotal']
const big = (k: RequestRowKey): number[] => ROWS.get(k)!.map((x, c) => (GROWN.includes(k) && (c === 0 || c === 6) ? x + 1200 : x))
const grouped = (x: number, sign: string): string => (x >= 1000 ? `${Math.floor(x / 1000)}${sign}${String(x % 1000).padStart(3, '0')}` : String(x))
/** Table 三 a cell per line (plain pdftotext, crawled lines), numbers ≥ 1000 grouped by `sign`. */
const table = (sign: string): string => [HEAD.split(' ').join('\n'), ...KEYS.map((k) => `${REQUEST_ROW_LABELS[k]}\n${big(k).map((x) => grouped(x, sign)).join('\n')}`)].join('\n')

describe('table 三 with a thousands sign other than a comma, a cell per line', () => {
  for (const sign of ["'", '’', '＇', '·', '、']) {
    it(`「1${sign}2xx」 reads as one number`, () => {
      const got = parseRequestsTable(table(sign))
      for (const k of GROWN) expect(got.rows[k]).toEqual(big(k))
      expect(got.how.received).toBe('label')
    })
  }

  it('a sign not known as a thousands separator (「1‚2xx」): the 「1」s are never left out as page numbers; the rows stay unread with a note', () => {
    const got = parseRequestsTable(table('‚'))
    for (const k of GROWN) expect(got.rows[k]?.[0] ?? null).toBeNull()
    expect(got.notes.some((n) => n.message.includes('隔着「‚」'))).toBe(true)
    // Rows without such a number stand.
    expect(got.rows.carriedOver).toEqual(ROWS.get('carriedOver'))
  })
})

describe('table 二: two numbers a sign joins', () => {
  const procurement = (row: string): string => ['第二十条第（九）项', '信息内容 采购项目数量 采购总金额', row].join('\n')
  it('reads a number grouped by the sign as one', () => {
    expect(parseActiveDisclosure(procurement('政府集中采购 12 4’300.5')).table.procurement).toEqual({ projects: 12, amountWanYuan: 4300.5 })
  })
  it('reads a dash cell between two numbers as a cell, not as a sign joining them', () => {
    const r = parseActiveDisclosure(['第二十条第（七）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', '行政强制    140    —    4304'].join('\n'))
    expect(r.table.enforcement).toEqual({ lastYearItems: 140, change: 0, decisions: 4304 })
  })
  it('leaves the row unread where the sign may be a cell bound as well (never 12 | 300)', () => {
    const r = parseActiveDisclosure(procurement('政府集中采购 12‚300'))
    expect(r.table.procurement).toEqual({ projects: null, amountWanYuan: null })
    expect(r.notes.some((n) => n.field === 'activeDisclosure.procurement' && n.message.includes('「12‚300」'))).toBe(true)
  })
})
