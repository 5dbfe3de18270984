// Year-comparison sheet: for each body, every field of the model across its years, with the change
// (absolute and %) between each year and the one before. Same numbers as shared/series compareYears.
import type ExcelJS from 'exceljs'
import type { ChangeKind, ReportItem } from '../../shared/series/types'
import { byAgency, yearSpan } from '../../shared/series/items'
import { compareYears } from '../../shared/series/year-compare'

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3FA' } }

/** Number formats that say a change as the views do: a rank's fall in number is a rise in places. */
export const CHANGE_FORMAT: Record<ChangeKind, string> = {
  rank: '"下降 "0" 位";"上升 "0" 位";"名次不变"',
  rate: '+0.00" 个百分点";-0.00" 个百分点";0" 个百分点"',
  places: '+0" 位";-0" 位";0" 位"',
  count: '+#,##0.##;-#,##0.##;0',
}

function num(cell: ExcelJS.Cell, v: number | null, fmt = '#,##0.##'): void {
  if (v === null) return
  cell.value = v
  cell.numFmt = fmt
}

export function writeCompareSheet(ws: ExcelJS.Worksheet, items: readonly ReportItem[]): void {
  ws.getColumn(1).width = 26
  ws.getColumn(2).width = 52
  let row = 1
  for (const [agency, list] of byAgency(items)) {
    const years = yearSpan(list)
    if (years.length === 0) continue
    const cmp = compareYears(list, { years })
    const title = ws.getCell(row, 1)
    title.value = `${agency}（${years[0]}–${years[years.length - 1]} 年）`
    title.font = { bold: true, size: 13 }
    row++
    const head = ['分组', '指标', ...years.map((y) => `${y} 年`)]
    years.slice(1).forEach((y, i) => head.push(`${y} 较 ${years[i]} 增减`, `${y} 较 ${years[i]} 变化率（%）`))
    const hr = ws.getRow(row)
    head.forEach((h, i) => {
      const c = hr.getCell(i + 1)
      c.value = h
      c.font = { bold: true }
      c.fill = HEAD_FILL
      c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
    })
    hr.height = 32
    row++
    for (const r of cmp.rows) {
      // Fields no year states are left out (e.g. the other template's section 二 fields).
      if (r.values.every((v) => v === null)) continue
      const x = ws.getRow(row)
      x.getCell(1).value = r.groupZh
      x.getCell(2).value = r.labelZh
      r.values.forEach((v, i) => num(x.getCell(3 + i), v))
      r.changes.forEach((c, i) => {
        // A number, shown in the words of the one change definition (places, percentage points).
        num(x.getCell(3 + years.length + i * 2), c.change, CHANGE_FORMAT[c.kind])
        num(x.getCell(4 + years.length + i * 2), c.changePercent, '0.00')
      })
      row++
    }
    row++
  }
  for (let c = 3; c <= 40; c++) ws.getColumn(c).width = 12
  ws.views = [{ state: 'frozen', xSplit: 2 }]
}
