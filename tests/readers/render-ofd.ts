// Lays a report model out on A4 pages as an OFD would hold it: prose and tables 二/四 as text lines
// (wrapped, never inside a number), table 三 as a ruled grid with its label columns merged down
// (三、本年度办理结果, （三）不予公开 …), running across a page break, and page numbers in the footer.
import type { Report, RequestRowKey } from '../../shared/model/report'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS, requestRowsOf } from '../../shared/model/template-labels'
import { renderText } from '../core/fixtures/render-text'
import { advanceOf, type OfdPage, type OfdText } from './ofd-writer'

const LEFT = 25
const RIGHT = 185
const TOP = 30
const BOTTOM = 265
const PROSE = 4
const CELL = 3.2
const LINE = CELL * 1.3

/** Lines of at most `width` mm; a run of ASCII letters and digits is never cut. */
export function wrapText(text: string, size: number, width: number): string[] {
  const tokens = text.match(/[0-9A-Za-z.%\-:/]+|./gu) ?? []
  const lines: string[] = []
  let cur = ''
  let w = 0
  for (const t of tokens) {
    const tw = [...t].reduce((s, ch) => s + advanceOf(ch, size), 0)
    if (cur && w + tw > width) {
      lines.push(cur)
      cur = ''
      w = 0
    }
    cur += t
    w += tw
  }
  if (cur) lines.push(cur)
  return lines
}

interface Cell {
  text: string
  col: number
  span: number
  /** Rows this cell covers (vertical merge). */
  rows: number
}

const HEAD = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
const COLS = [14, 22, 54, 10, 10, 10, 10, 10, 10, 10]
const colX = (c: number): number => LEFT + COLS.slice(0, c).reduce((a, b) => a + b, 0)

function table3Rows(r: Report): Cell[][] {
  const keys = requestRowsOf(r.template === '2019' ? '2019' : '2021') as RequestRowKey[]
  const rows: Cell[][] = [[{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', col: 0, span: 3, rows: 1 }, ...HEAD.map((h, i) => ({ text: h, col: 3 + i, span: 1, rows: 1 }))]]
  const results = keys.filter((k) => !['received', 'carriedOver', 'carriedForward'].includes(k))
  let outerDone = false
  let lastGroup: string | undefined
  for (const k of keys) {
    const nums = (r.requests.rows[k] ?? []).map((v, i) => ({ text: v === null ? '' : String(v), col: 3 + i, span: 1, rows: 1 }))
    const label = REQUEST_ROW_LABELS[k]
    if (!results.includes(k)) {
      rows.push([{ text: label, col: 0, span: 3, rows: 1 }, ...nums])
      continue
    }
    const row: Cell[] = []
    if (!outerDone) row.push({ text: '三、本年度办理结果', col: 0, span: 1, rows: results.length })
    outerDone = true
    const group = REQUEST_ROW_GROUP[k]
    if (group && group !== lastGroup) row.push({ text: group, col: 1, span: 1, rows: keys.filter((x) => REQUEST_ROW_GROUP[x] === group).length })
    row.push(group ? { text: label, col: 2, span: 1, rows: 1 } : { text: label, col: 1, span: 2, rows: 1 })
    lastGroup = group
    rows.push([...row, ...nums])
  }
  return rows
}

const cellWidth = (c: Cell): number => COLS.slice(c.col, c.col + c.span).reduce((a, b) => a + b, 0) - 2

export function renderOfdPages(r: Report): OfdPage[] {
  const pages: OfdPage[] = []
  let page: OfdPage = { texts: [], rules: [] }
  let y = TOP
  const newPage = (): void => {
    pages.push(page)
    page = { texts: [], rules: [] }
    y = TOP
  }
  const prose = (text: string): void => {
    for (const line of text.split('\n').filter(Boolean)) {
      wrapText(line, PROSE, RIGHT - LEFT - 2 * PROSE).forEach((part, i) => {
        if (y + PROSE * 1.6 > BOTTOM) newPage()
        y += PROSE * 1.6
        page.texts.push({ text: part, x: LEFT + (i === 0 ? 2 * PROSE : 0), y, size: PROSE })
      })
    }
  }
  const text = renderText(r, 'rows')
  prose(text.slice(0, text.indexOf('（本列数据')))
  newPage()

  // Table 三: each row's height from its own (unmerged) cells' wrapped lines, at least two lines.
  const rows = table3Rows(r)
  const heights = rows.map((row) => Math.max(2, ...row.filter((c) => c.rows === 1).map((c) => wrapText(c.text, CELL, cellWidth(c)).length)) * LINE + 2)
  const open: { cell: Cell; top: number; done: number; drawn: boolean }[] = []
  const drawPart = (o: (typeof open)[number], bottom: number): void => {
    const x0 = colX(o.cell.col)
    const x1 = colX(o.cell.col + o.cell.span)
    page.rules.push({ x1: x0, y1: o.top, x2: x1, y2: o.top }, { x1: x0, y1: bottom, x2: x1, y2: bottom }, { x1: x0, y1: o.top, x2: x0, y2: bottom }, { x1: x1, y1: o.top, x2: x1, y2: bottom })
    if (!o.drawn) {
      wrapText(o.cell.text, CELL, cellWidth(o.cell)).forEach((line, i) => page.texts.push({ text: line, x: x0 + 1, y: o.top + 1 + (i + 1) * LINE - 0.6, size: CELL }))
      o.drawn = true
    }
  }
  rows.forEach((row, ri) => {
    if (y + heights[ri]! > BOTTOM) {
      // Close the merged cells still open on this page; they go on at the top of the next.
      for (const o of open) drawPart(o, y)
      newPage()
      for (const o of open) o.top = y
    }
    for (const c of row) open.push({ cell: c, top: y, done: 0, drawn: false })
    y += heights[ri]!
    for (let k = open.length - 1; k >= 0; k--) {
      const o = open[k]!
      if (++o.done >= o.cell.rows) {
        drawPart(o, y)
        open.splice(k, 1)
      }
    }
  })
  newPage()
  prose(text.slice(text.indexOf('四、政府信息公开行政复议')))
  newPage()
  // Page numbers in the footer, as printed reports have them.
  const used = pages.filter((p) => p.texts.length > 0)
  used.forEach((p, i) => p.texts.push({ text: `— ${i + 1} —`, x: 100, y: 285, size: 3.5 } satisfies OfdText))
  return used
}
