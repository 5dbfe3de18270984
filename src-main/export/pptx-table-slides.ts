// Table slides: the year comparison of one body, and several bodies in one year.
import type PptxGenJS from 'pptxgenjs'
import type { BodyComparison, YearComparison } from '../../shared/series/types'
import { addFootnote, addTitledSlide, pages, type Deck } from './pptx-common'
import { COLORS, SLIDE_W, fmtNumber } from './pptx-style'

/** Rows of the year comparison shown on the slide (the workbook has them all). */
export const YEAR_TABLE_KEYS = [
  'metrics.activeDisclosureItems',
  'metrics.indexRank',
  'metrics.hotlineCalls',
  'metrics.messagesReceived',
  'requests.received.6',
  'requests.carriedOver.6',
  'requests.granted.6',
  'requests.partiallyGranted.6',
  'requests.unavailable.notHeld.6',
  'requests.handledTotal.6',
  'requests.carriedForward.6',
  'reviewLitigation.review.4',
  'reviewLitigation.review.1',
  'reviewLitigation.litigationDirect.4',
  'reviewLitigation.litigationAfterReview.4',
]

const SHORT_LABELS: Record<string, string> = {
  'requests.received.6': '本年新收申请（总计）',
  'requests.carriedOver.6': '上年结转申请（总计）',
  'requests.granted.6': '予以公开（总计）',
  'requests.partiallyGranted.6': '部分公开（总计）',
  'requests.unavailable.notHeld.6': '本机关不掌握（总计）',
  'requests.handledTotal.6': '办理结果总计',
  'requests.carriedForward.6': '结转下年度（总计）',
  'reviewLitigation.review.4': '行政复议 总计',
  'reviewLitigation.review.1': '行政复议 结果纠正',
  'reviewLitigation.litigationDirect.4': '行政诉讼（直接起诉）总计',
  'reviewLitigation.litigationAfterReview.4': '行政诉讼（复议后起诉）总计',
}

type Cell = PptxGenJS.TableCell

function head(text: string, deck: Deck): Cell {
  return { text, options: { bold: true, fill: { color: COLORS.band }, color: COLORS.title, align: 'center', fontFace: deck.fonts.zh } }
}

function num(text: string, deck: Deck, color: string = COLORS.text): Cell {
  return { text, options: { align: 'right', color, fontFace: deck.fonts.zh } }
}

const MAX_YEARS = 6

export function addYearTableSlide(deck: Deck, cmp: YearComparison, subjectZh: string): void {
  const from = Math.max(0, cmp.years.length - MAX_YEARS)
  const years = cmp.years.slice(from)
  const rows = YEAR_TABLE_KEYS.map((k) => cmp.rows.find((r) => r.key === k)).filter((r) => r !== undefined)
  const table: Cell[][] = [
    [head('指标', deck), ...years.map((y) => head(`${y} 年`, deck)), head('较上年', deck), head('变化率', deck)],
  ]
  for (const r of rows) {
    const values = r.values.slice(from)
    const last = r.changes[r.changes.length - 1]
    table.push([
      { text: SHORT_LABELS[r.key] ?? r.labelZh, options: { fontFace: deck.fonts.zh, color: COLORS.text } },
      ...values.map((v) => num(fmtNumber(v), deck)),
      // The words of the one change definition: places for a rank, percentage points for a rate.
      num(last?.deltaZh ?? '—', deck),
      num(last?.percentText ?? '—', deck),
    ])
  }
  const slide = addTitledSlide(deck, '年度对比', `${subjectZh}　${years[0] ?? ''}–${years[years.length - 1] ?? ''} 年`)
  const labelW = 3.3
  const restW = (SLIDE_W - 1 - labelW) / (years.length + 2)
  slide.addTable(table, {
    x: 0.5,
    y: 1.55,
    w: SLIDE_W - 1,
    colW: [labelW, ...Array<number>(years.length + 2).fill(restW)],
    fontFace: deck.fonts.zh,
    fontSize: 11,
    rowH: 0.3,
    border: { type: 'solid', pt: 0.5, color: COLORS.rule },
    valign: 'middle',
  })
  addFootnote(
    deck,
    slide,
    '“较上年”“变化率”为最后一年与前一年比较；“—”为未载明或无报告；基数为 0 不计算变化率；排名数值变小表示名次上升。全部字段见导出的 Excel。',
  )
}

export function addBodiesTableSlides(deck: Deck, cmp: BodyComparison): void {
  const fields = cmp.fields
  const perPage = 12
  pages(cmp.rows, perPage).forEach((rows, p, all) => {
    const table: Cell[][] = [[head('机关', deck), ...fields.map((f) => head(`${f.labelZh}（${f.unitZh}）`, deck))]]
    for (const r of rows) {
      table.push([
        { text: r.agency ?? '（未识别）', options: { fontFace: deck.fonts.zh, color: COLORS.text } },
        ...r.values.map((v) => num(fmtNumber(v), deck)),
      ])
    }
    const title = all.length > 1 ? `各机关对比（${p + 1}/${all.length}）` : '各机关对比'
    const slide = addTitledSlide(deck, title, `${cmp.year} 年`)
    const labelW = 2.6
    const restW = (SLIDE_W - 1 - labelW) / Math.max(fields.length, 1)
    slide.addTable(table, {
      x: 0.5,
      y: 1.55,
      w: SLIDE_W - 1,
      colW: [labelW, ...Array<number>(fields.length).fill(restW)],
      fontFace: deck.fonts.zh,
      fontSize: 10,
      rowH: 0.36,
      border: { type: 'solid', pt: 0.5, color: COLORS.rule },
      valign: 'middle',
    })
    addFootnote(deck, slide, '“—”为报告未载明；申请数取表三“总计”列，诉讼为两组之和。')
  })
}
