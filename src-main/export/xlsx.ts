// The workbook (.xlsx): an overview of all bodies × years with the headline figures, the year
// comparison of every field, one sheet per report laid out like the official tables, and a sheet of
// flags. Numbers are numbers; blanks stay empty.
import ExcelJS from 'exceljs'
import type { ReportItem } from '../../shared/series/types'
import { HEADLINE_FIELDS } from '../../shared/series/headline'
import { flagLines, SEVERITY_LABELS } from '../../shared/series/flags'
import { writeReportSheet } from './xlsx-report-sheet'
import { itemProseSentence } from '../../shared/series/prose-marks'
import { writeCompareSheet } from './xlsx-compare-sheet'
import { writeExportFile } from './output-file'

export const OVERVIEW_SHEET = '总览'
export const FLAGS_SHEET = '检查问题'
export const COMPARE_SHEET = '年度对比'

const SEVERITIES = ['error', 'warning', 'info'] as const
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3FA' } }

/** Excel sheet names: ≤ 31 characters, none of []:*?/\, unique (case-insensitive). */
export function sheetName(base: string, used: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim() || '报告'
  let name = clean.slice(0, 31)
  for (let i = 2; used.has(name.toLowerCase()); i++) {
    const suffix = `(${i})`
    name = clean.slice(0, 31 - suffix.length) + suffix
  }
  used.add(name.toLowerCase())
  return name
}

function sortItems(items: readonly ReportItem[]): ReportItem[] {
  return [...items].sort((a, b) => {
    const ra = a.extraction.report
    const rb = b.extraction.report
    return (ra.agency ?? '').localeCompare(rb.agency ?? '', 'zh-CN') || (ra.year ?? 0) - (rb.year ?? 0)
  })
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true }
  row.height = 34
  row.eachCell((c) => {
    c.fill = HEAD_FILL
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  })
}

function writeOverview(ws: ExcelJS.Worksheet, items: ReportItem[], sheetOf: Map<string, string>): void {
  const head = [
    '机关',
    '年度',
    '模板',
    '发布日期',
    ...HEADLINE_FIELDS.map((f) => `${f.labelZh}（${f.unitZh}）`),
    ...SEVERITIES.map((s) => SEVERITY_LABELS[s]),
    '工作表',
    '文件',
  ]
  styleHeader(ws.addRow(head))
  for (const it of items) {
    const r = it.extraction.report
    const values: (string | number | null)[] = [
      r.agency,
      r.year,
      r.template,
      r.publishedOn,
      ...HEADLINE_FIELDS.map((f) => f.get(it)),
      ...SEVERITIES.map((s) => it.flags.filter((f) => f.severity === s).length),
      sheetOf.get(it.id) ?? null,
      it.fileName ?? it.id,
    ]
    const row = ws.addRow(values.map((v) => (v === null ? undefined : v)))
    HEADLINE_FIELDS.forEach((_, i) => (row.getCell(5 + i).numFmt = '#,##0'))
  }
  for (let c = 2; c < head.length - 1; c++) ws.getColumn(c).width = 12
  ws.getColumn(1).width = 28
  ws.getColumn(head.length - 1).width = 30
  ws.getColumn(head.length).width = 36
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }]
}

function writeFlags(ws: ExcelJS.Worksheet, items: ReportItem[]): void {
  styleHeader(ws.addRow(['严重程度', '机关', '年度', '检查项', '说明']))
  for (const l of flagLines(items)) {
    ws.addRow([SEVERITY_LABELS[l.severity], l.agency ?? undefined, l.year ?? undefined, l.checkId, l.message])
  }
  ws.getColumn(1).width = 10
  ws.getColumn(2).width = 28
  ws.getColumn(3).width = 8
  ws.getColumn(4).width = 30
  ws.getColumn(5).width = 90
  ws.views = [{ state: 'frozen', ySplit: 1 }]
}

export function buildWorkbook(items: readonly ReportItem[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = '政务公开年报看板'
  const sorted = sortItems(items)
  const overview = wb.addWorksheet(OVERVIEW_SHEET)
  writeCompareSheet(wb.addWorksheet(COMPARE_SHEET), sorted)
  const used = new Set([OVERVIEW_SHEET, FLAGS_SHEET, COMPARE_SHEET].map((n) => n.toLowerCase()))
  const sheetOf = new Map<string, string>()
  for (const it of sorted) {
    const r = it.extraction.report
    const name = sheetName(`${r.year ?? '年份不明'} ${r.agency ?? it.id}`, used)
    sheetOf.set(it.id, name)
    writeReportSheet(wb.addWorksheet(name), r, (field) => itemProseSentence(it, field))
  }
  writeOverview(overview, sorted, sheetOf)
  writeFlags(wb.addWorksheet(FLAGS_SHEET), sorted)
  return wb
}

export async function buildXlsx(items: readonly ReportItem[]): Promise<Buffer> {
  const data = await buildWorkbook(items).xlsx.writeBuffer()
  return Buffer.from(data as ArrayBuffer)
}

export async function writeXlsx(filePath: string, items: readonly ReportItem[]): Promise<void> {
  await writeExportFile(filePath, 'xlsx', await buildXlsx(items))
}
