// Table 四 with a grand-total column after its fifteen cells (「行政复议 | 行政诉讼 | 合计」, hostile review
// hr37 L2): sixteen numbers, the last on the row's line, so the one window whose groups hold was refused
// (review-sums.ts provenWindow: a number after the window on its line may be the row's own last cell).
// The sixteenth is taken for the grand total only where the header names one more total than the
// three groups' (总计/合计 four times) and it is the sum of the three groups' 总计 while every group
// holds: then the first fifteen are the cells, proven by their sums, and the grand total is no cell.
import type { CellToken } from './cells'
import { reviewGroupsHold, WIDTH } from './review-sums'

const TOTAL_WORD = /总[\s\u3000]*计|合[\s\u3000]*计/g

/**
 * The fifteen cells before a grand total, or null where the row is not that shape. Blank cells on the
 * header's last line before the row (a markdown row of the header's empty cells) are left out first.
 */
export function cellsBeforeGrandTotal(all: readonly CellToken[], text: string): CellToken[] | null {
  const first = all.findIndex((t) => t.value !== null)
  if (first < 0 || all.slice(0, first).some((t) => t.digits !== '')) return null
  // The blanks before the first number's line are left out; a blank on its line is the row's own.
  const own = all.findIndex((t, i) => i === first || !text.slice(t.end, all[first]!.start).includes('\n'))
  const run = all.slice(own)
  const header = text.slice(0, all[0]!.start)
  if (run.length !== WIDTH + 1 || (header.match(TOTAL_WORD) ?? []).length !== 4) return null
  const cells = run.slice(0, WIDTH)
  const v = cells.map((t) => t.value)
  if (!reviewGroupsHold(v) || run[WIDTH]!.value === null) return null
  const sum = (v[4] ?? 0) + (v[9] ?? 0) + (v[14] ?? 0)
  return run[WIDTH]!.value === sum ? cells : null
}
