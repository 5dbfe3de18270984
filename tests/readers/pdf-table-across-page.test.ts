// Table 三's two-level header cut by a page break (issue 10, remarks-column variant yunxi-jyj_2022
// seed 882408): the first page holds only the header rows whose merged cells (申请人情况, 法人或其他组织,
// 自然人 and 总计 over two rows, 备注) hide the columns below; the sub-headings 商业企业 … 其他 and the
// data rows open the next page on a finer grid. Mapping the finer columns to the nearest line of the
// first part put 法律服务机构, 其他 and 自然人 into one column and read 自然人's counts as 其他's.
// Also the table continued on the next page as a table of its own with the same columns at other
// widths (yunxi-gov_2021 seed 881708): the nearest line of the first part put two columns into one
// and shifted 其他's and 总计's counts.
// Printed by Chromium with the five organisation columns first and a 备注 column at the right.
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../src-main/readers/pdf'
import { extractReport } from '../../shared/extract/index'
import { REQUEST_ROW_LABELS, requestRowsOf } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { canPrintPdf, printPdf } from '../variants/render/index'
import { tables } from './table-helpers'

/** Template order: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
const ROWS: Partial<Record<RequestRowKey, number[]>> = {
  received: [23, 1, 0, 0, 0, 1, 25],
  granted: [11, 1, 0, 0, 0, 1, 13],
  partiallyGranted: [2, 0, 0, 0, 0, 0, 2],
  'unavailable.notHeld': [10, 0, 0, 0, 0, 0, 10],
  handledTotal: [23, 1, 0, 0, 0, 1, 25],
}
const KEYS = requestRowsOf('2021')
const valuesOf = (k: RequestRowKey): number[] => ROWS[k] ?? [0, 0, 0, 0, 0, 0, 0]
/** Printed organisations first: 商业企业 … 其他, 自然人, 总计. */
const printed = (v: number[]): number[] => [...v.slice(1, 6), v[0]!, v[6]!]

/** Widths (%) of the label column, each count column and 备注. */
const colgroup = (label: number, count: number): string => `<colgroup><col style="width:${label}%">${`<col style="width:${count}%">`.repeat(7)}<col style="width:${100 - label - 7 * count}%"></colgroup>`

/** spacerMm: room before table 三; split: the body row that opens a table of its own on the next page, with other widths. */
function reportHtml(spacerMm: number, split?: number): string {
  const td = (t: string | number, a = ''): string => `<td ${a}>${t}</td>`
  const head = [
    td('', 'rowspan="3"') + td('申请人情况', 'colspan="7"') + td('备注', 'rowspan="3"'),
    td('法人或其他组织', 'colspan="5"') + td('自然人', 'rowspan="2"') + td('总计', 'rowspan="2"'),
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h)).join(''),
  ]
  const body = KEYS.map((k) => td(REQUEST_ROW_LABELS[k]) + printed(valuesOf(k)).map((v) => td(v)).join('') + td('无'))
  const css = `@page{size:A4;margin:15mm}body{font-family:"Noto Sans CJK SC",sans-serif;font-size:10.5pt;margin:0}
table{width:100%;border-collapse:collapse;font-size:9pt}td{border:0.75pt solid #000;padding:2pt}`
  const p = (t: string): string => `<p>${t}</p>`
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>某县某局2022年政府信息公开工作年度报告</title><style>${css}</style></head><body>
${p('某县某局2022年政府信息公开工作年度报告')}${p('一、总体情况')}${p('2022年，我局持续深化政务公开。')}
${p('二、主动公开政府信息情况')}<div style="height:${spacerMm}mm"></div>${p('三、收到和处理政府信息公开申请情况')}
${tableHtml(split === undefined ? [...head, ...body] : [...head, ...body.slice(0, split)], colgroup(40, 7))}
${split === undefined ? '' : tableHtml(body.slice(split), colgroup(60, 5), 'style="break-before:page"')}
${p('四、政府信息公开行政复议、行政诉讼情况')}${p('五、存在的主要问题及改进情况')}${p('一是公开不够及时。')}
${p('六、其他需要报告的事项')}${p('本年度未收取信息处理费。')}
</body></html>`
}

const tableHtml = (rows: string[], cols: string, attrs = ''): string => `<table ${attrs}>${cols}${rows.map((r) => `<tr>${r}</tr>`).join('\n')}</table>`

async function read(spacerMm: number, split?: number) {
  const out = await readPdf(printPdf(reportHtml(spacerMm, split)), 'cut-header.pdf', 'cut-header.pdf')
  if (!out.ok) throw new Error('not read')
  const t3 = tables(out.document).find((t) => t.rows.some((r) => r.some((c) => c.text.includes('本年新收'))))
  return { t3, extraction: extractReport(out.document) }
}

/** Space before table 三 that puts the page break after its second (196–202 mm) or first (203–208 mm) header row (measured). */
const CUTS: [string, number, number[]][] = [
  ['cut under 法人或其他组织 / 自然人 / 总计', 199, [1, 1, 2]],
  ['cut under 申请人情况', 205, [1, 2, 2]],
]

describe.skipIf(!canPrintPdf)('table 三 whose header is cut by a page break (PDF, 备注 column)', () => {
  it.each(CUTS)('%s: the sub-headings keep a column each and every count reads in its column', async (_name, spacer, pages) => {
    const { t3, extraction } = await read(spacer)
    // The cut is where this test means it (the header rows' pages).
    const at = ['申请人情况', '法人或其他组织', '商业企业'].map((h) => t3!.rows.findIndex((r) => r.some((c) => c.text === h)))
    expect(at.map((r) => t3!.rowPages![r])).toEqual(pages)
    expect(t3!.rows[at[2]!]!.map((c) => c.text).slice(0, 5)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])
    const rows = extraction.report.requests.rows
    for (const k of KEYS) expect(rows[k], k).toEqual(valuesOf(k))
  }, 120_000)
})

describe.skipIf(!canPrintPdf)('table 三 continued on the next page as a table of its own, same columns at other widths', () => {
  it('is read column for column: every count in its column', async () => {
    const split = KEYS.indexOf('unavailable.notHeld')
    const { t3, extraction } = await read(0, split)
    // One table over two pages, the continuation's first row the one split off.
    const at = t3!.rows.findIndex((r) => r.some((c) => c.text === REQUEST_ROW_LABELS['unavailable.notHeld']))
    expect([t3!.rowPages![at - 1], t3!.rowPages![at]]).toEqual([1, 2])
    // Each continuation row keeps a cell per column (the label not spread over the count columns).
    for (const r of t3!.rows.slice(at)) expect(r.map((c) => c.colSpan ?? 1)).toEqual(Array(9).fill(1))
    const rows = extraction.report.requests.rows
    for (const k of KEYS) expect(rows[k], k).toEqual(valuesOf(k))
  }, 120_000)
})
