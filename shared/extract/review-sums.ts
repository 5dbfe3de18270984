// The sums that prove a reading of table 四: each group's 维持+纠正+其他+尚未审结 = 总计. Used where the
// layout leaves the cells' places open (more numbers than cells, digits run together, an order unsure).
import type { CellToken } from './cells'
import { oneZeroStyle } from './digit-split'

/** Table 四's one data row: three groups of five cells. */
export const WIDTH = 15

const val = (x: number | null | undefined): number => x ?? 0
/** One group's 总计 (its fifth cell) equals its four results (blank = 0). */
export function reviewGroupHolds(group: readonly (number | null)[]): boolean {
  return group.slice(0, 4).reduce<number>((a, b) => a + val(b), 0) === val(group[4])
}

/** Each group's 总计 equals its four results. */
export function reviewGroupsHold(cells: (number | null)[]): boolean {
  return [0, 1, 2].every((g) => reviewGroupHolds(cells.slice(g * 5, g * 5 + 5)))
}

/**
 * More than 15 numbers after the header (a page number, a stray cell): the 15 consecutive ones whose
 * group totals all hold, when exactly one such reading exists; else null.
 */
export function provenWindow(run: CellToken[], text?: string): number | null {
  const fits: number[] = []
  for (let i = 0; i + WIDTH <= run.length; i++) if (reviewGroupsHold(run.slice(i, i + WIDTH).map((t) => t.value))) fits.push(i)
  if (fits.length !== 1) return null
  const at = fits[0]!
  // A number after the window left out on the row's own line is the row's own last cell: the sums
  // then only found a window that happens to hold (「1 0 0 0 1 2 0 0 0 2 2 0 0 0 2 2」, a stray 1 before
  // a row with the report's own slip, read one place off: review rv19c m2). Before the window, on its
  // line, stands a 序号 cell (「1 | 40 0 10 …」), as tables with an ordinal column print it.
  if (text !== undefined && sameLine(text, run[at + WIDTH - 1], run[at + WIDTH])) return null
  return at
}

/** Whether two tokens stand on one line of `text` (either missing: no). */
function sameLine(text: string, a: CellToken | undefined, b: CellToken | undefined): boolean {
  return a !== undefined && b !== undefined && !text.slice(a.end, b.start).includes('\n')
}

/**
 * One run of digits holding the whole 15-cell row (crawled text, "72641783735113481261211620"): cut
 * group by group, each group's four results adding up to its 总计 — a search that stays small where
 * cutting without the sums would run to millions of ways. Returns up to a few readings.
 */
export function reviewDigitReadings(digits: string): number[][] {
  return (cutGroups(digits, false, 8) ?? []) as number[][]
}

/**
 * The same, where blank cells may have been dropped (crawled text prints nothing for them, and
 * nothing marks where they stood): a cell is a blank (null, 0 in its group's sum) or the next
 * number. `undefined` where there are more readings than can be compared.
 */
export function reviewDigitReadingsWithBlanks(digits: string): (number | null)[][] | undefined {
  return cutGroups(digits, true, MAX_READINGS)
}

const MAX_READINGS = 64

function cutGroups(digits: string, blanks: boolean, max: number): (number | null)[][] | undefined {
  const out: (number | null)[][] = []
  const acc: (number | null)[] = []
  let over = false
  const push = (v: number | null, pos: number): void => {
    const inGroup = acc.length % 5
    if (inGroup === 4 && (v ?? 0) !== acc.slice(-4).reduce<number>((a, b) => a + (b ?? 0), 0)) return
    acc.push(v)
    cut(pos)
    acc.pop()
  }
  const cut = (pos: number): void => {
    if (over) return
    if (acc.length === WIDTH) {
      if (pos !== digits.length || !oneZeroStyle(acc)) return
      if (out.length > max) over = true
      else out.push(acc.slice())
      return
    }
    const cellsLeft = WIDTH - acc.length
    if (digits.length - pos > 9 * cellsLeft) return
    if (!blanks && digits.length - pos < cellsLeft) return
    if (blanks) push(null, pos)
    const need = blanks ? 0 : cellsLeft - 1
    const maxLen = digits[pos] === '0' ? 1 : Math.min(9, digits.length - pos - need)
    for (let len = 1; len <= maxLen && pos + len <= digits.length; len++) push(Number(digits.slice(pos, pos + len)), pos + len)
  }
  cut(0)
  return over ? (blanks ? undefined : out) : out
}
