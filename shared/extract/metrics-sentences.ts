// The shared helpers of the prose-metric readers (metrics.ts, metrics-active.ts): sentences of the
// text as the patterns read them and as printed, the clause before a figure, negation, sub-counts,
// a count's value, and the best of several candidates.
import { NUMBER_SOURCE, parseNumberToken, cnNumeralToInt, CN_NUMERAL_CHARS, roundedFigure, toHalfWidthDigits } from './numbers-cn'
import { compactWithMap } from './prose-text'
import { nextCellAfterCount } from '../text/table-row-cells'

/** A count: Arabic digits (1,234 / 1.2) or a Chinese numeral (两 / 二十六), then 万/亿 and 余/多. */
export const N = `(${NUMBER_SOURCE}|[${CN_NUMERAL_CHARS}]+)(万|亿)?(余|多)?`

/** Words just before a verb that negate it. */
const NEGATION_BEFORE = /(?:未|没有|无|不曾|尚未)$/

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────

/** A sentence of the compact copy (what the patterns read) and the same sentence as printed. */
export interface Sentence {
  compact: string
  printed: string
}

/** A heading line ("一、总体情况", "（二）依申请公开") glued in front of a sentence by the line joining. */
const HEADING_LINE = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])[^。；，,\n]{0,24}\n/

/** The report's title line ("某县人民政府2023年政府信息公开工作年度报告"), glued in the same way. */
const TITLE_LINE = /^\s*[^。；，,《\n]{0,60}(?:年度报告|工作报告)\s*\n/

function dropLeadingHeadings(printed: string): string {
  let t = printed
  for (let m = HEADING_LINE.exec(t) ?? TITLE_LINE.exec(t); m; m = HEADING_LINE.exec(t) ?? TITLE_LINE.exec(t)) t = t.slice(m[0].length)
  return t.trim()
}

export function sentencesOf(text: string): Sentence[] {
  const { text: compact, map } = compactWithMap(text)
  const out: Sentence[] = []
  const re = /[^。！？!?；]+[。！？!?；]?/g
  for (let m = re.exec(compact); m; m = re.exec(compact)) {
    const s = m[0].trim()
    if (s === '') continue
    const start = map[m.index] ?? 0
    const end = (map[m.index + m[0].length - 1] ?? text.length - 1) + 1
    out.push({ compact: s, printed: dropLeadingHeadings(text.slice(start, end).trim()) })
  }
  return out
}

/** The clause (comma-delimited) text before `index` in `sentence`. */
export function clauseBefore(sentence: string, index: number): string {
  const head = sentence.slice(0, index)
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('：'), head.lastIndexOf('（'), head.lastIndexOf('、'))
  return head.slice(cut + 1)
}

export function isNegated(sentence: string, index: number): boolean {
  return NEGATION_BEFORE.test(sentence.slice(Math.max(0, index - 3), index))
}

/**
 * A sub-count: it follows 其中/包括 in its sentence, sits inside an open parenthesis, its clause
 * opens with 含/另有, or it counts carried-over requests.
 */
export function isSubCount(sentence: string, index: number): boolean {
  const head = sentence.slice(0, index)
  if (/其中|包括/.test(head)) return true
  if (head.lastIndexOf('（') > head.lastIndexOf('）')) return true
  // A closed aside after the body itself names its scope (「本局（含下属单位）收到…」, review rv20b b03), not a
  // part; after any other subject (「全县各单位（含本局）」) it is kept: that subject stays the clause's (rv21b).
  const clause = clauseBefore(head.replace(/((?:本|我)(?:局|委|办|厅|单位|部门|机关|中心))（[^（）]*）/g, '$1'), Infinity)
  return /^(?:含|内含|另有|另)/.test(clause) || /结转/.test(clause)
}

/**
 * A count as printed. "5500 余条" reads 5500 (the digits printed); "1.2万条" and "1.8万余条" are
 * refused: the 万 makes a rounded figure (numbers-cn.ts roundedFigure), so no exact number is stated.
 */
export function countValue(raw: string | undefined, unit: string | undefined, approx: string | undefined): number | null {
  if (unit && approx) return null
  if (roundedFigure(raw, unit) || gluedDigits(raw, unit)) return null
  const text = raw ?? ''
  if (/^\d/.test(text)) return parseNumberToken(text, unit)
  // A Chinese numeral (两件, 二十六件, 三万件): read only when it is a whole numeral.
  const n = cnNumeralToInt(text)
  if (n === null) return null
  return unit === '万' ? n * 10_000 : unit === '亿' ? n * 100_000_000 : n
}

/** More digits than any body's count in a year, printed without separators. */
const GLUED_DIGITS = 9

/**
 * Whether a count's digits run past what any body counts in a year (nine or more, no thousands
 * separators): two numbers run together, e.g. a tracked change printed to PDF with the struck old
 * figure right before the new one (「4000045367 条」 for 40000 struck, 45367 new; review 9 g03). Which
 * digits are the report's cannot be proven from the text, so the count is not read. 「123,456,789」
 * printed with separators is one number.
 */
export function gluedDigits(raw: string | undefined, unit: string | undefined): boolean {
  return !unit && new RegExp(`^\\d{${GLUED_DIGITS},}$`).test(toHalfWidthDigits(raw ?? ''))
}

/** The note for a figure countValue refused (rounded in 万/亿, 万余, digits run together): what it counts, quoted with its sentence. */
export function unreadCountNote(what: string, raw: string | undefined, unit: string | undefined, approx: string | undefined, printed: string): string | null {
  if (gluedDigits(raw, unit)) return `正文所述${what}“${raw ?? ''}”有 ${raw?.length ?? 0} 位数字，远超一个机关一年的数量，可能是两个数字连在一起（如修订时删去的旧数字与新数字），未读取。（原句：${printed}）`
  if (!unit || !(roundedFigure(raw, unit) || approx)) return null
  return `正文所述${what}“${raw ?? ''}${unit}${approx ?? ''}”是以“${unit}”为单位的约数，不是确切数字，未读取。（原句：${printed}）`
}

/** Words right before a figure that make it a bound or an estimate: 「逾880件」「近千件」「约530000个」「超过300件」. */
export const APPROX_WORDS = '(?:将近|接近|超过|大约|多于|不足|不到|约|近|逾)'
const APPROX_WORD_BEFORE = new RegExp(`${APPROX_WORDS}$`)

/** The approximating word printed right before the figure starting at `start` in `sentence`, or null. */
export function approxWordBefore(sentence: string, start: number): string | null {
  return APPROX_WORD_BEFORE.exec(sentence.slice(Math.max(0, start - 2), start))?.[0] ?? null
}

/** The note for a figure printed as a bound or an estimate (「逾880件」): no exact number, not read. */
export function approxNote(what: string, printedFigure: string, printed: string): string {
  return `正文所述${what}“${printedFigure}”是约数，没有确切数字，未读取。（原句：${printed}）`
}

/**
 * Whether the figure ending at `end` in `sentence` is a cell of a table row printed as text (another
 * count with its unit follows at once, shared/text/table-row-cells.ts): no figure of it is read.
 */
export function isTableRowFigure(sentence: string, end: number): boolean {
  return nextCellAfterCount(sentence.slice(end)) !== null
}

/** The note for a figure refused by isTableRowFigure: what it counts, the row's words up to its next cell. */
export function tableRowNote(what: string, sentence: string, start: number, end: number): string {
  const next = nextCellAfterCount(sentence.slice(end)) ?? ''
  return `正文中“${sentence.slice(start, end)} ${next}……”是表格的一行（几个数字并列，如分年度或分申请人列出），不是叙述句，无法确定哪一个是本年度本机关的${what}，未作为正文数字读取。`
}

export interface Candidate {
  value: number
  /** A change on last year the same sentence states for the value (主动公开 only). */
  change?: number | null
  sentence: string
  /** The count was printed as a lower bound (「8700余条」「8700多条」): the digits are kept, with a note. */
  approx?: boolean
  /** Lower is better. */
  penalty: number
}

export function best(cands: Candidate[]): Candidate | undefined {
  let pick: Candidate | undefined
  for (const c of cands) if (!pick || c.penalty < pick.penalty) pick = c
  return pick
}

/** The figure of an approximate match (REQUESTS_APPROX, HOTLINE_APPROX: flag d), from its approximating word on: 「近331件」. */
export function approxFigure(m: RegExpExecArray | RegExpMatchArray): string {
  const at = (m.indices?.[1]?.[0] ?? m.index ?? 0) - (m.index ?? 0)
  return m[0].slice(Math.max(0, at - (approxWordBefore(m[0], at)?.length ?? 0)))
}
