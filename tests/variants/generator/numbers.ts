// Rule family: how numbers are printed — thousands separators, full-width digits, and how a zero
// is written (0, a dash, a slash, or a blank cell; a blank means "not stated": null, not 0).
import { chance, pick, type Rand } from './rng'

export const ZEROS = ['0', '—', '/', '－', 'blank'] as const
/**
 * The other dashes real reports print for a zero (issue 10, review hp35 O-hp3): 「——」 (two em dashes; a
 * CJK font sets them as one wide glyph, and a Chromium PDF's text layer gives it as ⸺ U+2E3A), a
 * hyphen 「-」 or two 「--」, a full-width slash 「／」. Not in ZEROS, so the suite's draws stay as they
 * were; forced by tests/variants/zero-dashes.test.ts (zero-dashes.ts).
 */
export const ZERO_DASHES = ['——', '-', '--', '／'] as const
export type ZeroStyle = (typeof ZEROS)[number] | (typeof ZERO_DASHES)[number]

export interface NumberRule {
  thousands: boolean
  fullWidth: boolean
  zero: ZeroStyle
  /** New-user reports: a zero printed as a sign instead of 0 (see drawZeroSign). */
  zeroSign?: ZeroSign
  /** New-user reports: full-width digits with a full-width decimal point (８７．３). */
  fullWidthPoint?: boolean
  /**
   * Digits grouped by a space or a thin space (U+2009) instead of a comma — 「1 391」, GB/T 15835 /
   * GB 3101 style, seen in some official statistics (review 9b R6). In every cell, 总计 among them.
   * Forced by tests/variants/digit-groups.test.ts, not drawn (see digit-groups.ts).
   */
  groupSpace?: GroupSpace
  /**
   * Counts typed in Chinese numerals (「七十」「八百七十三」「四万零二百三十六」), as some small bodies type
   * their tables (review 11 R11-2): the counts whose value is 1 more than a multiple of 4, so a
   * table mixes both. Forced by tests/variants/numeral-cells.test.ts, not drawn.
   */
  cnNumerals?: boolean
  /**
   * Every digit of a count of two digits or more set apart by a space (「2 6」 for 26): a font's wide
   * letter-spacing (Word's character spacing, CSS letter-spacing) as the page's text gives it (review
   * rv22b item 5). Forced by tests/variants/spaced-digits.test.ts, not drawn.
   */
  letterSpaced?: boolean
  /**
   * Digits grouped by a sign other than a comma — an apostrophe (「1'227」, 「1’227」, 「1＇227」), a middle
   * dot (「1·227」) or a 顿号 (「1、227」) — in every cell of every table (review hr34 W2: the 「1」 of a cell
   * and of its 总计 left out as page numbers, every sum still holding). Forced by
   * tests/variants/thousands-signs.test.ts, not drawn (see thousands-signs.ts).
   */
  thousandsSign?: ThousandsSign
}

const CN_DIGITS = '〇一二三四五六七八九'

/** A count below 100 000 000 in Chinese numerals: 70 → 七十, 873 → 八百七十三, 40236 → 四万零二百三十六. */
export function toChineseNumeral(v: number): string {
  const below = (n: number): string => {
    const units = ['千', '百', '十', '']
    const digits = String(n).padStart(4, '0').split('').map(Number)
    let out = ''
    let zero = false
    digits.forEach((d, i) => {
      if (d === 0) {
        zero = out !== ''
        return
      }
      if (zero) out += '零'
      zero = false
      out += `${CN_DIGITS[d]}${units[i]}`
    })
    return out
  }
  if (v === 0) return '〇'
  const high = Math.floor(v / 10000)
  const low = v % 10000
  const text = high ? `${below(high)}万${low ? (low < 1000 ? '零' : '') + below(low) : ''}` : below(low)
  // 十 for 10–19 at the head, as it is written (十一, not 一十一).
  return text.replace(/^一十/, '十')
}

export const GROUP_SPACES = [' ', '\u2009'] as const
export type GroupSpace = (typeof GROUP_SPACES)[number]

export const THOUSANDS_SIGNS = ["'", '’', '＇', '·', '、'] as const
export type ThousandsSign = (typeof THOUSANDS_SIGNS)[number]
const SIGN_TAGS: Record<ThousandsSign, string> = { "'": 'apostrophe', '’': 'right-quote', '＇': 'full-width-apostrophe', '·': 'middle-dot', '、': 'dun' }

/**
 * Zeros written other ways in reports tried as a new user would: 〇 (a zero), 无 (none, read as a
 * dash is), and the letter O typed for a zero (read back as 0 among number cells, never as a
 * neighbour's value). 无 and O only where cells are kept apart (in text a lone 无 or O is no cell).
 */
export const ZERO_SIGNS = ['〇', '无', 'O'] as const
export type ZeroSign = (typeof ZERO_SIGNS)[number]

/** Drawn from a stream of its own, so every other choice of a variant stays as it was. */
export function drawZeroSign(rand: Rand, rule: NumberRule, keepsBlanks: boolean, runTogether: boolean): Pick<NumberRule, 'zeroSign' | 'fullWidthPoint'> {
  const out: Pick<NumberRule, 'zeroSign' | 'fullWidthPoint'> = {}
  const signs = ZERO_SIGNS.filter((z) => keepsBlanks || z === '〇')
  if (!runTogether && rule.zero === '0' && chance(rand, 0.15)) out.zeroSign = pick(rand, signs)
  if (rule.fullWidth && chance(rand, 0.5)) out.fullWidthPoint = true
  return out
}

/** `blank` only where the format keeps empty cells (real tables, pipe tables). */
export function drawNumbers(rand: Rand, keepsBlanks: boolean, runTogether: boolean): NumberRule {
  const zeros = ZEROS.filter((z) => (keepsBlanks || z !== 'blank') && (!runTogether || z === '0'))
  return {
    thousands: chance(rand, 0.3),
    fullWidth: !runTogether && chance(rand, 0.15),
    zero: chance(rand, 0.5) ? '0' : pick(rand, zeros),
  }
}

const FULL = '０１２３４５６７８９'
// One formatter for every cell: toLocaleString with options builds a new one per call, which was the
// generator's single costliest line in the variant tests (about 2 s of a 55 s file).
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })

export function printNumber(rule: NumberRule, v: number | null): string {
  if (v === null) return ''
  if (v === 0 && rule.zero !== '0') return rule.zero === 'blank' ? '' : rule.zero
  if (v === 0 && rule.zeroSign) return rule.zeroSign
  if (rule.cnNumerals && v % 4 === 1 && Number.isInteger(v)) return toChineseNumeral(v)
  let s = rule.thousands || rule.groupSpace || rule.thousandsSign ? GROUPED.format(v) : String(v)
  if (rule.groupSpace) s = s.replace(/,/g, rule.groupSpace)
  else if (rule.thousandsSign) s = s.replace(/,/g, rule.thousandsSign)
  if (rule.fullWidth) s = s.replace(/\d/g, (d) => FULL[Number(d)]!)
  if (rule.fullWidthPoint) s = s.replace('.', '．')
  if (rule.letterSpaced && /^\d{2,}$/.test(s)) s = s.split('').join(' ')
  return s
}

/** What a cell printed under `rule` must read back as. */
export function expectedValue(rule: NumberRule, v: number | null): number | null {
  // The letter O typed for a zero reads as 0 (shared/extract/latin-zero.ts).
  return v === 0 && rule.zero === 'blank' ? null : v
}

export function numberRuleTags(rule: NumberRule): string[] {
  return [...(rule.thousands ? ['number:thousands'] : []), ...(rule.fullWidth ? ['number:full-width'] : []), `zero:${rule.zero}`, ...(rule.zeroSign ? [`zero-sign:${rule.zeroSign}`] : []), ...(rule.fullWidthPoint ? ['number:full-width-point'] : []), ...(rule.groupSpace ? [`number:group-${rule.groupSpace === ' ' ? 'space' : 'thin-space'}`] : []), ...(rule.cnNumerals ? ['number:chinese-numerals'] : []), ...(rule.letterSpaced ? ['number:letter-spaced'] : []), ...(rule.thousandsSign ? [`number:thousands-${SIGN_TAGS[rule.thousandsSign]}`] : [])]
}
