// Cells of table 三 (and 四) read from a scan against the same report read from its text: how many
// the scan got right, and how many it got wrong (a cell left empty counts as neither).
import type { Report } from '../../shared/model/report'

export function compareCells(want: Report, got: Report, withReview = false): { same: number; wrong: number } {
  let same = 0, wrong = 0
  const tally = (v: number | null, g: number | null): void => {
    if (g === null) return
    if (g === v) same++
    else wrong++
  }
  for (const [key, row] of Object.entries(want.requests.rows)) row?.forEach((v, c) => tally(v, got.requests.rows[key as keyof typeof got.requests.rows]?.[c] ?? null))
  if (withReview) {
    for (const [g, row] of Object.entries(want.reviewLitigation)) {
      ;(row as (number | null)[] | undefined)?.forEach((v, c) => tally(v, (got.reviewLitigation as Record<string, (number | null)[] | undefined>)[g]?.[c] ?? null))
    }
  }
  return { same, wrong }
}
