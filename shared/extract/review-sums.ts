// The sums that prove a reading of table 四: each group's 维持+纠正+其他+尚未审结 = 总计. Used where the
// layout leaves the cells' places open (more numbers than cells, digits run together, an order unsure).
import type { CellToken } from './cells'

/** Table 四's one data row: three groups of five cells. */
export const WIDTH = 15

const val = (x: number | null | undefined): number => x ?? 0
/** Each group's 总计 equals its four results. */
export function reviewGroupsHold(cells: (number | null)[]): boolean {
  return [0, 1, 2].every((g) => cells.slice(g * 5, g * 5 + 4).reduce<number>((a, b) => a + val(b), 0) === val(cells[g * 5 + 4]))
}

/**
 * More than 15 numbers after the header (a page number, a stray cell): the 15 consecutive ones whose
 * group totals all hold, when exactly one such reading exists; else null.
 */
export function provenWindow(run: CellToken[]): number | null {
  const fits: number[] = []
  for (let i = 0; i + WIDTH <= run.length; i++) if (reviewGroupsHold(run.slice(i, i + WIDTH).map((t) => t.value))) fits.push(i)
  return fits.length === 1 ? fits[0]! : null
}

/**
 * One run of digits holding the whole 15-cell row (crawled text, "72641783735113481261211620"): cut
 * group by group, each group's four results adding up to its 总计 — a search that stays small where
 * cutting without the sums would run to millions of ways. Returns up to a few readings.
 */
export function reviewDigitReadings(digits: string): number[][] {
  const out: number[][] = []
  const acc: number[] = []
  const cut = (pos: number): void => {
    if (out.length > 8) return
    const inGroup = acc.length % 5
    if (acc.length === WIDTH) {
      if (pos === digits.length) out.push(acc.slice())
      return
    }
    if (digits.length - pos < WIDTH - acc.length) return
    const maxLen = digits[pos] === '0' ? 1 : Math.min(9, digits.length - pos - (WIDTH - acc.length - 1))
    for (let len = 1; len <= maxLen; len++) {
      const v = Number(digits.slice(pos, pos + len))
      if (inGroup === 4 && v !== acc.slice(-4).reduce((a, b) => a + b, 0)) continue
      acc.push(v)
      cut(pos + len)
      acc.pop()
    }
  }
  cut(0)
  return out
}

