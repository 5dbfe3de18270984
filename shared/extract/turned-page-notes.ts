// A PDF page whose table is printed turned 90° is not read (the reader names it in a document note).
// A table found nowhere else then gets its own note pointing at that page, in place of 「表三未找到任何
// 行名」 or 「表四在其表头之后没有读到数字」, which blamed the table's text for what the turned page hid
// (review rv18 c16, d03, d04).
import type { ExtractionNote } from '../model/extraction'
import type { Report } from '../model/report'

/** The notes saying a table was not found in the text read, by the table's field. */
const NOT_FOUND: Record<'requests' | 'reviewLitigation', { name: string; messages: string[] }> = {
  requests: { name: '表三', messages: ['表三未找到任何行名，未读取。'] },
  reviewLitigation: { name: '表四', messages: ['表四在其表头之后没有读到数字，未读取。'] },
}

const readAny = (rows: object | null | undefined): boolean =>
  !!rows && Object.values(rows).some((r) => Array.isArray(r) && r.some((x) => x !== null))

/** The notes with each not-found note of a table that read nothing replaced by one naming the turned pages. */
export function turnedPageNotes(notes: readonly ExtractionNote[], pages: readonly number[] | undefined, report: Report): ExtractionNote[] {
  if (!pages?.length) return [...notes]
  const read = { requests: readAny(report.requests?.rows), reviewLitigation: readAny(report.reviewLitigation) }
  return notes.map((n) => {
    const table = NOT_FOUND[n.field as keyof typeof NOT_FOUND]
    if (!table || read[n.field as keyof typeof read] || !table.messages.includes(n.message)) return n
    return { field: n.field, message: `第 ${pages.join('、')} 页的文字旋转 90° 印刷（如横过来印的表格），未读取；${table.name}可能印在该页，其余各页的文字中未读到${table.name}的数字，请对照原文核实。` }
  })
}
