// Words for why a row of table 三 has several readings: digits run together that can be cut in
// several ways, or whole numbers (each printed apart) whose columns — or whose row, among rows that
// print nothing — are open because blank cells were not printed. The note must name the true one:
// 「数字连在一起」 where nothing runs together (pdftotext -layout, a cell a line) sends a reader looking
// for a fault the text does not have.
import type { RequestRow } from '../model/report'

const printedNumbers = (r: RequestRow): number[] => r.filter((v): v is number => v !== null)
const blank = (r: RequestRow): boolean => r.every((v) => v === null)

/** Every reading that gives the row numbers gives it the same numbers in the same order. */
export function sameNumbers(candidates: readonly RequestRow[]): boolean {
  const withNumbers = candidates.filter((c) => !blank(c))
  const first = printedNumbers(withNumbers[0] ?? [])
  return withNumbers.every((c) => {
    const nums = printedNumbers(c)
    return nums.length === first.length && nums.every((v, i) => v === first[i])
  })
}

/** What follows 「表三「…」行」 in the note of a row with several readings (`n` of them). */
export function openReadingsWords(candidates: readonly RequestRow[], blanksDropped: boolean): string {
  const n = candidates.length
  if (sameNumbers(candidates)) {
    const count = printedNumbers(candidates.find((c) => !blank(c)) ?? []).length
    // Some readings give the row nothing: its numbers may be a neighbouring row's, or this row's.
    if (candidates.some(blank)) return `与相邻各行有空白格未印出，${count} 个数字属于哪一行、在哪一列有 ${n} 种读法`
    return `有空白格未印出，其 ${count} 个数字所在的列有 ${n} 种排法`
  }
  return blanksDropped ? `的数字连在一起且有空白格未印出（${n} 种拆法）` : `的数字连在一起（${n} 种拆法）`
}

/** The note of a row of a run printed apart from its labels that reads both row by row and column by
 *  column (requests-column-major.ts): the cells the two readings give differently stay unread. */
export function printOrderNote(row: string, unread: number): string {
  return `表三「${row}」行与同组各行的行名印在数字之前，数字按行印出还是按列印出不能确定（两种读法各行合计都相符），表内合计关系也不能区分，两种读法得数不同的 ${unread} 格未读取（得数相同的格已读取）。`
}
