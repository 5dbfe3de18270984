// Table 四's one run of digits where blank cells were dropped (crawled text prints nothing for an
// empty cell, so its neighbours' digits join and nothing marks where it stood): which cells every
// reading agrees on, without listing the readings.
//
// Listing them one by one (review-sums.ts) runs past any bound as soon as two groups each leave a
// number's column open ("6177…": 6 and 1 may stand under 维持/纠正/其他/尚未审结 in six ways, times
// the other groups' ways), and then nothing was read — not even the 总计s every reading shares. The
// groups are tied only through where one ends and the next begins, so each group's ways are found
// once per starting digit, and a cell is read where every way of its group on some complete reading
// gives it the same value. The same readings as the list, so the same proof: a cell is read only where
// the group sums leave it one value.
import type { CellToken } from './cells'
import { pieceFits } from './digit-split'

const GROUPS = 3
const PARTS = 4
/** A cell of more digits is no count of cases (review-sums.ts cuts at the same width). */
const MAX_DIGITS = 9
/** Ways of one group from one starting digit (each part blank or a number): beyond it, give up. */
const MAX_WAYS = 20_000

interface Way {
  end: number
  cells: (number | null)[]
}

export interface RunAgreement {
  /** 15 cells: the value all readings share (null: a blank all share), or undefined where they differ. */
  cells: (number | null | undefined)[]
  /** How many complete readings there are (may be large; only said in the note). */
  readings: number
}

/**
 * Every way group cells can be cut from `digits` at `from`: four results, each a blank or a number
 * without leading zero (with blanks dropped the text printed no 0 — a written 0 beside a dropped blank
 * would be two ways of writing zeros in one table), then the 总计 printed as their sum, or blank
 * where the sum is 0. `undefined` past MAX_WAYS.
 */
function groupWays(digits: string, from: number, commas: readonly number[] | undefined): Way[] | undefined {
  const out: Way[] = []
  const parts: (number | null)[] = []
  let over = false
  const rec = (pos: number, sum: number): void => {
    if (over) return
    if (parts.length === PARTS) {
      if (sum === 0) {
        out.push({ end: pos, cells: [...parts, null] })
      } else {
        const total = String(sum)
        if (digits.startsWith(total, pos) && pieceFits(commas, pos, pos + total.length)) out.push({ end: pos + total.length, cells: [...parts, sum] })
      }
      if (out.length > MAX_WAYS) over = true
      return
    }
    parts.push(null)
    rec(pos, sum)
    parts.pop()
    if (digits[pos] === undefined || digits[pos] === '0') return
    for (let len = 1; len <= MAX_DIGITS && pos + len <= digits.length; len++) {
      if (!pieceFits(commas, pos, pos + len)) continue
      const v = Number(digits.slice(pos, pos + len))
      parts.push(v)
      rec(pos + len, sum + v)
      parts.pop()
    }
  }
  rec(from, 0)
  return over ? undefined : out
}

/**
 * The cells all readings of `digits` as table 四's 15 cells share, where any cell may be a dropped
 * blank and each group's four results add up to its 总计. `null` where no reading exists, `undefined`
 * where a group has too many ways to follow.
 */
export function reviewRunAgreement(digits: string, commas?: readonly number[]): RunAgreement | null | undefined {
  // ways[g][pos]: the ways of group g starting at digit pos; done[g][pos]: readings of groups g.. from pos.
  const ways: Map<number, Way[]>[] = Array.from({ length: GROUPS }, () => new Map())
  const completions: Map<number, number>[] = Array.from({ length: GROUPS + 1 }, () => new Map())
  let tooMany = false
  const count = (g: number, pos: number): number => {
    if (g === GROUPS) return pos === digits.length ? 1 : 0
    const known = completions[g]!.get(pos)
    if (known !== undefined) return known
    const w = groupWays(digits, pos, commas)
    if (w === undefined) {
      tooMany = true
      completions[g]!.set(pos, 0)
      return 0
    }
    ways[g]!.set(pos, w)
    let n = 0
    for (const way of w) n += count(g + 1, way.end)
    completions[g]!.set(pos, n)
    return n
  }
  const readings = count(0, 0)
  if (tooMany) return undefined
  if (readings === 0) return null
  const cells: (number | null | undefined)[] = []
  // The starts each group takes on some complete reading, from the first group on.
  let starts = new Set([0])
  for (let g = 0; g < GROUPS; g++) {
    const agreed: (number | null | undefined)[] = []
    let first = true
    const next = new Set<number>()
    for (const pos of starts) {
      for (const way of ways[g]!.get(pos) ?? []) {
        if (count(g + 1, way.end) === 0) continue
        next.add(way.end)
        way.cells.forEach((v, i) => {
          if (first) agreed[i] = v
          else if (agreed[i] !== v) agreed[i] = undefined
        })
        first = false
      }
    }
    cells.push(...agreed)
    starts = next
  }
  return { cells, readings }
}

/** Cells read from a run: the shared value, or undefined where readings differ; `readings` for the note. */
export interface Agreed {
  cells: (number | null | undefined)[]
  readings: number
  /** The list's shared blanks are counted as not read in the notes (as before this module). */
  blankIsOpen: boolean
}

/** The cells a list of readings agrees on; null for no reading, undefined for too many to list. */
export function agreedInList(readings: (number | null)[][] | undefined): Agreed | null | undefined {
  if (readings === undefined) return undefined
  if (!readings.length) return null
  const cells = readings[0]!.map((v, i) => (readings.every((r) => r[i] === v) ? v : undefined))
  return { cells, readings: readings.length, blankIsOpen: true }
}

/**
 * The cells of one run of digits that every reading shares, blanks dropped or not: those with a
 * dropped blank (reviewRunAgreement) and the blank-free ones the sums allow (`plain`, which may write
 * 0s). null where no reading with a blank exists, undefined where they are too many to follow.
 */
export function agreedWithBlanks(token: CellToken, plain: (number | null)[][]): Agreed | null | undefined {
  const a = reviewRunAgreement(token.digits, token.commas)
  if (!a) return a
  const cells = a.cells.map((v, i) => (plain.every((r) => r[i] === v) ? v : undefined))
  return { cells, readings: a.readings + plain.filter((r) => r.includes(0)).length, blankIsOpen: false }
}
