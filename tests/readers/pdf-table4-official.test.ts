// Table 四 with the official two-level header (行政复议 | 行政诉讼 over 未经复议直接起诉 / 复议后起诉,
// the first group's five results merged over two header rows), as a web page printed by Chromium:
// several column widths (results wrapped as 结果 / 维持, one character per line), borders collapsed,
// separate (HTML border="1": every cell its own box) or none (header lines that the page's
// paragraph rule may join), a label column (项目 / 件数). Each cell must read right, or be left
// unread with a note — never wrong.
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../src-main/readers/pdf'
import { extractReport } from '../../shared/extract/index'
import { canPrintPdf, printPdf } from '../variants/render/index'

const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const TRUE = { review: [3, 1, 2, 1, 7], litigationDirect: [5, 2, 1, 4, 12], litigationAfterReview: [2, 3, 1, 0, 6] }

interface Shape {
  width: number
  font: number
  borders: 'collapse' | 'separate' | 'none'
  layout: 'fixed' | 'auto'
  lead?: boolean
}

function reportHtml(s: Shape): string {
  const td = (t: string, a = ''): string => `<td ${a}>${t}</td>`
  const lead = (t: string, a = ''): string => (s.lead ? td(t, a) : '')
  const rows = [
    lead('项目', 'rowspan="3"') + td('行政复议', 'colspan="5"') + td('行政诉讼', 'colspan="10"'),
    RESULTS.map((r) => td(r, 'rowspan="2"')).join('') + td('未经复议直接起诉', 'colspan="5"') + td('复议后起诉', 'colspan="5"'),
    [...RESULTS, ...RESULTS].map((r) => td(r)).join(''),
    lead('件数') + [TRUE.review, TRUE.litigationDirect, TRUE.litigationAfterReview].flat().map((v) => td(String(v))).join(''),
  ]
  const cols = s.layout === 'fixed' ? `<colgroup>${'<col style="width:6.67%">'.repeat(15 + (s.lead ? 1 : 0))}</colgroup>` : ''
  const border = s.borders === 'none' ? 'none' : '0.75pt solid #000'
  const css = `body{font-family:"Noto Serif CJK SC",serif;font-size:16pt;margin:0}
table{width:${s.width}%;font-size:${s.font}pt;table-layout:${s.layout};border-collapse:${s.borders === 'separate' ? 'separate' : 'collapse'};${s.borders === 'separate' ? `border:${border}` : ''}}
td{border:${border};padding:2pt;text-align:center;vertical-align:middle;word-break:break-all}`
  const p = (t: string): string => `<p>${t}</p>`
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>某县某局2022年政府信息公开工作年度报告</title><style>${css}</style></head><body>
${p('某县某局2022年政府信息公开工作年度报告')}
${p('一、总体情况')}${p('2022年，我局持续深化政务公开，全年主动公开政府信息120条。')}
${p('二、主动公开政府信息情况')}${p('三、收到和处理政府信息公开申请情况')}
${p('四、政府信息公开行政复议、行政诉讼情况')}
<table>${rows.map((r) => `<tr>${r}</tr>`).join('\n')}</table>
${p('五、存在的主要问题及改进情况')}${p('一是公开不够及时。下一步，我局将加强栏目日常管理。')}
${p('六、其他需要报告的事项')}${p('本年度未收取信息处理费。')}
</body></html>`
}

async function readShape(s: Shape) {
  const bytes = printPdf(reportHtml(s))
  const out = await readPdf(bytes, 't4.pdf', 't4.pdf')
  if (!out.ok) throw new Error('not read')
  return { doc: out.document, extraction: extractReport(out.document) }
}

const SHAPES: [string, Shape][] = [
  ['narrow columns: results wrapped over lines', { width: 60, font: 12, borders: 'collapse', layout: 'fixed' }],
  ['separate borders (border="1"): each cell its own box', { width: 100, font: 10.5, borders: 'separate', layout: 'fixed' }],
  ['no borders, wide font: header lines the paragraph rule may join', { width: 100, font: 16, borders: 'none', layout: 'auto' }],
  ['a label column (项目 / 件数) before the numbers', { width: 100, font: 10.5, borders: 'collapse', layout: 'fixed', lead: true }],
]

describe.skipIf(!canPrintPdf)('table 四, official two-level header, printed by Chromium', () => {
  it.each(SHAPES)('%s: all fifteen cells read right', async (_name, s) => {
    const { extraction } = await readShape(s)
    expect(extraction.report.reviewLitigation).toEqual(TRUE)
  }, 120_000)

  it('separate borders make one grid: the header and the data row are rows of cells, not one cell', async () => {
    const { doc } = await readShape(SHAPES[1]![1])
    const t4 = doc.blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text === '复议后起诉')))
    expect(t4?.kind === 'table' && t4.rows.map((r) => r.length)).toEqual([2, 7, 10, 15])
  }, 120_000)

  it('a number wrapped in a narrow cell (1 / 2) is never read as two cells or a wrong one', async () => {
    const { extraction } = await readShape({ width: 60, font: 14, borders: 'collapse', layout: 'fixed' })
    const got = extraction.report.reviewLitigation
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) got[g]?.forEach((v, i) => expect([null, TRUE[g][i]]).toContain(v))
    if (Object.values(got).some((row) => !row || row.includes(null))) expect(extraction.notes.some((n) => n.field.startsWith('reviewLitigation'))).toBe(true)
  }, 120_000)
})
