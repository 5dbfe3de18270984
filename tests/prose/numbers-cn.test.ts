// The number helpers shared by the prose readers: Chinese numerals, digits or numerals, years, 万.
import { describe, expect, it } from 'vitest'
import { cnNumeralToInt, intValue, parseNumberToken, parseYear } from '../../shared/extract/numbers-cn'

describe('cnNumeralToInt', () => {
  it('reads numerals with units, 零 placeholders and digit-by-digit years', () => {
    expect(cnNumeralToInt('十七')).toBe(17)
    expect(cnNumeralToInt('二十三')).toBe(23)
    expect(cnNumeralToInt('一百零五')).toBe(105)
    expect(cnNumeralToInt('一千零十')).toBe(1010)
    expect(cnNumeralToInt('二〇二〇')).toBe(2020)
    expect(cnNumeralToInt('第三')).toBeNull()
  })
})

describe('intValue', () => {
  it('reads digits or a Chinese numeral, and nothing else', () => {
    expect(intValue('17')).toBe(17)
    expect(intValue('十二')).toBe(12)
    expect(intValue('1七')).toBeNull()
    expect(intValue('')).toBeNull()
  })
})

describe('parseYear and parseNumberToken', () => {
  it('keeps plausible years only and converts 万 only when exact', () => {
    expect(parseYear('２０２１')).toBe(2021)
    expect(parseYear('二〇二〇')).toBe(2020)
    expect(parseYear('1234')).toBeNull()
    expect(parseNumberToken('1，234')).toBe(1234)
    expect(parseNumberToken('2.35', '万')).toBe(23500)
    expect(parseNumberToken('0.00001', '万')).toBeNull()
  })
})
