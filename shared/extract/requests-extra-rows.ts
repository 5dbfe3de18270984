// Rows a report adds to table 三 that the template does not have: 「其中：通过互联网提出申请 …」
// under 一、本年新收. Such a row is not a template row: it is skipped (blanked out, one space for
// each character so every position holds) with a note naming its label, so that it costs that row
// only and never shifts or refuses the rows below it.
import type { ExtractionNote } from '../model/extraction'
import type { Zone } from './table-zones'

/** A line that opens with 其中 and carries a row of at least three numbers after its label. */
const EXTRA_ROW = /(?<=^|\n)[ \u3000]*其[ \u3000]*中[ \u3000]*[：:]?([^\n\d\t\uE000]{1,40}?)[ \u3000]*(?:[\t\uE000 \u3000]+[\d,，]+|[\t\uE000]+){3,}[^\n]*/g

export function skipExtraRequestRows(zone: Zone): { zone: Zone; notes: ExtractionNote[] } {
  const notes: ExtractionNote[] = []
  EXTRA_ROW.lastIndex = 0
  const text = zone.text.replace(EXTRA_ROW, (row, label: string) => {
    notes.push({ field: 'requests', message: `表三中「其中：${label.trim()}」一行不是模板中的行，未读取（其余各行照常读取）。` })
    return row.replace(/[^\n]/g, ' ')
  })
  return { zone: notes.length > 0 ? { text, offset: zone.offset } : zone, notes }
}
