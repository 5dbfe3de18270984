// pdftotext -layout text whose labels are spaced out letter by letter, with a count in Chinese
// numerals as a row's first cell (issue 10, session 21): 「2 . 重 复 申 请　  二十九   2  0 … 31」.
// Beside the label's last letter the numeral may be the label's own, so it stays a word and the line
// holds one cell too few. It was dropped as a line of stray numbers, and the row took the next
// line's cells (those of 3.要求提供公开出版物, whose label wraps round them): a wrong number, no note.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import type { SourceDocument } from '../../shared/model/document'

const txt = (lines: string[]): SourceDocument => ({
  fileName: 't.txt',
  format: 'text',
  blocks: lines.map((text, i) => ({ kind: 'paragraph' as const, text, loc: { block: i } })),
})
const spaced = (s: string): string => [...s].join(' ')
const row = (label: string, cells: (number | string)[], rest?: string): string[] => [`${spaced(label)}    ${cells.join('    ')}`, ...(rest ? [spaced(rest)] : [])]

describe('a spaced label whose row begins with a numeral cell (pdftotext -layout)', () => {
  const lines = [
    '某县人民政府2021年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '自然人　　　　　　　　　  法人或其他组织　　　　　  总计',
    '商业企业　　　　　　　　  科研机构　　　　　　　　  社会公益组织　　　　　　  法律服务机构　　　　　　  其他',
    ...row('一、本年新收', [40, 4, 0, 0, 0, 0, 44], '政府信息公开申请数量'),
    ...row('二、上年结转', [0, 0, 0, 0, 0, 0, 0], '政府信息公开申请数量'),
    ...row('三、本年度办理结果（一）予以公开', [5, 1, 0, 0, 0, 0, 6]),
    ...row('（五）不予处理 1.信访举报', [3, 1, 0, 0, 0, 0, 4], '投诉类申请'),
    `${spaced('2.重复申请')}　    二十九    2    0    0    0    0    31`,
    ...row('3.要求提供', [2, 0, 0, 0, 0, 0, 2], '公开出版物'),
    ...row('4.无正当理由', [1, 0, 0, 0, 0, 0, 1], '大量反复申请'),
    ...row('（七）总计', [40, 4, 0, 0, 0, 0, 44]),
    ...row('四、结转下年度', [0, 0, 0, 0, 0, 0, 0], '继续办理'),
    '四、政府信息公开行政复议、行政诉讼情况',
  ]

  it('is read right or left unread with a note, never given the next row\'s numbers', () => {
    const { report, notes } = extractReport(txt(lines))
    const got = report.requests.rows['notProcessed.duplicate']
    const unread = !got || got.every((x) => x === null)
    expect(unread || got!.join() === '29,2,0,0,0,0,31').toBe(true)
    if (unread) expect(notes.some((n) => n.field === 'requests.notProcessed.duplicate')).toBe(true)
    const pub = report.requests.rows['notProcessed.publication']
    expect(!pub || pub.every((x) => x === null) || pub.join() === '2,0,0,0,0,0,2').toBe(true)
  })
})
