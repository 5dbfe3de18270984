// Exports say which numbers come from the prose, and show no unproven reading (issue 10 point 4).
// Reports are read by the real extractor from text; the PPTX and XLSX are built and read back.
// - A figure read from a sentence: the chart slide names its years 「来源：正文叙述」, the KPI tile
//   says 「（据正文）」 with a footnote, the workbook's report sheet has 「来源：正文叙述」 and the sentence.
// - A table 三 total an OCR reading could not prove (its sums fail) is null: absent from the chart
//   slide's data until a person's correction supplies it, and then present.
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { buildBriefingPptx } from '../../src-main/export/pptx'
import { buildXlsx } from '../../src-main/export/xlsx'
import { extractReport } from '../../shared/extract/index'
import { keepVouchedOcrNumbers } from '../../shared/extract/ocr-proof'
import { textToDocument } from '../../shared/text/text-document'
import { buildTrend } from '../../shared/series/trends'
import { buildKpis } from '../../shared/series/kpi'
import { withCorrection } from '../../src-renderer/lib/apply-correction'
import type { ReportItem } from '../../shared/series/types'
import { makeReport } from '../checks/make-report'
import { chartSeries, slideCharts, slideNames, slideText, slideTitle, text, unzip, type Files } from './ooxml'

const MADE = new Date('2025-01-01T00:00:00Z')

function reportText(year: number, overview: string): string {
  return [
    `某县自然资源局${year}年政府信息公开工作年度报告`,
    '一、总体情况',
    overview,
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '一是公开不够及时。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n')
}

const CALLS_2022 = '12345政务服务热线受理来电5,000件。'
const OVERVIEW: Record<number, string> = {
  2021: '全年主动公开政府信息7,000条。12345政务服务热线受理来电4,000件。共收到政府信息公开申请20件。',
  2022: `本局政务公开指数排名第15位，较上年提升3位。全年主动公开政府信息8,765条，同比增加1,765条。${CALLS_2022}共收到政府信息公开申请26件。`,
}

function proseItems(): ReportItem[] {
  return [2021, 2022].map((year) => ({
    id: `p${year}`,
    fileName: `某县自然资源局_${year}.txt`,
    extraction: extractReport(textToDocument(reportText(year, OVERVIEW[year]!), `某县自然资源局_${year}.txt`)),
    flags: [],
  }))
}

async function deck(items: ReportItem[]): Promise<Files> {
  return unzip(new Uint8Array(await buildBriefingPptx(items, { madeAt: MADE })))
}
const slideTitled = (files: Files, title: string): string => {
  const s = slideNames(files).find((n) => slideTitle(text(files, n)).startsWith(title))
  if (!s) throw new Error(`no slide ${title}`)
  return s
}

describe('figures read from the prose, in the exports', () => {
  it('the series and tiles know them (read by the real extractor from text)', () => {
    const items = proseItems()
    expect(items[1]!.extraction.report.metrics).toMatchObject({ hotlineCalls: 5000, activeDisclosureItems: 8765, activeDisclosureItemsChange: 1765, requestsReceived: 26 })
    expect(buildTrend(items, 'hotline').datasets[0]!.fromProse).toEqual([true, true])
    // No table 三: 本年新收 is the prose's figure, marked as such.
    expect(buildTrend(items, 'requests').datasets.find((d) => d.key === 'received')!.fromProse).toEqual([true, true])
    const calls = buildKpis(items, 2022).find((t) => t.key === 'hotlineCalls')!
    expect(calls.fromProse).toBe(CALLS_2022)
  })

  it('PPTX: the chart slide names the years from the prose; the KPI tiles say 据正文', async () => {
    const files = await deck(proseItems())
    const hotline = slideText(text(files, slideTitled(files, '12345政务服务热线来电')))
    expect(hotline).toContain('来源：正文叙述（据正文，未经表格核对）——12345热线来电：2021、2022 年')
    const kpi = slideText(text(files, slideTitled(files, '关键数据')))
    expect(kpi).toContain('12345热线来电（据正文）')
    expect(kpi).toContain('标“据正文”者来源：正文叙述，未经表格核对。')
  })

  it('PPTX: a figure a person corrected is not called 据正文', async () => {
    const items = proseItems()
    items[1]!.corrections = [{ field: 'metrics.hotlineCalls', before: 5000, after: 5100 }]
    items[1]!.extraction.report.metrics.hotlineCalls = 5100
    const files = await deck(items)
    const kpi = slideText(text(files, slideTitled(files, '关键数据')))
    expect(kpi).not.toContain('12345热线来电（据正文）')
    expect(kpi).toContain('5,100')
  })

  it('XLSX: the report sheet says 来源：正文叙述 beside each prose figure, with its sentence', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await buildXlsx(proseItems())) as unknown as ArrayBuffer)
    const ws = wb.worksheets.find((w) => w.name.startsWith('2022'))!
    let row = -1
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === '12345热线来电') row = r
    expect(ws.getCell(row, 2).value).toBe(5000)
    expect(ws.getCell(row, 3).value).toBe('来源：正文叙述')
    expect(ws.getCell(row, 4).value).toBe(`原句：${CALLS_2022}`)
    // A figure the prose does not state has no source line.
    let blank = -1
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === '网上留言') blank = r
    expect(ws.getCell(blank, 2).value).toBeNull()
    expect(ws.getCell(blank, 3).value).toBeNull()
  })
})

describe('a reading that is not proven is not charted until a person confirms it', () => {
  /** Two years of table 三; in 2022 the 总计 of （一）予以公开 was read by OCR as 9 (printed 6). */
  function ocrItems(): ReportItem[] {
    return [2021, 2022].map((year) => {
      const e = makeReport({ agency: '甲市乙局', year })
      if (year === 2022) {
        e.report.requests.rows.granted![6] = 9
        e.notes.push(...keepVouchedOcrNumbers(e.report))
      }
      return { id: `o${year}`, fileName: `甲市乙局_${year}.pdf`, extraction: e, flags: [] }
    })
  }
  const grantedOnSlide = async (items: ReportItem[]) => {
    const files = await deck(items)
    const slide = slideTitled(files, '申请办理结果')
    const [chart] = slideCharts(files, slide)
    return chartSeries(text(files, chart!)).find((s) => s.name === '公开')!.values
  }

  it('the unproven total is left empty with a note, so the series and the slide have a gap there', async () => {
    const items = ocrItems()
    expect(items[1]!.extraction.report.requests.rows.granted![6]).toBeNull()
    expect(items[1]!.extraction.notes.some((n) => n.field === 'requests.granted')).toBe(true)
    expect(buildTrend(items, 'outcomes').datasets.find((d) => d.key === 'granted')!.values).toEqual([6, null])
    expect(await grantedOnSlide(items)).toEqual([6, null])
  })

  it('after a person enters the number, it is drawn', async () => {
    const items = ocrItems()
    const e = items[1]!.extraction
    items[1] = { ...items[1]!, extraction: { ...e, report: withCorrection(e.report, ['requests', 'rows', 'granted', 6], 6) }, corrections: [{ field: 'requests.granted', after: 6 }] }
    expect(await grantedOnSlide(items)).toEqual([6, 6])
  })
})
