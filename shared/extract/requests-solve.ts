// Chooses among the possible readings of run-together rows of table 三, using the table's own
// column sums: 三（七）总计 = the outcome rows, and 一 + 二 = （七） + 四 (the template's 勾稽关系).
// A cell is read only when every reading that fits the table gives it the same value; otherwise
// it stays null and a note says why. No number is ever guessed.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { ParsedRow } from './requests-parsed-row'
import { rowName } from './requests-proof'
import { feasibleReadings } from './requests-feasible'
import { openReadingsWords, printOrderNote, sameNumbers } from './requests-open-words'
import { pushReadingNote } from './requests-reading-notes'
import { hiddenBlankNote } from './hidden-blank'
import { proseTotalCell, proseTotalWords } from './requests-prose-totals'

/** The note of a row that every fitting reading of run-together digits leaves blank throughout. */
export const blankRowNote = (k: RequestRowKey, cut = true): string =>
  `表三「${rowName(k)}」行${cut ? '的数字与相邻各行连在一起，合乎表内合计关系的拆法' : '与相邻各行有空白格未印出，合乎表内合计关系的读法'}都不给此行任何数字（整行空白），各格未读取。`

/** The note of a row cut by its own total alone that no identity of the table confirms; `ending`: what was read. */
export const bySumNote = (k: RequestRowKey, broken: boolean, ending = '各格未读取。'): string =>
  `表三「${rowName(k)}」行的数字连在一起、数字比格多，拆法只由该行自身的合计确定（某格空白而合计仍计入其数时，错误的拆法也合乎合计），表内各列合计关系${broken ? '不成立（可能是报告本身的计算错误）' : '无法核对'}，${ending}`

/** The same candidate readings, in the same order (two rows cut from the same digits). */
const sameReadings = (a: readonly RequestRow[], b: readonly RequestRow[]): boolean => a.length === b.length && a.every((r, i) => r.length === b[i]!.length && r.every((v, c) => v === b[i]![c]))

/** Every row with a count other than 0 is `p` or cut like it from the same digits: the identities check twins against twins. */
function twinsOnly(parsed: readonly ParsedRow[], p: ParsedRow): boolean {
  const counts = parsed.filter((q) => q.candidates.some((r) => r.some((v) => v !== null && v !== 0)))
  return counts.length > 1 && counts.every((q) => q.bySum && sameReadings(q.candidates, p.candidates))
}

/** The note of such a row whose only checks are rows printed with the same digits. */
export const bySumTwinNote = (k: RequestRowKey): string =>
  `表三「${rowName(k)}」行的数字连在一起、数字比格多，拆法只由该行自身的合计确定；表内与它核对的各行印的是同样的数字，同样拆开时合计关系总能成立，不能据以核实，各格未读取。`

/** Cells on which all readings agree; null where they differ. */
function agreed(readings: RequestRow[]): RequestRow {
  const first = readings[0] ?? []
  return first.map((v, c) => (readings.every((r) => r[c] === v) ? v : null))
}

/**
 * `holding` (out): the rows that take part in a reading of the whole table where every identity holds
 * (the table's column sums were walked and none failed).
 */
export function solveRequestsTable(
  parsed: ParsedRow[],
  notes: ExtractionNote[],
  holding?: Set<RequestRowKey>,
  proseTotals: Partial<Record<RequestRowKey, number>> = {},
): Partial<Record<RequestRowKey, RequestRow>> {
  const result: Partial<Record<RequestRowKey, RequestRow>> = {}
  for (const p of parsed) if (p.candidates.length === 1 && !p.blanksOnly) result[p.key] = p.candidates[0]!
  const open = parsed.filter((p) => p.candidates.length > 1 || (p.candidates.length > 0 && (p.blanksOnly || p.bySum || p.hidden?.length)))
  if (open.length === 0) return result

  const table = feasibleReadings(parsed)
  if (table.kind === 'proven' && !table.failed) for (const k of table.checked) holding?.add(k)
  open.forEach((p) => {
    const proven = table.kind === 'proven' && table.checked.has(p.key)
    // A row that holds its total only with a blank the text dropped is read only where the table's
    // column identities hold too: alone, its row sum may be the report's own error made to fit.
    if (p.blanksOnly && !proven) {
      const total = proseTotalCell(p.candidates, proseTotals[p.key])
      result[p.key] = p.candidates[0]!.map((_, c) => (c === p.candidates[0]!.length - 1 ? total : null))
      // A label with nothing after it has said so already.
      if (p.candidates.every((c) => c.every((v) => v === null)) && notes.some((n) => n.field === `requests.${p.key}`)) return
      pushReadingNote(notes, {
        field: `requests.${p.key}`,
        message: `表三「${rowName(p.key)}」行${openReadingsWords(p.candidates, true)}，表内各列合计关系${table.kind === 'none' || (table.kind === 'proven' && table.failed) ? '不成立（可能是报告本身的计算错误）' : '无法核对'}，${total === null ? '未读取。' : proseTotalWords(total)}`,
      })
      return
    }
    // Cut from more digits than cells by its own total alone (requests-run.ts cutBySum): a blank cell the
    // total still counts may make a wrong cut hold it, so the row is read only where an identity of the
    // whole table (all seven columns at once) takes it in and holds. Column by column is no proof: in one
    // column the other rows' own misplaced digits can make a wrong cell add up by chance (wr28, reverted).
    // Rows printed with the same digits and cut alike (一 = 予以公开 = 总计 where every request was granted):
    // the identities between them hold for any common cut, a wrong one too (hostile review hr29 D1:
    // 「3421128883」 for 34 21 (blank) 12 8 8 83 in three rows read 3 42 1 1 28 8 83, 15 wrong). Such twins
    // prove nothing to each other: proof needs an identity with a row read otherwise.
    const twin = p.bySum && twinsOnly(parsed, p)
    if (p.bySum && (!proven || twin)) {
      // Twins are left whole: the stated total would be the same number for all of them, no check of one on another.
      const total = twin ? null : proseTotalCell(p.candidates, proseTotals[p.key])
      result[p.key] = p.candidates[0]!.map((_, c) => (c === p.candidates[0]!.length - 1 ? total : null))
      const broken = table.kind === 'none' || (table.kind === 'proven' && !!table.failed)
      pushReadingNote(notes, {
        field: `requests.${p.key}`,
        message: twin ? bySumTwinNote(p.key) : bySumNote(p.key, broken, total === null ? undefined : proseTotalWords(total)),
      })
      return
    }
    const fitting = table.kind === 'proven' ? (table.keep.get(p.key) ?? []) : []
    const fits = fitting.length ? fitting : p.candidates
    // Readings with a blank hiding a count are not ruled out by the column sums (which count a blank as 0).
    const readings = p.hidden?.length ? [...fits, ...p.hidden] : fits
    const row = agreed(readings)
    result[p.key] = row
    const unread = row.filter((v, c) => v === null && readings.some((r) => r[c] !== null)).length
    const disputed = p.hidden?.length ? row.filter((v, c) => v === null && agreed(fits)[c] !== null).length : 0
    if (disputed) {
      pushReadingNote(notes, { field: `requests.${p.key}`, message: hiddenBlankNote(rowName(p.key), unread) })
    } else if (p.gap) {
      pushReadingNote(notes, {
        field: `requests.${p.key}`,
        message: `表三「${rowName(p.key)}」行少一格（空白格未印出），表内合计关系${unread > 1 ? `不能确定其中 ${unread} 格，未读取` : '确定了各数所在的列，所缺一格未读取'}。`,
      })
    } else if (unread) {
      pushReadingNote(notes, {
        field: `requests.${p.key}`,
        message: p.joint && !p.blanks
          ? printOrderNote(rowName(p.key), unread)
          : `表三「${rowName(p.key)}」行${openReadingsWords(p.candidates, false)}，表内合计关系不能唯一确定其中 ${unread} 格，未读取。`,
      })
    } else if (row.every((v) => v === null) && !notes.some((n) => n.field === `requests.${p.key}`)) {
      // Every reading that fits leaves the whole row blank (a row that printed nothing, its numbers
      // given to the rows around it): its cells stay empty, and the row says so (unless it says why already).
      pushReadingNote(notes, { field: `requests.${p.key}`, message: blankRowNote(p.key, !sameNumbers(p.candidates)) })
    }
  })
  return result
}
