// A table-三 row's own sum: its six applicant columns add up to its 总计. A leaf (no imports but
// types) so that requests-proof.ts and the files it imports (requests-joint-rows.ts,
// requests-run-cut-rows.ts) share one copy without an import cycle.
import type { RequestRow } from '../model/report'

const v = (x: number | null | undefined): number => x ?? 0

/** Whether the row's first six cells add up to its seventh (the 总计); an open cell counts as 0. */
export function rowSumHolds(row: RequestRow): boolean {
  return row.slice(0, 6).reduce<number>((a, b) => a + v(b), 0) === v(row[6])
}
