// Rule family: how numbers are printed — thousands separators, full-width digits, and how a zero
// is written (0, a dash, a slash, or a blank cell; a blank means "not stated": null, not 0).
import { chance, pick, type Rand } from './rng'

export const ZEROS = ['0', '—', '/', '－', 'blank'] as const
export type ZeroStyle = (typeof ZEROS)[number]

export interface NumberRule {
  thousands: boolean
  fullWidth: boolean
  zero: ZeroStyle
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

export function printNumber(rule: NumberRule, v: number | null): string {
  if (v === null) return ''
  if (v === 0 && rule.zero !== '0') return rule.zero === 'blank' ? '' : rule.zero
  let s = rule.thousands ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v)
  if (rule.fullWidth) s = s.replace(/\d/g, (d) => FULL[Number(d)]!)
  return s
}

/** What a cell printed under `rule` must read back as. */
export function expectedValue(rule: NumberRule, v: number | null): number | null {
  return v === 0 && rule.zero === 'blank' ? null : v
}

export function numberRuleTags(rule: NumberRule): string[] {
  return [...(rule.thousands ? ['number:thousands'] : []), ...(rule.fullWidth ? ['number:full-width'] : []), `zero:${rule.zero}`]
}
