// Numbers as Chinese reports print them: full-width digits, 千分位 commas, spaces left by PDF
// converters, 万/亿 units, Chinese numerals (十七, 二〇二〇). Pure helpers shared by the prose readers.
import { latinZeroCellsAsDigits } from './latin-zero'

/** Full-width ASCII (０-９, Ａ-Ｚ, ％, ．, ，?) → half-width for digits, letters and a few signs used in numbers. */
export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** Full-width digits ０-９ → 0-9 only, one character for one (offsets into the text stay valid). */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}
const CN_UNIT: Record<string, number> = { '十': 10, '百': 100, '千': 1000 }

/** Characters that may make up a Chinese numeral (for building regexes). */
export const CN_NUMERAL_CHARS = '〇零○一二两三四五六七八九十百千'

/**
 * A Chinese numeral below 10 000 → number: 十七 → 17, 二十三 → 23, 一百零五 → 105.
 * A string of plain digit characters is read digit by digit: 二〇二〇 → 2020. Null if not a numeral.
 */
export function cnNumeralToInt(s: string): number | null {
  const t = s.trim()
  if (t === '') return null
  if ([...t].every((c) => c in CN_DIGIT)) {
    return Number([...t].map((c) => CN_DIGIT[c]).join(''))
  }
  let total = 0
  let digit: number | null = null
  for (const c of t) {
    if (c in CN_DIGIT) {
      digit = CN_DIGIT[c] ?? 0
    } else if (c in CN_UNIT) {
      const unit = CN_UNIT[c] ?? 1
      // A bare unit counts one of it, also after a 零 placeholder (一千零十 = 1010).
      total += (digit || 1) * unit
      digit = null
    } else {
      return null
    }
  }
  return total + (digit ?? 0)
}

/**
 * 四万零二百三十六 → 40236: the part before 万 counts ten thousands (below 10 000 each part). A last
 * digit right after 万, 千 or 百 (no 零 between) counts the next unit down, as it is said: 一万二 =
 * 12 000, 两千五 = 2 500, 一百一 = 110 (not 10 002, 2 005, 101).
 */
export function cnCountToInt(raw: string): number | null {
  const spoken = /([万千百])([一二两三四五六七八九])$/.exec(raw)
  if (spoken) {
    const down = { 万: '千', 千: '百', 百: '十' }[spoken[1] as '万' | '千' | '百']
    return wanParts(`${raw.slice(0, -1)}${spoken[2]}${down}`)
  }
  return wanParts(raw)
}

function wanParts(s: string): number | null {
  const parts = s.split('万')
  if (parts.length > 2) return null
  if (parts.length === 1) return cnNumeralToInt(s)
  const high = cnNumeralToInt(parts[0]!)
  const low = parts[1] === '' ? 0 : cnNumeralToInt(parts[1]!.replace(/^[〇零○]/, ''))
  return high === null || low === null ? null : high * 10000 + low
}

/** A count, rank or day written in digits (17) or as a Chinese numeral (十七) → number; null if neither. */
export function intValue(raw: string): number | null {
  return /^\d+$/.test(raw) ? Number(raw) : cnNumeralToInt(raw)
}

/** A year written in digits (with stray spaces) or Chinese digits (二〇二〇) → number, if plausible. */
export function parseYear(s: string): number | null {
  const t = toHalfWidthDigits(s).replace(/\s+/g, '')
  const n = /^\d{4}$/.test(t) ? Number(t) : cnNumeralToInt(t)
  if (n === null || n < 1990 || n > 2100) return null
  return n
}

/**
 * Regex source for an Arabic number as printed in prose: digits with optional 千分位 commas
 * (1,234,567 / 1，234) and an optional decimal part. Spaces inside a number are not accepted:
 * in converted text they separate table cells far more often than they split a number.
 */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:[,，](?=\d{3}(?!\d))\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`

/**
 * An Arabic number token (as matched by NUMBER_SOURCE, optionally followed by 万/亿) → number.
 * Returns null when the value is not exact: "2.35万" is 23 500 and exact; "2.356万" would be 23 560
 * and is still exact; a unit turning a decimal into a fraction of one (e.g. "0.00001万") is refused.
 */
export function parseNumberToken(raw: string, unit?: string | null): number | null {
  const t = toHalfWidthDigits(raw).replace(/[,，\s]/g, '')
  if (!/^\d+(?:\.\d+)?$/.test(t)) return null
  const base = Number(t)
  if (!Number.isFinite(base)) return null
  const mult = unit === '万' ? 10_000 : unit === '亿' ? 100_000_000 : 1
  if (mult === 1) return base
  const value = Math.round(base * mult * 1e6) / 1e6
  return Number.isInteger(value) ? value : null
}

/**
 * A zero printed as a Chinese numeral (〇, ○, 零) standing alone as a table cell, as the digit 0 (one
 * character for one, so positions hold). Only alone: inside words it is part of a date (二〇二三年).
 */
export function zeroSignCellsAsDigits(s: string): string {
  const chinese = s.replace(/(?<=^|[\s\u3000\t|\uE000])[〇○零](?=[\s\u3000\t|\uE000]|$)/gm, '0')
  // The letter O typed for a zero, among a row's number cells (latin-zero.ts).
  return /[OoＯｏ]/.test(chinese) ? chinese.split('\n').map(latinZeroCellsAsDigits).join('\n') : chinese
}

/**
 * Whether a count is printed as a rounded figure in 万/亿 (「1.2万条」「18万件」「三万件」): its digits stop
 * above the units, so it stands for a range (1.2万 is anything from 11,500 to 12,499), not a count.
 * report-model.md has no field for approximate values, so the prose and section 二 readers leave such
 * a figure null with a note. 「1.2345万」 is printed down to the unit: a count.
 */
export function roundedFigure(raw: string | undefined, unit: string | undefined | null): boolean {
  if (unit !== '万' && unit !== '亿') return false
  const places = unit === '万' ? 4 : 8
  const decimals = /[.．](\d+)$/.exec(toHalfWidthDigits(raw ?? ''))?.[1]?.length ?? 0
  return decimals < places
}
