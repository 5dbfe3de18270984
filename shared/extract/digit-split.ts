// Splits run-together digits back into cells.
//
// Crawled page text often loses the cell borders: "640020470" is a table-三 row of seven cells.
// A split is only acceptable where the table's own sums leave one answer; this module lists the
// splits that satisfy a row's sums, and the caller decides (with the column sums of the whole
// table) whether exactly one remains.
import type { CellToken } from './cells'

/** A row's required sums: for each group, the indexes of the parts and the index of their total. */
export interface SumRule {
  parts: number[]
  total: number
}

const MAX_SOLUTIONS = 5000
/** No count has more digits (beyond them a number is not even exact): a longer run is cut in more pieces or not at all. */
const MAX_CELL_DIGITS = 15
/** Steps of the search with dropped blanks before it gives up (undefined: too many to say). */
const MAX_STEPS = 500_000

/**
 * Whether digits [from, to) of a token can be one cell: a separator printed inside it must be one of
 * its thousands groups (every three digits from its end, all of them there), and none may stand at
 * its edges ("3,001536" is 3,001 | 536…, never 3 | ,001…).
 */
export function pieceFits(commas: readonly number[] | undefined, from: number, to: number): boolean {
  if (!commas?.length) return true
  let inside = 0
  for (const c of commas) {
    if (c === from || c === to) return false
    if (c > from && c < to) {
      if ((to - c) % 3 !== 0) return false
      inside++
    }
  }
  return inside === 0 || inside === Math.floor((to - from - 1) / 3)
}

/** Ways to cut `digits` into `pieces` numbers without leading zeros (a lone "0" is fine). */
function cuts(digits: string, pieces: number, commas?: readonly number[]): number[][] {
  const out: number[][] = []
  const rec = (from: number, left: number, acc: number[]): void => {
    if (out.length > MAX_SOLUTIONS) return
    const rest = digits.length - from
    if (left === 0) {
      if (rest === 0) out.push(acc.slice())
      return
    }
    if (rest < left || rest > left * MAX_CELL_DIGITS) return
    const maxLen = digits[from] === '0' ? 1 : Math.min(rest - (left - 1), MAX_CELL_DIGITS)
    // The last piece takes the rest: trying every shorter one first made a long run of digits (an
    // OCR'd line) cost the run's length squared for each of the MAX_SOLUTIONS ways (seconds a line).
    const minLen = left === 1 ? rest : 1
    for (let len = minLen; len <= maxLen; len++) {
      if (!pieceFits(commas, from, from + len)) continue
      acc.push(Number(digits.slice(from, from + len)))
      rec(from + len, left - 1, acc)
      acc.pop()
    }
  }
  rec(0, pieces, [])
  return out
}

function satisfies(cells: (number | null)[], rules: SumRule[]): boolean {
  return rules.every((r) => {
    const total = cells[r.total]
    if (total === null || total === undefined) return true
    let sum = 0
    for (const p of r.parts) {
      const v = cells[p]
      if (v === null || v === undefined) return true
      sum += v
    }
    return sum === total
  })
}

/**
 * All ways to read `tokens` as exactly `width` cells satisfying `rules`. Plain digit runs may be
 * cut into several cells; other tokens (blanks, dashes, signed or decimal numbers) are one cell each.
 * Returns at most MAX_SOLUTIONS; an empty list means no reading fits.
 */
export function splitRow(tokens: CellToken[], width: number, rules: SumRule[]): (number | null)[][] {
  const results: (number | null)[][] = []
  const rec = (i: number, acc: (number | null)[]): void => {
    if (results.length > MAX_SOLUTIONS) return
    if (i === tokens.length) {
      if (acc.length === width && satisfies(acc, rules)) results.push(acc.slice())
      return
    }
    const tok = tokens[i]!
    const left = width - acc.length
    const tokensLeft = tokens.length - i
    if (left < tokensLeft) return
    if (!tok.splittable || tok.digits.length === 1) {
      acc.push(tok.value)
      rec(i + 1, acc)
      acc.pop()
      return
    }
    const maxPieces = Math.min(tok.digits.length, left - (tokensLeft - 1))
    for (let pieces = 1; pieces <= maxPieces; pieces++) {
      for (const cut of cuts(tok.digits, pieces, tok.commas)) {
        acc.push(...cut)
        rec(i + 1, acc)
        acc.length -= cut.length
      }
    }
  }
  rec(0, [])
  return results
}

/** The sum rule of a table-三 row: the six applicant columns add up to 总计. */
export const REQUEST_ROW_RULES: SumRule[] = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }]

/** The sum rules of table 四's 15 numbers: each group's 维持+纠正+其他+尚未审结 = 总计. */
export const REVIEW_ROW_RULES: SumRule[] = [0, 5, 10].map((o) => ({ parts: [o, o + 1, o + 2, o + 3], total: o + 4 }))

/**
 * A table writes its zeros one way: a reading with a dropped blank and a written 0 side by side
 * mixes two ways and is not one of the report's readings.
 */
export function oneZeroStyle(cells: readonly (number | null)[]): boolean {
  return !(cells.includes(null) && cells.includes(0))
}

/**
 * All ways to read `tokens` as `width` cells when blank cells may have been dropped (crawled text
 * prints nothing for an empty cell, so its neighbours' digits join and nothing marks where it
 * stood): each cell is a blank (null) or the next number cut from the tokens, every token used up,
 * and the row's sums hold with blanks as 0. A reading that needs no blank is among them, so a cut
 * is proven only where it is the one reading left. `undefined` where there are more than `max`
 * readings (too many to say which cells they agree on).
 */
export function splitRowWithBlanks(tokens: CellToken[], width: number, rules: SumRule[], max = MAX_SOLUTIONS): (number | null)[][] | undefined {
  const results: (number | null)[][] = []
  let over = false
  let steps = 0
  const acc: (number | null)[] = []
  const holds = (r: SumRule): boolean => r.parts.reduce<number>((a, p) => a + (acc[p] ?? 0), 0) === (acc[r.total] ?? 0)
  // Each rule is checked as soon as its last cell is cut (several rows cut together stay a small search).
  const lastCell = (r: SumRule): number => Math.max(r.total, ...r.parts)
  const due = new Map<number, SumRule[]>()
  for (const r of rules) due.set(lastCell(r), [...(due.get(lastCell(r)) ?? []), r])
  // i: token, at: digits of token i already used.
  const rec = (i: number, at: number): void => {
    if (over) return
    if (++steps > MAX_STEPS) {
      over = true
      return
    }
    if (!(due.get(acc.length - 1) ?? []).every(holds)) return
    if (acc.length === width) {
      if (i === tokens.length && oneZeroStyle(acc) && rules.every(holds)) {
        if (results.length >= max) over = true
        else results.push(acc.slice())
      }
      return
    }
    // Every token left still needs a cell of its own.
    if (width - acc.length < tokens.length - i) return
    acc.push(null)
    rec(i, at)
    acc.pop()
    const tok = tokens[i]
    if (!tok) return
    if (!tok.splittable || tok.digits.length === 1) {
      acc.push(tok.value)
      rec(i + 1, 0)
      acc.pop()
      return
    }
    const rest = tok.digits.length - at
    if (rest > (width - acc.length) * MAX_CELL_DIGITS) return
    const maxLen = tok.digits[at] === '0' ? 1 : Math.min(rest, MAX_CELL_DIGITS)
    for (let len = 1; len <= maxLen; len++) {
      if (!pieceFits(tok.commas, at, at + len)) continue
      acc.push(Number(tok.digits.slice(at, at + len)))
      if (len === rest) rec(i + 1, 0)
      else rec(i, at + len)
      acc.pop()
    }
  }
  rec(0, 0)
  return over ? undefined : results
}
