// Counts in Chinese numerals among a table row's numbers in text without table structure
// (shared/extract/numeral-words.ts; review 11 n12: 「4.保护第三方合法权益 十一 2 〇 0 〇 0 13」 read
// 2 | 0 | 0 | 0 | 0 | 1 | 3, "proven" by the row's total). Bounded by spacing or a line of its own,
// the numeral is its number; glued among the cells, the row is left unread with a note.
import { describe, expect, it } from 'vitest'
import { numeralLinesAsDigits, numeralWordsAsDigits, unboundedNumerals } from '../../shared/extract/numeral-words'
import { read, report, table3, table4 } from './report-text'

describe('numeral words bounded by spacing', () => {
  it('are their numbers among a row of numbers, also in a run of numerals', () => {
    expect(numeralWordsAsDigits('4.保护第三方合法权益 十一 2 〇 0 〇 0 13')).toBe('4.保护第三方合法权益 11 2 0 0 0 0 13')
    expect(numeralWordsAsDigits('二、上年结转政府信息公开申请数量 53 9 0 三 一 一 67')).toBe('二、上年结转政府信息公开申请数量 53 9 0 3 1 1 67')
    expect(numeralWordsAsDigits('行政许可\t四百九十四\t111\t76651')).toBe('行政许可\t494\t111\t76651')
  })
  it('stay words among words (a spaced label, an article number)', () => {
    for (const s of ['（ 三 ） 不 予 公 开 1 . 属 于 国 家 秘 密', '第 二 十 条 第 （ 一 ） 项', '一 是 公 开 不 够 及 时']) expect(numeralWordsAsDigits(s)).toBe(s)
  })
  it('a line of its own among lines of numbers (a cell per line)', () => {
    expect(numeralLinesAsDigits(['（一）予以公开', '14件', '一', '一', '2件'])).toEqual(['（一）予以公开', '14件', '1', '1', '2件'])
    // Values printed before their labels: no number beside it, so no bounds proven here.
    expect(numeralLinesAsDigits(['本年处理决定数量', '二十五', '行政处罚'])).toEqual(['本年处理决定数量', '二十五', '行政处罚'])
  })
  it('glued to the cells, numerals are marked (not a label\'s numbering)', () => {
    expect(unboundedNumerals('（七）总计三十三2000035')).toEqual([[5, 8]])
    expect(unboundedNumerals('数量34件2件一4件五420件')).toEqual([[7, 8], [10, 11]])
    expect(unboundedNumerals('67三、本年度办理结果（一）予以公开 5.属于三类内部事务信息 第一项加第二项')).toEqual([])
  })
})

// table3(11) from report-text: 4.保护第三方合法权益 has 11 (1 × 11) in 自然人 and 总计.
const spaced = (rows: string[]): string[] => rows.map((r) => r.replaceAll('\t', ' '))
const withNumeral = (rows: string[]): string[] => rows.map((r) => (r.startsWith('4.保护') ? r.replace(' 11 ', ' 十一 ') : r))

describe('table 三 in spaced text with a count in numerals', () => {
  it('reads the row (before: 11 | 0 | 0 | 0 | 0 | 0 | 11 lost 十一 and cut 11 into 1 | 1)', () => {
    const r = read(report(withNumeral(spaced(table3(11))), spaced(table4(2))))
    expect(r.report.requests.rows['withheld.thirdPartyRights']).toEqual([11, 0, 0, 0, 0, 0, 11])
    expect(r.report.requests.rows.received).toEqual([176, 0, 0, 0, 0, 0, 176])
  })
  it('glued to the cells: the row is left unread with a note, never cut', () => {
    const glued = spaced(table3(11)).map((r) => (r.startsWith('4.保护') ? '4.保护第三方合法权益十一0000011' : r))
    const r = read(report(glued, spaced(table4(2))))
    expect(r.report.requests.rows['withheld.thirdPartyRights'] ?? [null]).toEqual(expect.arrayContaining([null]))
    expect((r.report.requests.rows['withheld.thirdPartyRights'] ?? []).filter((x) => x !== null && x !== 11 && x !== 0)).toEqual([])
    expect(r.notes.some((n) => n.field === 'requests.withheld.thirdPartyRights')).toBe(true)
  })
})

describe('a label spaced out character by character', () => {
  it('keeps a numeral that may be its last letter (「只 计 这 一   8」), in text and a line of its own', () => {
    expect(numeralWordsAsDigits(' 只 计 这 一     8    2    0    0    0    0    10')).toBe(' 只 计 这 一     8    2    0    0    0    0    10')
    expect(numeralWordsAsDigits('及 “ 三     0件    0件')).toBe('及 “ 三     0件    0件')
    expect(numeralLinesAsDigits(['这', '一', '8'])).toEqual(['这', '一', '8'])
  })
})

describe('a numeral of a label wrapped round its cells', () => {
  it('is not marked (「只计这13 0 0 0 0 3 16一情形」: 一 begins the label\'s rest)', () => {
    expect(unboundedNumerals('（二）部分公开（区分处理的，只计这13 0 0 0 0 3 16一情形，不计其他情形）')).toEqual([])
  })
})
