// Test helpers: pull table 三 and table 四 number rows out of a read document.
import type { SourceDocument, TableBlock } from '../../shared/model/document'

const NUMERIC = /^(?:\d+(?:\.\d+)?|[-—–/／])$/

export function cellNumber(text: string): number | null {
  const t = text.trim()
  if (t === '') return null
  if (/^[-—–/／]$/.test(t)) return 0
  return Number(t)
}

export function tables(doc: SourceDocument): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === 'table')
}

/** Table 三: the rows whose last 7 cells are numbers, with the label text before them. */
export function requestRows(doc: SourceDocument): { label: string; numbers: (number | null)[] }[] {
  const t = tables(doc).find((x) => x.rows.some((r) => r.some((c) => c.text.includes('本年新收'))))
  if (!t) return []
  return t.rows
    .filter((r) => r.length >= 8 && r.slice(-7).every((c) => NUMERIC.test(c.text.trim())))
    .map((r) => ({ label: r.slice(0, -7).map((c) => c.text).join(''), numbers: r.slice(-7).map((c) => cellNumber(c.text)) }))
}

/** Table 四: the data row of 15 numbers. */
export function reviewRow(doc: SourceDocument): (number | null)[] | null {
  for (const t of tables(doc)) {
    if (!t.rows.some((r) => r.some((c) => c.text.includes('行政复议')))) continue
    const row = t.rows.find((r) => r.length === 15 && r.every((c) => NUMERIC.test(c.text.trim())))
    if (row) return row.map((c) => cellNumber(c.text))
  }
  return null
}
