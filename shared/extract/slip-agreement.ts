// The cells a cut of run-together digits proves even if the report slipped once.
//
// A cut is "proven by the table's own sums" only while those sums hold in the report. A report with
// one arithmetic slip (a cell off, so one identity fails) prints digits whose true cut fails that
// identity, and another cut may satisfy every identity by chance: 「1 0 7 471 478」 (1+0+7+471 ≠ 478)
// run together is 「107471478」, cut 10 | 7 | 47 | 14 | 78 with the sum holding. Nothing in the text
// tells the two apart. So a cell is read only where it is the same in every cut that satisfies all
// identities but at most one, missing it by at most MAX_SLIP: under at most one such slip the true cut
// is among them, and every cell they share is the printed one. (A group whose own identity may be the
// failing one is then read only where no other cut of its digits comes within MAX_SLIP of its total.)
//
// For rows made of consecutive groups whose last cell is the sum of the others (table 四: three
// groups of five). Searched group by group: the cuts of one group from a place in the digits, then
// which chains of them use all the digits with at most one group failing.
import type { CellToken } from './cells'
import { pieceFits } from './digit-split'

/**
 * The largest slip allowed for: a group whose sum misses its 总计 by more is no reading. Without a
 * bound every cut is one (the other groups blank, one group holding every digit, 「3 | 100 | 4 | 100 |
 * 1200000」), and nothing run together could ever be read. The slips seen in reports miss by 1 to 11
 * (a 总计 left 0 beside 10 and 1); a slip larger than this, with a chance cut, can still give a wrong cell.
 */
export const MAX_SLIP = 20
/** A count never has more digits than this. */
const MAX_DIGITS = 9
/** Cuts of single groups kept in all, before the search gives up (then no cell is proven). */
const MAX_OPTIONS = 300_000

/** How a cut writes its zeros: none seen, a written 0, a dropped blank (never both in one table). */
type Style = 0 | 1 | 2
const merge = (a: Style, b: Style): Style | -1 => (a === 0 ? b : b === 0 || a === b ? a : -1)

interface Option {
  end: number
  fails: 0 | 1
  style: Style
  cells: (number | null)[]
}

/** Per cell: the value every cut with at most one failing group gives it, `undefined` where they differ; `undefined` where the search is too large. */
export function slipAgreement(tokens: CellToken[], groups: number, size: number, blanks: boolean): (number | null | undefined)[] | undefined {
  // Units: each digit of a splittable token, or a whole other token; a piece lies inside one token.
  const units: { token: number; at: number }[] = []
  tokens.forEach((t, k) => {
    if (t.splittable && t.digits.length > 1) for (let i = 0; i < t.digits.length; i++) units.push({ token: k, at: i })
    else units.push({ token: k, at: 0 })
  })
  const n = units.length
  /** The pieces that start at unit p: [end unit, value]. */
  const pieces = (p: number): [number, number | null][] => {
    const u = units[p]
    if (!u) return []
    const tok = tokens[u.token]!
    if (!(tok.splittable && tok.digits.length > 1)) return [[p + 1, tok.value]]
    const rest = tok.digits.length - u.at
    const maxLen = tok.digits[u.at] === '0' ? 1 : Math.min(MAX_DIGITS, rest)
    const out: [number, number][] = []
    for (let len = 1; len <= maxLen; len++) if (pieceFits(tok.commas, u.at, u.at + len)) out.push([p + len, Number(tok.digits.slice(u.at, u.at + len))])
    return out
  }
  const pieceMemo = new Map<number, [number, number | null][]>()
  const piecesAt = (p: number): [number, number | null][] => {
    let m = pieceMemo.get(p)
    if (!m) pieceMemo.set(p, (m = pieces(p)))
    return m
  }
  let over = false
  let kept = 0
  const optionMemo = new Map<number, Option[]>()
  const optionsAt = (p: number): Option[] => {
    const memo = optionMemo.get(p)
    if (memo) return memo
    const out: Option[] = []
    const acc: (number | null)[] = []
    const rec = (q: number, style: Style): void => {
      if (kept + out.length > MAX_OPTIONS) {
        over = true
        return
      }
      if (acc.length === size) {
        const sum = acc.slice(0, size - 1).reduce<number>((a, b) => a + (b ?? 0), 0)
        const off = Math.abs(sum - (acc[size - 1] ?? 0))
        if (off <= MAX_SLIP) out.push({ end: q, fails: off === 0 ? 0 : 1, style, cells: acc.slice() })
        return
      }
      if (blanks) {
        const s = merge(style, 2)
        if (s !== -1) {
          acc.push(null)
          rec(q, s)
          acc.pop()
        }
      }
      for (const [end, v] of piecesAt(q)) {
        const s = v === 0 ? merge(style, 1) : style
        if (s === -1) continue
        acc.push(v)
        rec(end, s)
        acc.pop()
      }
    }
    rec(p, 0)
    kept += out.length
    optionMemo.set(p, out)
    return out
  }
  // finish(g, p, budget, style): the groups from g on can use up the units from p.
  const finishMemo = new Map<string, boolean>()
  const finish = (g: number, p: number, budget: number, style: Style): boolean => {
    if (g === groups) return p === n
    const key = `${g}|${p}|${budget}|${style}`
    const m = finishMemo.get(key)
    if (m !== undefined) return m
    let ok = false
    for (const o of optionsAt(p)) {
      if (over) break
      const s = merge(style, o.style)
      if (o.fails <= budget && s !== -1 && finish(g + 1, o.end, budget - o.fails, s)) {
        ok = true
        break
      }
    }
    finishMemo.set(key, ok)
    return ok
  }
  const DIFFER = Symbol('differ')
  const seen: (number | null | typeof DIFFER | undefined)[] = Array(groups * size).fill(undefined)
  const note = (g: number, cells: (number | null)[]): void => {
    cells.forEach((v, c) => {
      const i = g * size + c
      if (seen[i] === undefined) seen[i] = v
      else if (seen[i] !== v) seen[i] = DIFFER
    })
  }
  // Forward: the states (place, failures so far, style) the groups before g can reach.
  let states = new Map<string, { p: number; fails: number; style: Style }>([['0|0|0', { p: 0, fails: 0, style: 0 }]])
  for (let g = 0; g < groups && !over; g++) {
    const next = new Map<string, { p: number; fails: number; style: Style }>()
    for (const st of states.values()) {
      for (const o of optionsAt(st.p)) {
        if (over) break
        const fails = st.fails + o.fails
        const s = merge(st.style, o.style)
        if (fails > 1 || s === -1 || !finish(g + 1, o.end, 1 - fails, s)) continue
        note(g, o.cells)
        next.set(`${o.end}|${fails}|${s}`, { p: o.end, fails, style: s })
      }
    }
    states = next
  }
  return over ? undefined : seen.map((v) => (v === DIFFER ? undefined : v))
}
