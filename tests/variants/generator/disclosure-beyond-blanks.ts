// Rule: section 二 printed as pdftotext prints some reports — labels in groups before their numbers
// (text-grouped) — with a row beyond the template among the rows (t2-wordings.ts foreign) and the zero
// cells of the template row printed right after it left blank (a blank leaves nothing in that text).
// The labels 「非行政许可审批 / 行政处罚 / 行政强制」 then stand before fewer numbers than their cells, and
// before the fix the last label took the beyond-row's number (sweep.ts 972001–972006 --zero blank,
// seed 972002: 行政强制 read 71, 非行政许可审批's). Drawn in the suite from a stream of its own. Only
// that row's zeros are blank: a blank row anywhere in grouped text is a known limit (label reading).
import type { VariantModel } from './model'
import { chance, type Rand } from './rng'
import type { Table2Wording } from './t2-wordings'

/** Share of the text-grouped variants with a row beyond the template that get the rule. */
const DRAWN_SHARE = 1

export function drawBlanksAfterBeyond(rand: Rand, format: string, wording: Table2Wording | undefined): boolean {
  return format === 'text-grouped' && (wording?.foreign.length ?? 0) > 0 && chance(rand, DRAWN_SHARE)
}

/** The template rows printed right after a row beyond the template (the model's rows in printed order). */
export function rowsAfterBeyond(keys: string[], wording: Table2Wording | undefined): Set<string> {
  const after = new Set((wording?.foreign ?? []).map(([k]) => k))
  return new Set(keys.filter((_, i) => i > 0 && after.has(keys[i - 1]!)))
}

/** The gold: a blank cell states no number (as zero:blank, numbers.ts expectedValue). */
export function blanksAfterBeyondGold(m: VariantModel, on: boolean | undefined, wording: Table2Wording | undefined): VariantModel {
  if (!on) return m
  const blank = rowsAfterBeyond(m.disclosure.filter(([, f]) => f.length > 0).map(([k]) => k), wording)
  return { ...m, disclosure: m.disclosure.map(([k, f]) => [k, blank.has(k) ? f.map(([x, v]) => [x, v === 0 ? null : v] as [string, number | null]) : f]) }
}
