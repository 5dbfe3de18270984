// Year-comparison sheet: for each body, every field of the model across its years, with the change
// (absolute and %) between each year and the one before. Same numbers as shared/series compareYears.
import type ExcelJS from 'exceljs'
import type { ChangeKind, ReportItem } from '../../shared/series/types'
import { byAgency, yearSpan } from '../../shared/series/items'
import { compareYears } from '../../shared/series/year-compare'

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3FA' } }

// One convention for every rank figure in the sheet, as on the slides and the dashboard: a positive
// number is a rise in places ("上升 8 位"), a negative one a fall. The rank's own change (a smaller
// number is better) is stored as places risen, so it reads the same way as the change the report
// states ("比上年前进2位" = +2). A rate's change is in percentage points, said in the cell.
const PLACES = '"上升 "0" 位";"下降 "0" 位";"名次不变"'

/** Number formats that say a change as the views do. */
export const CHANGE_FORMAT: Record<ChangeKind, string> = {
  rank: PLACES,
  rate: '"+"General" 个百分点";"−"General" 个百分点";"0 个百分点"',
  places: '"+"0" 位";"−"0" 位";0" 位"',
  count: '"+"#,##0.##;"−"#,##0.##;0',
}

/** The formats of the values themselves (a stated rank change in places, a rate in %). */
const VALUE_FORMAT: Record<ChangeKind, string> = {
  rank: '"第 "0" 名"',
  rate: 'General"%";"−"General"%";"0%"',
  places: PLACES,
  count: '#,##0.##;"−"#,##0.##;0',
}

/** The change as stored: for a rank, places risen (from − to), so that + is up everywhere. */
export function storedChange(kind: ChangeKind, change: number | null): number | null {
  return kind === 'rank' && change !== null ? -change : change
}

/** What the 变化率 cell says where there is no percentage, or null to leave it empty (a value missing). */
export function noPercentReason(kind: ChangeKind, from: number | null, to: number | null): string | null {
  if (kind === 'rank') return '不适用（名次按位计）'
  if (kind === 'places') return '不适用（各年所述已是名次变化）'
  if (kind === 'rate') return '不适用（比率的变化按百分点计，见增减栏）'
  if (from === null || to === null) return null
  if (from === 0) return '—（上年为 0，无法计算）'
  if (to === 0) return '—（降至 0）'
  return null
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
      const kind = r.changes[0]?.kind ?? 'count'
      r.values.forEach((v, i) => num(x.getCell(3 + i), v, VALUE_FORMAT[kind]))
      r.changes.forEach((c, i) => {
        // A number, shown in the words of the one change definition (places, percentage points).
        // Two stated rank changes are not subtracted ("上升 2 位" then "上升 5 位" is no change of 3 places).
        if (c.kind !== 'places') num(x.getCell(3 + years.length + i * 2), storedChange(c.kind, c.change), CHANGE_FORMAT[c.kind])
        const pct = x.getCell(4 + years.length + i * 2)
        if (c.changePercent !== null) num(pct, c.changePercent, '+0.00;"−"0.00;0')
        else {
          const why = noPercentReason(c.kind, c.from, c.to)
          if (why) {
            pct.value = why
            pct.font = { color: { argb: 'FF888888' }, size: 9 }
          }
        }
      })
      row++
    }
    row++
  }
  for (let c = 3; c <= 40; c++) ws.getColumn(c).width = 12
  ws.views = [{ state: 'frozen', xSplit: 2 }]
}
