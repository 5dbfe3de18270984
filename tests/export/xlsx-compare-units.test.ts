// The 年度对比 sheet says every change in one convention (review s5, X1/X2/X3): a rank's change and
// the change the report states are both "+ = up N places" in 上升/下降 words; a rate's change is in
// 个百分点 and its 变化率 cell says why there is none; hotline calls are counted in 件.
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { buildXlsx, COMPARE_SHEET, OVERVIEW_SHEET } from '../../src-main/export/xlsx'
import type { ReportItem } from '../../shared/series/types'
import { makeReport } from '../checks/make-report'
import { buildBriefingPptx } from '../../src-main/export/pptx'
import { slideNames, slideText, text, unzip } from './ooxml'

function item(year: number, rank: number, stated: number, yoy: number, calls: number): ReportItem {
  const ex = makeReport({ year })
  Object.assign(ex.report.metrics, { indexRank: rank, indexRankChange: stated, hotlineCallsYoYPercent: yoy, hotlineCalls: calls })
  return { id: `y${year}`, fileName: `y${year}.pdf`, importedAt: '2024-01-01T00:00:00.000Z', extraction: ex, flags: [] }
}

const ITEMS = () => [item(2021, 18, 2, 10, 5000), item(2022, 15, 3, 20, 6000), item(2023, 10, 5, -10, 5400)]

async function sheets() {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await buildXlsx(ITEMS())) as unknown as ArrayBuffer)
  return wb
}

function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, 2).value ?? '').startsWith(label)) return ws.getRow(r)
  throw new Error(`no row ${label}`)
}

describe('年度对比 units and signs', () => {
  it('rank 18 → 15 → 10 is +3 and +5 places up, the same sign as the stated "上升 5 位"', async () => {
    const ws = (await sheets()).getWorksheet(COMPARE_SHEET)!
    const rank = rowOf(ws, '政务公开指数排名')
    // columns: 分组, 指标, 2021, 2022, 2023, 2022 增减, 2022 变化率, 2023 增减, 2023 变化率
    expect([rank.getCell(6).value, rank.getCell(8).value]).toEqual([3, 5])
    expect(rank.getCell(8).numFmt).toMatch(/^"上升 "0" 位";"下降 "0" 位"/)
    expect(rank.getCell(9).value).toBe('不适用（名次按位计）')
    const stated = rowOf(ws, '排名变化')
    expect(stated.getCell(5).value).toBe(5)
    expect(stated.getCell(5).numFmt).toBe(rank.getCell(8).numFmt)
    // Two stated changes are not subtracted into a third.
    expect(stated.getCell(8).value).toBeNull()
  })

  it('a rate changes in 个百分点 and its 变化率 cell says why it is empty', async () => {
    const ws = (await sheets()).getWorksheet(COMPARE_SHEET)!
    const yoy = rowOf(ws, '12345热线同比')
    expect(yoy.getCell(8).value).toBe(-30)
    expect(yoy.getCell(8).numFmt).toContain('个百分点')
    expect(yoy.getCell(9).value).toBe('不适用（比率的变化按百分点计，见增减栏）')
    expect(yoy.getCell(5).numFmt).toContain('%')
    // Counts keep their percentage; the minus is the true minus sign (U+2212) as in the views.
    const calls = rowOf(ws, '12345热线来电')
    expect(calls.getCell(8).value).toBe(-600)
    expect(calls.getCell(8).numFmt).toContain('"−"')
    expect(calls.getCell(9).value).toBe(-10)
  })

  it('hotline calls are counted in 件', async () => {
    const ws = (await sheets()).getWorksheet(OVERVIEW_SHEET)!
    const head = (ws.getRow(1).values as unknown[]).map(String)
    expect(head).toContain('12345热线来电（件）')
    expect(head.join()).not.toContain('来电（个）')
    // The slides too: the key-figures slide and the hotline chart's unit.
    const files = unzip(new Uint8Array(await buildBriefingPptx(ITEMS())))
    const all = slideNames(files).map((n) => slideText(text(files, n))).join('\n')
    expect(all).toContain('5,400 件')
    expect(all).not.toMatch(/5,400 个/)
  })
})
