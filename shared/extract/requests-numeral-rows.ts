// Table 三 rows placed by position beside a count in Chinese numerals glued among the cells.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { CellToken } from './cells'
import { rowName, type RowHow } from './requests-proof'

/**
 * A count in Chinese numerals glued among the cells (numeral-words.ts) leaves its run of cells
 * unread, and with it how many rows the runs after it hold: a row placed by position (no label of
 * its own before its cells) may then hold the next row's numbers. Such rows are not read, with a note.
 */
export function unreadPlacedRowsBesideNumerals(
  rows: Partial<Record<RequestRowKey, RequestRow>>,
  how: Partial<Record<RequestRowKey, RowHow>>,
  parsed: readonly { key: RequestRowKey; byPosition: boolean }[],
  printed: readonly ({ kind: 'label' } | { kind: 'cells'; tokens: CellToken[] })[],
  notes: ExtractionNote[],
): Partial<Record<RequestRowKey, RequestRow>> {
  if (!printed.some((e) => e.kind === 'cells' && e.tokens.some((t) => t.numeral))) return rows
  const out = { ...rows }
  for (const p of parsed) {
    if (!p.byPosition || !out[p.key]?.some((x) => x !== null)) continue
    delete out[p.key]
    delete how[p.key]
    notes.push({ field: `requests.${p.key}`, message: `表三有以中文数字书写、与相邻数字连写的格，其后各行数字的位置不能确定；「${rowName(p.key)}」行的数字未紧随其行名，未读取。` })
  }
  return out
}
