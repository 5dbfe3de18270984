// Unruled tables (a text-only OFD, a PDF table without ruling lines) whose zeros are printed as a sign
// (〇 无 O) or whose narrow columns stand closer than the column gap (page-content.ts COLUMN_GAP_EM):
// ofd-unruled variant sweep, session ou33. A row of signs only was no row (no segment a number:
// yunxi-jyj 2021 #701012 read 4 of 200 cells), 「无 27」 — a sign 1.4 characters from the 总计 beside
// it — one cell, and 「397 39」 (自然人 | 商业企业, 1.6 characters apart) one cell (yunxi-gov 2022
// #701015, the 小计 column: 「读到 8 个数字」 refused). zero-signs.ts cuts a sign standing apart;
// column-split.ts cuts a segment only where another row of the run prints two cells there.
import { describe, expect, it } from 'vitest'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const SIZE = 9
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: [...str].length * (/\d/.test(str) ? SIZE / 2 : SIZE), size: SIZE })
const row = (label: string, cells: string[], cols: number[], y: number): PdfItem[] => [piece(label, 37, y), ...cells.map((c, k) => piece(c, cols[k]!, y))]

function tables(items: PdfItem[]): string[][] {
  return pageContent(1, 600, 842, items, []).entries.flatMap((e) => (e.kind === 'table' ? [e.rows.map((r) => r.map((c) => c.text).join(' | '))] : []))
}
const lines = (items: PdfItem[]): string[] => pageContent(1, 600, 842, items, []).entries.flatMap((e) => (e.kind === 'line' ? [e.text] : []))

// Chromium's columns in #701012: the last sign 1.4 characters left of the 总计.
const COLS = [360.4, 387.5, 419.7, 452.0, 495.1, 538.3, 559.6]

describe('zeros printed as a sign in an unruled table', () => {
  for (const sign of ['无', '〇', 'O']) {
    it(`a row of ${sign} is a row, and a ${sign} beside the total is a cell of its own`, () => {
      const z = Array(7).fill(sign) as string[]
      const items = [
        ...row('一、本年新收政府信息公开申请数量', ['26', '1', sign, sign, sign, sign, '27'], COLS, 224.3),
        ...row('1．属于国家秘密', z, COLS, 207.8),
        ...row('2．其他法律行政法规禁止公开', z, COLS, 191.3),
        ...row('3．危及"三安全一稳定"', ['1', sign, sign, sign, sign, sign, '1'], COLS, 174.8),
      ]
      expect(tables(items)).toEqual([
        [
          `一、本年新收政府信息公开申请数量 | 26 | 1 | ${sign} | ${sign} | ${sign} | ${sign} | 27`,
          `1．属于国家秘密 | ${z.join(' | ')}`,
          `2．其他法律行政法规禁止公开 | ${z.join(' | ')}`,
          `3．危及"三安全一稳定" | 1 | ${sign} | ${sign} | ${sign} | ${sign} | ${sign} | 1`,
        ],
      ])
    })
  }

  it('a sign inside a word (its own piece, no gap beside it) stays in the word', () => {
    const items = [
      piece('4．', 37, 300), piece('无', 55, 300), piece('正当理由大量反复申请', 64, 300), ...['1', '无', '无', '无', '无', '无', '1'].map((c, k) => piece(c, COLS[k]!, 300)),
      ...row('5．要求行政机关确认或重新出具已获取信息', ['2', '无', '无', '无', '无', '无', '2'], COLS, 283.5),
    ]
    expect(tables(items)[0]![0]).toBe('4．无正当理由大量反复申请 | 1 | 无 | 无 | 无 | 无 | 无 | 1')
  })

  it('prose with a lone 无 is no table', () => {
    expect(tables([piece('本年度', 37, 500), piece('无', 80, 500), piece('行政复议', 100, 500), piece('和', 150, 500), piece('无', 170, 500), piece('行政诉讼', 190, 500)])).toEqual([])
  })
})

// #701015's columns: 自然人 397 ends 1.59 characters before 商业企业's 39 begins.
const NARROW = [353.3, 381.1, 410.9, 440.2, 478.5, 516.9, 537.2, 557.9]

describe('cells closer than the column gap', () => {
  it('are cut where another row prints two cells there', () => {
    const items = [
      ...row('一、本年新收政府信息公开申请数量', ['397', '39', '1', '1', '5', '4', '50', '447'], NARROW, 224.3),
      ...row('二、上年结转政府信息公开申请数量', ['16', '0', '0', '0', '0', '0', '0', '16'], NARROW, 207.8),
    ]
    expect(tables(items)[0]).toEqual(['一、本年新收政府信息公开申请数量 | 397 | 39 | 1 | 1 | 5 | 4 | 50 | 447', '二、上年结转政府信息公开申请数量 | 16 | 0 | 0 | 0 | 0 | 0 | 0 | 16'])
  })

  it('are left as one where no row prints two cells there (digits of one number set apart)', () => {
    const items = [
      ...row('一、本年新收政府信息公开申请数量', ['397', '39', '1', '1', '5', '4', '50', '447'], NARROW, 224.3),
      ...row('二、上年结转政府信息公开申请数量', ['1639', '1', '0', '0', '0', '0', '1640'], [353.3, ...NARROW.slice(2)], 207.8),
    ]
    const out = [...tables(items).flat(), ...lines(items)].join('\n')
    expect(out).not.toContain('397 | 39')
  })
})

// #701000 page 3: the table continued with its columns 0.75 characters apart, zeros printed 「－」.
const TIGHT = [359.3, 376.0, 391.8, 407.5, 423.3, 439.1, 454.8]

describe('zeros printed as a dash in columns closer than the column gap', () => {
  it('are cells of a row with a label', () => {
    const d = Array(7).fill('－') as string[]
    const items = [
      ...row('无正当理由大量反复申请', d, TIGHT, 801.8),
      ...row('要求行政机关确认或重新出具已获取信息', d, TIGHT, 785.3),
      ...row('结转下年度继续办理', ['1', '－', '－', '－', '－', '－', '1'], TIGHT, 768.8),
    ]
    expect(tables(items)).toEqual([[`无正当理由大量反复申请 | ${d.join(' | ')}`, `要求行政机关确认或重新出具已获取信息 | ${d.join(' | ')}`, '结转下年度继续办理 | 1 | － | － | － | － | － | 1']])
  })

  it('never make a page number’s line 「— 3 —」 a row', () => {
    const items = [...row('其他', ['1', '－', '－', '－', '－', '－', '1'], COLS, 120), ...row('总计', ['2', '－', '－', '－', '－', '－', '2'], COLS, 103.5), piece('—', 280, 60), piece('3', 295, 60), piece('—', 305, 60)]
    expect(tables(items)).toEqual([['其他 | 1 | － | － | － | － | － | 1', '总计 | 2 | － | － | － | － | － | 2']])
    expect(lines(items).join('')).toContain('3')
  })
})

describe('a group’s label on a line of its own between two rows (one label column)', () => {
  it('is a row without cells, not the tail of the row above', () => {
    const d = Array(7).fill('0') as string[]
    const items = [
      ...row('补正后申请内容仍不明确', d, COLS, 636.8),
      piece('不予处理', 37, 620.3),
      ...row('信访举报投诉类申请', d, COLS, 603.8),
    ]
    expect(tables(items)[0]).toEqual([`补正后申请内容仍不明确 | ${d.join(' | ')}`, '不予处理', `信访举报投诉类申请 | ${d.join(' | ')}`])
  })
})
