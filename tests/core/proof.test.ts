// The mechanisms that keep a number either proven or empty (with a note): headings in every style,
// rows by label or by sums, prose that repeats row words, table 四's window, run-together groups.
import { describe, expect, it } from 'vitest'
import { findSections } from '../../shared/extract/sections'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { proveRequestRows } from '../../shared/extract/requests-proof'
import { parseReviewTable } from '../../shared/extract/review-table'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { readCells } from '../../shared/extract/cells'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'
import type { ExtractionNote } from '../../shared/model/extraction'

const HEADS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项']
const KEYS = ['overview', 'activeDisclosure', 'requests', 'reviewLitigation', 'problems', 'other']

describe('section headings', () => {
  it.each([
    ['三、', (i: number) => '一二三四五六'[i] + '、'],
    ['（三）', (i: number) => `（${'一二三四五六'[i]}）`],
    ['第三部分', (i: number) => `第${'一二三四五六'[i]}部分 `],
    ['3.', (i: number) => `${i + 1}.`],
    ['no number', () => ''],
  ])('finds all six parts numbered %s', (_name, num) => {
    const text = HEADS.map((h, i) => `${num(i)}${h}\n正文${i}。`).join('\n')
    expect(findSections(text).map((s) => s.key)).toEqual(KEYS)
  })

  it('does not take section 一’s own （一）…（五） sub-headings or table 三 row labels for parts', () => {
    const text = ['一、总体情况', '（一）主动公开', '全年主动公开信息。', '（二）依申请公开', '全年办理申请。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、结转下年度继续办理 1 0 0 0 0 0 1', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
    const secs = findSections(text.join('\n'))
    expect(secs.map((s) => s.key)).toEqual(KEYS)
    expect(text.join('\n').slice(secs[3]!.start).startsWith('四、政府信息公开')).toBe(true)
  })

  it('finds a heading split over two lines', () => {
    const text = HEADS.map((h, i) => `${'一二三四五六'[i]} ${h.slice(0, 5)}\n${h.slice(5)}\n正文。`).join('\n')
    expect(findSections(text).map((s) => s.key)).toEqual(KEYS)
  })
})

const row = (label: string, cells: number[]): string => `${label} ${cells.join(' ')}`

describe('table 三 rows', () => {
  it('never reads prose that repeats the rows’ words as rows', () => {
    const text = [
      '本年度新收政府信息公开申请35件，上年结转2件，其中予以公开30件。',
      row('一、本年新收政府信息公开申请数量', [30, 5, 0, 0, 0, 0, 35]),
      row('二、上年结转政府信息公开申请数量', [2, 0, 0, 0, 0, 0, 2]),
    ].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.received).toEqual([30, 5, 0, 0, 0, 0, 35])
    expect(got.rows.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(got.how.received).toBe('label')
  })

  it('reads a label wrapped round its cells by pdftotext -layout', () => {
    const text = ['2.其他法律行政法    3    1    0    0    0    0    4', '规禁止公开', '3.危及“三安全一稳定”    0    0    0    0    0    0    0'].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows['withheld.prohibitedByLaw']).toEqual([3, 1, 0, 0, 0, 0, 4])
    expect(got.rows['withheld.securityStability']).toEqual([0, 0, 0, 0, 0, 0, 0])
  })

  it('keeps a label-read row with the report’s own wrong total (for the checks to flag)', () => {
    const notes: ExtractionNote[] = []
    const rows = { granted: [5, 1, 0, 0, 0, 0, 9] }
    const got = proveRequestRows(rows, [{ key: 'granted', placement: 'anchored', group: 1 }], notes)
    expect(got.rows.granted).toEqual([5, 1, 0, 0, 0, 0, 9])
    expect(got.how.granted).toBe('label')
  })

  it('empties rows placed by position when the sums do not prove them, with a note naming them', () => {
    const notes: ExtractionNote[] = []
    const rows = { granted: [5, 1, 0, 0, 0, 0, 6], partiallyGranted: [2, 0, 0, 0, 0, 0, 3] }
    const placed = [
      { key: 'granted' as const, placement: 'grouped' as const, group: 1 },
      { key: 'partiallyGranted' as const, placement: 'grouped' as const, group: 1 },
    ]
    const got = proveRequestRows(rows, placed, notes)
    expect(got.rows.granted).toEqual([null, null, null, null, null, null, null])
    expect(got.rows.partiallyGranted).toEqual([null, null, null, null, null, null, null])
    expect(notes[0]?.message).toContain('（一）予以公开')
  })

  it('leaves a row unread, with a note, when a blank heading row or missing label would shift it', () => {
    const text = ['一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3', '（三）不予公开\t\uE000\t\uE000\t\uE000\t\uE000\t\uE000\t\uE000\t\uE000', '1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1'].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows['withheld.stateSecret']).toEqual([1, 0, 0, 0, 0, 0, 1])
  })
})

describe('table 四', () => {
  const head = '行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n'
  it('reads the one run of 15 whose group totals hold when a page number stands in the way', () => {
    const got = parseReviewTable(`${head}8\n1 0 0 1 2 0 0 0 0 0 1 1 0 0 2`)
    expect(got.table.review).toEqual([1, 0, 0, 1, 2])
    expect(got.table.litigationAfterReview).toEqual([1, 1, 0, 0, 2])
    expect(got.how).toBe('sums')
  })
  it('keeps the report’s own wrong total in a row of exactly 15', () => {
    const got = parseReviewTable(`${head}1 0 0 1 5 0 0 0 0 0 1 1 0 0 2`)
    expect(got.table.review).toEqual([1, 0, 0, 1, 5])
  })
})

describe('cells', () => {
  it('marks digits run into a thousands group, and section 二 leaves such a row unread', () => {
    expect(readCells('1357,539').some((t) => t.glued)).toBe(true)
    const got = parseActiveDisclosure('信息内容 本年处理决定数量\n行政许可 1357,539')
    expect(got.table.licensing?.decisions ?? null).toBeNull()
  })
  it('section 二 never takes the first of too many numbers (labels printed before their numbers)', () => {
    const got = parseActiveDisclosure('信息内容 本年制发件数 本年废止件数 现行有效件数\n规章\n行政规范性文件\n0 0 1\n3 2 40')
    expect(got.table.normativeDocs?.issued ?? null).toBeNull()
    expect(got.notes.length).toBeGreaterThan(0)
  })
})

describe('provenance', () => {
  it('says how each number was read', () => {
    const text = ['某县人民政府2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', row('一、本年新收政府信息公开申请数量', [3, 0, 0, 0, 0, 0, 3]), '本年度共收到政府信息公开申请3件。'].join('\n')
    const ex = extractReport(textToDocument(text, 'x.txt'))
    expect(ex.provenance['requests.received']?.how).toBe('label')
  })
})

describe('cells written in other ways (new-user reports)', () => {
  const values = (s: string): (number | null)[] => readCells(s).map((t) => t.value)

  it('reads a zero printed 〇 / ○ / 零 alone as a cell, but not inside a date', () => {
    expect(values('45\t〇\t3\t○\t零\t48')).toEqual([45, 0, 3, 0, 0, 48])
    expect(values('二〇二三年 12')).toEqual([12])
  })

  it('reads a cell 无 as a dash (none), and only a whole cell', () => {
    const toks = readCells('无\t2\t无\t2')
    expect(toks.map((t) => [t.value, t.dash ?? false])).toEqual([[0, true], [2, false], [0, true], [2, false]])
    expect(values('本年度无行政复议 0')).toEqual([0])
  })

  it('keeps an unreadable table cell (O for zero, 不涉及) in its place as not stated, so later cells do not move up', () => {
    expect(values('45\tO\t3\t不涉及\t48')).toEqual([45, null, 3, null, 48])
    // In prose (no cell separators on the line) a lone letter is no cell.
    expect(values('O 3 48')).toEqual([3, 48])
  })

  it('reads a count with its unit when it fills a table cell, not a count in a sentence', () => {
    expect(values('6件\t1件\t1,358件')).toEqual([6, 1, 1358])
    expect(values('共收到申请35件，办结3件')).toEqual([])
  })

  it('reads a full-width decimal point between full-width digits', () => {
    expect(values('行政事业性收费 ８７．３')).toEqual([87.3])
    expect(values('1．属于国家秘密 0')).toEqual([0])
  })
})

describe('a zero printed 〇 in the flat text', () => {
  it('is the digit 0 where it stands alone as a cell (so every table reader sees a number), not inside a date', async () => {
    const { zeroSignCellsAsDigits } = await import('../../shared/extract/numbers-cn')
    expect(zeroSignCellsAsDigits('数量    〇    〇    3\t〇\t零')).toBe('数量    0    0    3\t0\t0')
    expect(zeroSignCellsAsDigits('二〇二三年1月 〇号')).toBe('二〇二三年1月 〇号')
  })
})
