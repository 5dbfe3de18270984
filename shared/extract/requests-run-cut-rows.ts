// Rows cut together from one run of digits (crawled text that drops blank cells: several labels, then
// one run, requests-run.ts readRowsWithBlanks). Every reading of such a run is cut so that each of its
// rows adds up to its 总计, and the solve (requests-solve.ts) reads a cell only where every reading
// that fits the whole table gives it the same number — which row a number belongs to included. A row
// left with some cells open (its numbers' columns not singled out) then shows a 总计 its read cells
// do not add up to; that is no failing row sum of a group printed before its numbers (requests-proof.ts).
import type { RequestRow, RequestRowKey } from '../model/report'
import { rowSumHolds } from './requests-row-sum'

/** What proveRequestRows knows of a placed row (requests-parsed-row.ts ParsedRow). */
export interface CutRow {
  key: RequestRowKey
  candidates?: readonly RequestRow[]
  joint?: unknown
  cutFromOneRun?: boolean
  blanks?: boolean
}

/**
 * Whether row `key`, cut from a joint run with blanks and left with open cells (`unknown`: `key:column`),
 * adds up in every reading it was cut in: its row sum then holds whichever reading is the printed one.
 */
export function holdsInEveryCut(row: CutRow | undefined, unknown: ReadonlySet<string>): boolean {
  if (!row?.joint || !row.cutFromOneRun || !row.blanks || !row.candidates?.length) return false
  if (![0, 1, 2, 3, 4, 5, 6].some((c) => unknown.has(`${row.key}:${c}`))) return false
  return row.candidates.every(rowSumHolds)
}
