// Whether a count stated "in prose" is in fact a cell of a table row printed as text: another count
// with its unit follows it at once (「12345热线受理来电 45000件 52000件」 — a row of two years;
// 「本年新收政府信息公开申请数量 15件 3件 1件 … 34件」 — table 三's applicant columns written with 件).
// Prose never runs two counts together; which cell of such a row is the year's figure for the body
// its words cannot tell (review rv20b W1, W13). Used by the prose metrics and the narrative check.

/** A count with its unit at the start of `after`, spaces allowed (the compact copy has none); or two bare
 *  numbers apart (「40件 4 1 5 3 1 54」: only the first cell of the row was written with 件). */
const NEXT_CELL = /^\s*(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(件|条|个|次|通|宗|份|篇|封|人次)|(\d+)\s+\d)/

/** The next cell as printed (「52000件」), or null: `after` is the text right after a count and its unit. */
export function nextCellAfterCount(after: string): string | null {
  const m = NEXT_CELL.exec(after)
  return m ? (m[3] ?? `${m[1]}${m[2]}`) : null
}
