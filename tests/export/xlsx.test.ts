// The workbook, read back with exceljs: sheets, the official table layouts, numbers as numbers,
// blanks as empty cells.
import { describe, expect, it, beforeAll } from 'vitest'
import ExcelJS from 'exceljs'
import { buildXlsx, COMPARE_SHEET, FLAGS_SHEET, OVERVIEW_SHEET, sheetName } from '../../src-main/export/xlsx'
import { HEADLINE_FIELDS } from '../../shared/series/headline'
import { REQUEST_ROW_LABELS } from '../../shared/series/labels'
import type { ReportItem } from '../../shared/series/types'
import { REQUEST_ROW_KEYS, type Report } from '../../shared/model/report'
import { allGoldIds, goldItem, goldJson, hasGold } from './gold-items'
import { expectedFlags } from './fixtures'

async function load(items: ReportItem[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await buildXlsx(items)) as unknown as ArrayBuffer)
  return wb
}

/** Row number whose column A holds exactly `label` (first match at or after `from`). */
function findRow(ws: ExcelJS.Worksheet, label: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r
  return -1
}

describe('sheet names', () => {
  it('are at most 31 characters, without forbidden characters, unique', () => {
    const used = new Set<string>()
    const a = sheetName('2023 某某市某某某某某某某某某某某某某某某某某某某某某某某某局/办公室', used)
    const b = sheetName('2023 某某市某某某某某某某某某某某某某某某某某某某某某某某某局/办公室', used)
    expect(a.length).toBeLessThanOrEqual(31)
    expect(b.length).toBeLessThanOrEqual(31)
    expect(a).not.toMatch(/[[\]:*?/\\]/)
    expect(a).not.toBe(b)
  })
})

describe.skipIf(!hasGold)('workbook of the gold reports', () => {
  let items: ReportItem[]
  let wb: ExcelJS.Workbook

  beforeAll(async () => {
    items = allGoldIds().map((id) => goldItem(id, expectedFlags(id)))
    wb = await load(items)
  })

  it('has the overview, the year comparison, one sheet per report and the flags sheet', () => {
    const names = wb.worksheets.map((w) => w.name)
    expect(names[0]).toBe(OVERVIEW_SHEET)
    expect(names[1]).toBe(COMPARE_SHEET)
    expect(names[names.length - 1]).toBe(FLAGS_SHEET)
    expect(names.length).toBe(items.length + 3)
  })

  it('year comparison: every year of each body as a number column, with changes', () => {
    const ws = wb.getWorksheet(COMPARE_SHEET)!
    const agency = items.find((i) => i.id.startsWith('yunxi-gov_'))!.extraction.report.agency!
    let r = 1
    while (r <= ws.rowCount && !String(ws.getCell(r, 1).value ?? '').startsWith(agency)) r++
    expect(r).toBeLessThanOrEqual(ws.rowCount)
    const head = (ws.getRow(r + 1).values as unknown[]).slice(1).map(String)
    const years = items.filter((i) => i.extraction.report.agency === agency).map((i) => i.extraction.report.year!).sort()
    expect(head.slice(2, 2 + years.length)).toEqual(years.map((y) => `${y} 年`))
    let row = r + 2
    while (ws.getCell(row, 2).value !== `${REQUEST_ROW_LABELS.received.zh} · 总计`) row++
    years.forEach((y, i) => {
      const cell = ws.getCell(row, 3 + i)
      expect(cell.type).toBe(ExcelJS.ValueType.Number)
      expect(cell.value).toBe(goldJson(`yunxi-gov_${y}`).requests.rows.received![6])
    })
    const firstChange = ws.getCell(row, 3 + years.length).value
    expect(firstChange).toBe((ws.getCell(row, 4).value as number) - (ws.getCell(row, 3).value as number))
  })

  it('overview: one row per report, headline figures as numbers, blanks empty', () => {
    const ws = wb.getWorksheet(OVERVIEW_SHEET)!
    expect(ws.rowCount).toBe(items.length + 1)
    const head = (ws.getRow(1).values as unknown[]).slice(1)
    for (let r = 2; r <= ws.rowCount; r++) {
      const agency = ws.getCell(r, 1).value
      const year = ws.getCell(r, 2).value
      expect(typeof year).toBe('number')
      const it = items.find((i) => i.extraction.report.agency === agency && i.extraction.report.year === year)!
      expect(it).toBeDefined()
      for (const f of HEADLINE_FIELDS) {
        const col = head.indexOf(`${f.labelZh}（${f.unitZh}）`) + 1
        expect(col).toBeGreaterThan(0)
        const cell = ws.getCell(r, col)
        const v = f.get(it)
        if (v === null) expect(cell.value, `${agency} ${year} ${f.key}`).toBeNull()
        else {
          expect(cell.type).toBe(ExcelJS.ValueType.Number)
          expect(cell.value).toBe(v)
        }
      }
    }
  })

  function sheetOf(r: Report): ExcelJS.Worksheet {
    const ws = wb.worksheets.find((w) => w.getCell(1, 1).value === `${r.agency}${r.year}年政府信息公开工作年度报告（提取结果）`)
    if (!ws) throw new Error(`no sheet for ${r.agency} ${r.year}`)
    return ws
  }

  it('table 三 has the template rows (23 for 2019, 25 for 2021) with 7 numeric columns equal to the gold', () => {
    for (const id of allGoldIds()) {
      const g = goldJson(id)
      const ws = sheetOf(g)
      const start = findRow(ws, '三、收到和处理政府信息公开申请情况')
      expect(start, id).toBeGreaterThan(0)
      expect(ws.getCell(start + 2, 3).value).toBe('法人或其他组织')
      expect(ws.getCell(start + 3, 3).value).toBe('商业企业')
      expect(ws.getCell(start + 2, 8).value).toBe('总计')
      const end = findRow(ws, '四、政府信息公开行政复议、行政诉讼情况', start)
      const labels = new Set(REQUEST_ROW_KEYS.map((k) => REQUEST_ROW_LABELS[k].zh))
      let dataRows = 0
      for (let r = start + 4; r < end; r++) {
        const label = ws.getCell(r, 1).value
        if (typeof label !== 'string' || !labels.has(label)) continue
        // In the 2021 layout （六）其他处理 is a heading over its three numbered rows, not a data row.
        const next = ws.getCell(r + 1, 1).value
        if (label === '（六）其他处理' && typeof next === 'string' && next.startsWith('1.申请人无正当理由')) continue
        dataRows++
      }
      const hasSingle = g.requests.rows.otherHandling !== undefined
      const hasSub = g.requests.rows['otherHandling.other'] !== undefined
      const expected = 22 + (g.template === '2019' || hasSingle ? 1 : 0) + (g.template === '2021' || hasSub ? 3 : 0)
      expect(dataRows, id).toBe(expected)
      expect([23, 25, 26]).toContain(dataRows)
      // Values: walk the template rows in order and compare every cell.
      let r = start + 4
      for (const key of REQUEST_ROW_KEYS) {
        const gold = g.requests.rows[key]
        const label = REQUEST_ROW_LABELS[key].zh
        const row = findRow(ws, label, r)
        if (gold === undefined) continue
        expect(row, `${id} ${key}`).toBeGreaterThan(0)
        for (let c = 0; c < 7; c++) {
          const cell = ws.getCell(row, c + 2)
          if (gold[c] === null) expect(cell.value).toBeNull()
          else {
            expect(cell.type, `${id} ${key} ${c}`).toBe(ExcelJS.ValueType.Number)
            expect(cell.value).toBe(gold[c])
          }
        }
        r = row + 1
      }
    }
  })

  it('table 四: 3 groups × 5 numbers under 行政复议 / 行政诉讼 headers; a missing section is empty cells', () => {
    for (const id of allGoldIds()) {
      const g = goldJson(id)
      const ws = sheetOf(g)
      const start = findRow(ws, '四、政府信息公开行政复议、行政诉讼情况')
      expect(ws.getCell(start + 1, 1).value).toBe('行政复议')
      expect(ws.getCell(start + 1, 6).value).toBe('行政诉讼')
      expect(ws.getCell(start + 2, 6).value).toBe('未经复议直接起诉')
      expect(ws.getCell(start + 2, 11).value).toBe('复议后起诉')
      expect(ws.getCell(start + 3, 5).value).toBe('总计')
      const groups = [g.reviewLitigation.review, g.reviewLitigation.litigationDirect, g.reviewLitigation.litigationAfterReview]
      groups.forEach((grp, gi) => {
        for (let c = 0; c < 5; c++) {
          const cell = ws.getCell(start + 4, gi * 5 + c + 1)
          const v = grp ? grp[c] : null
          if (v === null || v === undefined) expect(cell.value, `${id} ${gi} ${c}`).toBeNull()
          else expect(cell.value).toBe(v)
        }
      })
    }
  })

  it('section 二 follows the report template, numbers as numbers', () => {
    for (const id of allGoldIds()) {
      const g = goldJson(id)
      const ws = sheetOf(g)
      const start = findRow(ws, '二、主动公开政府信息情况')
      const head = ws.getCell(start + 2, 2).value
      expect(head, id).toBe(g.template === '2019' ? '本年新制作数量' : '本年制发件数')
      const normRow = findRow(ws, g.template === '2019' ? '规范性文件' : '行政规范性文件', start)
      const nd = g.activeDisclosure.normativeDocs
      const first = g.template === '2019' ? nd?.newlyMade : nd?.issued
      if (first === null || first === undefined) expect(ws.getCell(normRow, 2).value).toBeNull()
      else expect(ws.getCell(normRow, 2).value).toBe(first)
      const licRow = findRow(ws, '行政许可', start)
      const dec = g.activeDisclosure.licensing?.decisions
      const decCol = g.template === '2019' ? 4 : 2
      if (dec !== null && dec !== undefined) {
        expect(ws.getCell(licRow, decCol).type).toBe(ExcelJS.ValueType.Number)
        expect(ws.getCell(licRow, decCol).value).toBe(dec)
      }
    }
  })

  it('flags sheet: one row per flag, errors first', () => {
    const ws = wb.getWorksheet(FLAGS_SHEET)!
    const n = items.reduce((a, i) => a + i.flags.length, 0)
    expect(ws.rowCount).toBe(n + 1)
    const order = { 错误: 0, 警告: 1, 提示: 2 } as Record<string, number>
    const sev: number[] = []
    for (let r = 2; r <= ws.rowCount; r++) sev.push(order[String(ws.getCell(r, 1).value)]!)
    expect(sev).toEqual([...sev].sort((a, b) => a - b))
    expect(sev.every((s) => s !== undefined)).toBe(true)
  })
})
