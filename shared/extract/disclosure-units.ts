// Units of section 二's cells. The template prints counts (件/个/项) and amounts in 万元, but small
// bodies print their fees in 元 (in the column header, 「本年收费金额（单位：元）」, or in the cell,
// 「123400元」), a city's body in 亿元 (「0.001234亿元」) or 千元, and a count may be printed in 万件
// (「0.3456万件」). A number is kept only in the model's unit: 元, 千元 and 亿元 become 万元 exactly,
// 万件 become 件 where that gives a whole number; anything else
// (a count with decimals) is left empty with a note, never stored as printed.
import type { CellToken } from './cells'
import { roundedFigure } from './numbers-cn'

export type AmountUnit = '元' | '千元' | '万元' | '亿元'
/** A unit printed in a cell: an amount's, or 万/亿 before a count's word. */
export type CellUnit = AmountUnit | '万' | '亿'

/** 万元 per unit of each amount unit. */
const IN_WAN_YUAN: Record<AmountUnit, number> = { 元: 1 / 10000, 千元: 1 / 10, 万元: 1, 亿元: 10000 }

/** An amount with no printed unit this large (a whole number) is not taken for 万元: a million 万元 is 100 亿元. */
const IMPLAUSIBLE_WAN_YUAN = 1_000_000

/** How far before a row its table's header is looked at for a unit (the small tables are short). */
const HEADER_REACH = 200

/** The unit printed right after a cell's number: 「123400元」「12.34 万元」「0.3456万件」. */
const CELL_UNIT = /^[ \u3000]*(亿元|万元|千元|元|[万亿](?=[件个项条次]|$|[\s|]))/

/** A unit named in a header: 「（单位：元）」「金额（元）」「单位:万元」. The last one before the row counts. */
const HEADER_UNIT = /(?:单位[：:]?\s*|金额\s*[（(]\s*)(亿元|万元|千元|元)/g

/** Words before a number that make it a bound or an estimate: 「近36000」「约80564」「超过500」. */
const APPROX_WORD_BEFORE = '(?:约|近|逾|超过|将近|接近|大约|不足|不到|多于)[ \u3000]*'
/** After it, with a unit or a count's word between: 「18万余」「3万多」「907件左右」「500以上」. */
const APPROX_WORD_AFTER = '[ \u3000]*[万亿千百]?(?:元|件|个|项|条|次)?[ \u3000]*(?:余|多|左右|以上|上下)'
const APPROX_BEFORE = new RegExp(`${APPROX_WORD_BEFORE}$`)
const APPROX_AFTER = new RegExp(`^${APPROX_WORD_AFTER}`)

/**
 * A cell printed as an approximate figure (a bound or an estimate, 「18万余」「近36000」「约80564」), as
 * printed from its word before to its word after; null for a plain number. Such a cell states no exact
 * count (and 「18万余」 would otherwise lose its 万: CELL_UNIT needs a count's word after it), so it is
 * not read — the same rule as the prose (metrics-sentences.ts countValue).
 */
export function approxCell(text: string, tok: CellToken): string | null {
  const before = APPROX_BEFORE.exec(text.slice(Math.max(0, tok.start - 4), tok.start))
  const after = APPROX_AFTER.exec(text.slice(tok.end, tok.end + 8))
  if (!before && !after) return null
  return text.slice(tok.start - (before?.[0].length ?? 0), tok.end + (after?.[0].length ?? 0)).trim()
}

/** An approximate figure anywhere in a row's text (the cell reader drops 「907件左右」 as words, not a cell). */
const DIGITS = '[\\d０-９][\\d０-９,，.．]*'
const APPROX_IN_TEXT = new RegExp(`${APPROX_WORD_BEFORE}${DIGITS}|${DIGITS}${APPROX_WORD_AFTER}`)

/** The first approximate figure printed in a stretch of a row's text, as printed; null if none. */
export function approxInText(text: string): string | null {
  return APPROX_IN_TEXT.exec(text)?.[0].trim() ?? null
}

export function cellUnit(text: string, tok: CellToken): CellUnit | null {
  const m = CELL_UNIT.exec(text.slice(tok.end, tok.end + 6))
  return m ? (m[1] as CellUnit) : null
}

const isAmountUnit = (u: CellUnit | null): u is AmountUnit => u === '元' || u === '千元' || u === '万元' || u === '亿元'

/** The amount unit the header names between `from` and a row's label (null: the template's 万元). */
export function headerAmountUnit(text: string, from: number, rowStart: number): AmountUnit | null {
  const window = text.slice(Math.max(from, rowStart - HEADER_REACH), rowStart)
  let unit: AmountUnit | null = null
  for (const m of window.matchAll(HEADER_UNIT)) unit = m[1] as AmountUnit
  return unit
}

export interface UnitReading {
  value: number | null
  /** Why the value was converted or left empty (a Chinese sentence part), when it was. */
  why?: string
}

const exact = (n: number): number => Number(n.toPrecision(12))

/** An amount field (万元): the cell's own unit first, then the header's. */
export function amountInWanYuan(value: number | null, cell: CellUnit | null, header: AmountUnit | null): UnitReading {
  if (value === null) return { value }
  // 万/亿 alone before a count's word is not an amount's unit: the cell does not say what it counts in.
  if (cell === '万' || cell === '亿') return { value: null, why: `印为「${value}${cell}」，只有“${cell}”没有“元”，不能确定是否以${cell}元计，未读取` }
  const unit = isAmountUnit(cell) ? cell : header
  if (unit === null) {
    // No unit printed in the cell or the header (the 2019 template's 采购总金额 has none): 万元 is assumed,
    // and said; a whole number of seven digits or more (a million 万元 = 100 亿元) is no body's fee or
    // purchase total in 万元 — most likely 元 — so which unit it is cannot be told.
    if (Number.isInteger(value) && Math.abs(value) >= IMPLAUSIBLE_WAN_YUAN)
      return { value: null, why: `印为 ${value}，表头和本栏都没有印单位，按万元计为 ${value / 10000} 亿元、不合常理（多半以元计），单位不能确定，未读取` }
    return { value, why: `表头和本栏都没有印单位，按模板的单位万元读取` }
  }
  if (unit === '万元') return { value }
  return { value: exact(value * IN_WAN_YUAN[unit]), why: `印为 ${value} ${unit}，已折算为万元` }
}

/**
 * A count field (件/个/项): a whole number, or 万 × a number printed down to the unit (「0.3456万件」).
 * 「1.2万件」 is a rounded figure, not a count (numbers-cn.ts roundedFigure, as in the prose).
 */
export function wholeCount(value: number | null, cell: CellUnit | null): UnitReading {
  if (value === null) return { value }
  if (isAmountUnit(cell)) return { value: null, why: `印为 ${value}${cell}，此栏应为件数，未读取` }
  if (cell === '万' || cell === '亿') {
    if (roundedFigure(String(value), cell)) return { value: null, why: `印为 ${value}${cell}，是以“${cell}”为单位的约数，不是确切件数，未读取` }
    const n = exact(value * (cell === '万' ? 10000 : 100_000_000))
    return Number.isInteger(n) ? { value: n, why: `印为 ${value} ${cell}，已折算为 ${n}` } : { value: null, why: `印为 ${value} ${cell}，折算后不是整数，未读取` }
  }
  if (!Number.isInteger(value)) return { value: null, why: `印为 ${value}，件数不应有小数，未读取` }
  return { value }
}
