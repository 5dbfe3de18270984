// One worksheet per report, laid out like the official tables: section 二's sub-tables of the
// report's template, table 三 (23 rows for 2019, 25 for 2021, 7 columns), table 四 (3 groups × 5).
// Numbers are written as numbers; a blank (null) is left an empty cell.
import type ExcelJS from 'exceljs'
import type { Report, RequestRowKey } from '../../shared/model/report'
import { REQUEST_ROW_KEYS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../shared/model/report'
import {
  METRIC_LABELS,
  REQUEST_COLUMN_LABELS_ZH,
  REQUEST_GROUP_HEADINGS,
  REQUEST_ROW_LABELS,
  REVIEW_COLUMN_LABELS,
} from '../../shared/series/labels'
import { METRIC_KEYS } from '../../shared/model/report'
import { PROBLEM_CATEGORY_ZH } from '../../shared/analysis/problem-labels'
import { PROSE_SOURCE_ZH } from '../../shared/series/prose-marks'

const BOLD: Partial<ExcelJS.Font> = { bold: true }
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3FA' } }
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}

/** Writes a number, or leaves the cell empty for null/undefined. */
function setNum(cell: ExcelJS.Cell, v: number | null | undefined): void {
  if (v !== null && v !== undefined) {
    cell.value = v
    cell.numFmt = Number.isInteger(v) ? '#,##0' : '#,##0.00'
  }
  cell.border = THIN
}

function setHead(cell: ExcelJS.Cell, text: string): void {
  cell.value = text
  cell.font = BOLD
  cell.fill = HEAD_FILL
  cell.border = THIN
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
}

function setLabel(cell: ExcelJS.Cell, text: string, indent = 0): void {
  cell.value = text
  cell.border = THIN
  // An indent only shows with an explicit left alignment.
  cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true, indent }
}

/** Which layout a report's tables follow: its template, or for `legacy` what its rows look like. */
export function layoutOf(r: Report): '2019' | '2021' {
  if (r.template === '2019' || r.template === '2021') return r.template
  if (r.requests.rows.otherHandling) return '2019'
  if (r.requests.rows['otherHandling.other'] || r.activeDisclosure.rules?.issued !== undefined) return '2021'
  return r.year !== null && r.year < 2021 ? '2019' : '2021'
}

/** Rows of table 三 for a layout; rows of the other layout are kept when the report printed them. */
export function requestRowKeys(r: Report): RequestRowKey[] {
  const layout = layoutOf(r)
  return REQUEST_ROW_KEYS.filter((k) => {
    const is2019Only = k === 'otherHandling'
    const is2021Only = k.startsWith('otherHandling.')
    if (layout === '2019' && is2021Only) return r.requests.rows[k] !== undefined
    if (layout === '2021' && is2019Only) return r.requests.rows[k] !== undefined
    return true
  })
}

interface ActiveTable {
  headingZh: string
  columnsZh: string[]
  rows: { labelZh: string; item: string; fields: string[] }[]
}

const ACTIVE_2019: ActiveTable[] = [
  {
    headingZh: '第二十条第（一）项',
    columnsZh: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    rows: [
      { labelZh: '规章', item: 'rules', fields: ['newlyMade', 'newlyPublished', 'publishedTotal'] },
      { labelZh: '规范性文件', item: 'normativeDocs', fields: ['newlyMade', 'newlyPublished', 'publishedTotal'] },
    ],
  },
  {
    headingZh: '第二十条第（五）项',
    columnsZh: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    rows: [
      { labelZh: '行政许可', item: 'licensing', fields: ['lastYearItems', 'change', 'decisions'] },
      { labelZh: '其他对外管理服务事项', item: 'otherServices', fields: ['lastYearItems', 'change', 'decisions'] },
    ],
  },
  {
    headingZh: '第二十条第（六）项',
    columnsZh: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    rows: [
      { labelZh: '行政处罚', item: 'penalties', fields: ['lastYearItems', 'change', 'decisions'] },
      { labelZh: '行政强制', item: 'enforcement', fields: ['lastYearItems', 'change', 'decisions'] },
    ],
  },
  {
    headingZh: '第二十条第（八）项',
    columnsZh: ['信息内容', '上一年项目数量', '本年增/减'],
    rows: [{ labelZh: '行政事业性收费', item: 'fees', fields: ['lastYearItems', 'change'] }],
  },
  {
    headingZh: '第二十条第（九）项',
    columnsZh: ['信息内容', '采购项目数量', '采购总金额'],
    rows: [{ labelZh: '政府集中采购', item: 'procurement', fields: ['projects', 'amountWanYuan'] }],
  },
]

const ACTIVE_2021: ActiveTable[] = [
  {
    headingZh: '第二十条第（一）项',
    columnsZh: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      { labelZh: '规章', item: 'rules', fields: ['issued', 'repealed', 'inForce'] },
      { labelZh: '行政规范性文件', item: 'normativeDocs', fields: ['issued', 'repealed', 'inForce'] },
    ],
  },
  {
    headingZh: '第二十条第（五）项',
    columnsZh: ['信息内容', '本年处理决定数量'],
    rows: [{ labelZh: '行政许可', item: 'licensing', fields: ['decisions'] }],
  },
  {
    headingZh: '第二十条第（六）项',
    columnsZh: ['信息内容', '本年处理决定数量'],
    rows: [
      { labelZh: '行政处罚', item: 'penalties', fields: ['decisions'] },
      { labelZh: '行政强制', item: 'enforcement', fields: ['decisions'] },
    ],
  },
  {
    headingZh: '第二十条第（八）项',
    columnsZh: ['信息内容', '本年收费金额（单位：万元）'],
    rows: [{ labelZh: '行政事业性收费', item: 'fees', fields: ['amountWanYuan'] }],
  },
]

function activeValue(r: Report, item: string, field: string): number | null {
  const v = (r.activeDisclosure as Record<string, Record<string, number | null> | undefined>)[item]?.[field]
  return v === undefined ? null : v
}

function sectionHeading(ws: ExcelJS.Worksheet, row: number, text: string): number {
  const c = ws.getCell(row, 1)
  c.value = text
  c.font = { bold: true, size: 13 }
  return row + 1
}

/** The sentence a field was read from when it is a figure of the prose (provenance key → sentence or null). */
export type ProseSentenceOf = (field: string) => string | null

function writeMetrics(ws: ExcelJS.Worksheet, r: Report, row: number, proseOf: ProseSentenceOf): number {
  row = sectionHeading(ws, row, '正文所述数字')
  for (const k of METRIC_KEYS) {
    setLabel(ws.getCell(row, 1), METRIC_LABELS[k]?.zh ?? k)
    setNum(ws.getCell(row, 2), r.metrics[k])
    // A figure of the prose says so beside it, with its sentence: no table vouches for it.
    const sentence = r.metrics[k] !== null ? proseOf(`metrics.${k}`) : null
    if (sentence !== null) {
      ws.getCell(row, 3).value = PROSE_SOURCE_ZH
      ws.getCell(row, 4).value = `原句：${sentence}`
    }
    row++
  }
  return row + 1
}

function writeActive(ws: ExcelJS.Worksheet, r: Report, row: number): number {
  row = sectionHeading(ws, row, '二、主动公开政府信息情况')
  for (const t of layoutOf(r) === '2019' ? ACTIVE_2019 : ACTIVE_2021) {
    const n = t.columnsZh.length
    ws.mergeCells(row, 1, row, n)
    setHead(ws.getCell(row, 1), t.headingZh)
    row++
    t.columnsZh.forEach((h, i) => setHead(ws.getCell(row, i + 1), h))
    row++
    for (const tr of t.rows) {
      setLabel(ws.getCell(row, 1), tr.labelZh)
      tr.fields.forEach((f, i) => setNum(ws.getCell(row, i + 2), activeValue(r, tr.item, f)))
      row++
    }
  }
  return row + 1
}

/** Table 三: three header rows, then the template's rows (headings without numbers included). */
function writeRequests(ws: ExcelJS.Worksheet, r: Report, row: number): number {
  row = sectionHeading(ws, row, '三、收到和处理政府信息公开申请情况')
  const top = row
  ws.mergeCells(top, 1, top + 2, 1)
  setHead(ws.getCell(top, 1), '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')
  ws.mergeCells(top, 2, top, 8)
  setHead(ws.getCell(top, 2), '申请人情况')
  ws.mergeCells(top + 1, 2, top + 2, 2)
  setHead(ws.getCell(top + 1, 2), REQUEST_COLUMN_LABELS_ZH[0])
  ws.mergeCells(top + 1, 3, top + 1, 7)
  setHead(ws.getCell(top + 1, 3), '法人或其他组织')
  ws.mergeCells(top + 1, 8, top + 2, 8)
  setHead(ws.getCell(top + 1, 8), REQUEST_COLUMN_LABELS_ZH[6])
  for (let c = 1; c <= 5; c++) setHead(ws.getCell(top + 2, c + 2), REQUEST_COLUMN_LABELS_ZH[c]!)
  row = top + 3
  for (const key of requestRowKeys(r)) {
    const heading = REQUEST_GROUP_HEADINGS[key]
    if (heading) {
      setLabel(ws.getCell(row, 1), heading, key === 'granted' ? 0 : 1)
      for (let c = 2; c <= 8; c++) ws.getCell(row, c).border = THIN
      row++
    }
    const label = REQUEST_ROW_LABELS[key]
    setLabel(ws.getCell(row, 1), label.zh, label.level * 2)
    const cells = r.requests.rows[key]
    for (let c = 0; c < 7; c++) setNum(ws.getCell(row, c + 2), cells?.[c] ?? null)
    row++
  }
  return row + 1
}

/** Table 四: one row of 15 numbers under a three-level header. */
function writeReview(ws: ExcelJS.Worksheet, r: Report, row: number): number {
  row = sectionHeading(ws, row, '四、政府信息公开行政复议、行政诉讼情况')
  const top = row
  ws.mergeCells(top, 1, top + 1, 5)
  setHead(ws.getCell(top, 1), '行政复议')
  ws.mergeCells(top, 6, top, 15)
  setHead(ws.getCell(top, 6), '行政诉讼')
  ws.mergeCells(top + 1, 6, top + 1, 10)
  setHead(ws.getCell(top + 1, 6), '未经复议直接起诉')
  ws.mergeCells(top + 1, 11, top + 1, 15)
  setHead(ws.getCell(top + 1, 11), '复议后起诉')
  REVIEW_GROUPS.forEach((g, gi) => {
    REVIEW_COLUMNS.forEach((col, ci) => {
      setHead(ws.getCell(top + 2, gi * 5 + ci + 1), REVIEW_COLUMN_LABELS[col].zh)
      setNum(ws.getCell(top + 3, gi * 5 + ci + 1), r.reviewLitigation[g]?.[ci] ?? null)
    })
  })
  return top + 5
}

function writeProblems(ws: ExcelJS.Worksheet, r: Report, row: number): number {
  row = sectionHeading(ws, row, '五、存在的主要问题及改进情况')
  // Text in column A, categories across B:H (merged) so neither is squeezed into a number column.
  const block = (title: string, list: Report['problems']): void => {
    setHead(ws.getCell(row, 1), title)
    ws.mergeCells(row, 2, row, 8)
    setHead(ws.getCell(row, 2), '类别')
    row++
    if (list.length === 0) {
      setLabel(ws.getCell(row, 1), '（未列出）')
      row++
    }
    for (const p of list) {
      setLabel(ws.getCell(row, 1), p.text)
      ws.mergeCells(row, 2, row, 8)
      setLabel(ws.getCell(row, 2), p.categories.map((c) => PROBLEM_CATEGORY_ZH[c]).join('、'))
      // Column A holds about 22 Chinese characters a line.
      ws.getRow(row).height = Math.max(1, Math.ceil(p.text.length / 22)) * 16
      row++
    }
  }
  block('存在的主要问题', r.problems)
  block('改进措施', r.improvements)
  return row + 1
}

export function writeReportSheet(ws: ExcelJS.Worksheet, r: Report, proseOf: ProseSentenceOf = () => null): void {
  ws.getColumn(1).width = 46
  for (let c = 2; c <= 15; c++) ws.getColumn(c).width = 13
  const title = ws.getCell(1, 1)
  title.value = `${r.agency ?? '（未识别机关）'}${r.year ?? ''}年政府信息公开工作年度报告（提取结果）`
  title.font = { bold: true, size: 14 }
  ws.getCell(2, 1).value = `模板：${r.template}　发布日期：${r.publishedOn ?? '未载明'}　空白单元格＝报告未载明`
  let row = 4
  row = writeMetrics(ws, r, row, proseOf)
  row = writeActive(ws, r, row)
  row = writeRequests(ws, r, row)
  row = writeReview(ws, r, row)
  writeProblems(ws, r, row)
}
