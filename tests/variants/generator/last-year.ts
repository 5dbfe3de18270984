// Rule: last year beside this year (review 10 R10-7, R10-8, R10-11), as reports print it:
//  - 't3-after': last year's table 三 after this year's, under a caption that names it
//    (「附：上年度（2022年）收到和处理政府信息公开申请情况（供对比）」, 「去年同期对比情况如下：」 …);
//  - 't3-before': last year's table 三 first under such a caption, this year's after 「2023年度情况如下：」;
//  - 't4-rows': table 四 with a 年度 column and a second data row for last year (「2022年（上年）」),
//    before or after this year's row;
//  - 'date-under-title': the report's date in brackets under the title, none under the signature;
//  - 't2-rows': in section 二's tables, a row for another period beside each row, its label the row's own
//    with 「（上年）」「（2022年）」「（累计）」「（上年同期）」 after it, or in its place (hostile review rv27);
//  - 't2-cut-rows': the same with both labels' brackets wrapped inside: 「行政处罚（本⏎年）」 beside
//    「行政处罚（累⏎计）」 (or 「（上⏎年）」), or the other period's row alone (rv27 C: a Draw PDF's text boxes).
// Last year's numbers are this year's × 3 + 0 (every identity of both tables holds for them, so only the
// captions and labels tell the tables apart); the gold stays this year's. Applied to the laid-out
// document; forced in tests/variants/last-year.test.ts, not drawn in the suite.
import type { IRBlock, IRCell, IRDoc } from './ir'
import { para } from './ir'
import type { VariantModel } from './model'
import type { Choices } from './variant'
import { table3Rows } from './table3'
import { table4Blocks } from './table4'
import { pick, seeded } from './rng'

export type LastYearRule = 't3-after' | 't3-before' | 't4-rows' | 'date-under-title' | 't2-rows' | 't2-cut-rows'
export const LAST_YEAR_RULES: readonly LastYearRule[] = ['t3-after', 't3-before', 't4-rows', 'date-under-title', 't2-rows', 't2-cut-rows']

/** Last year's model: every cell × 3 (sums hold, values differ wherever this year's are not 0). */
function lastYearOf(m: VariantModel): VariantModel {
  const x3 = (cells: (number | null)[]): (number | null)[] => cells.map((v) => (v === null ? null : v * 3))
  return {
    ...m,
    year: m.year - 1,
    requests: m.requests.map(([k, cells]) => [k, x3(cells)]),
    review: m.review && { review: x3(m.review.review), litigationDirect: x3(m.review.litigationDirect), litigationAfterReview: x3(m.review.litigationAfterReview) },
  }
}

const AFTER_CAPTIONS = [
  (y: number) => `附：上年度（${y}年）收到和处理政府信息公开申请情况（供对比）`,
  () => '附：上年度收到和处理政府信息公开申请情况（供对比）',
  () => '去年同期对比情况如下：',
  (y: number) => `${y}年度情况（供对比）`,
  () => '上一年度情况：',
]
const BEFORE_CAPTIONS = [(y: number) => `上年度（${y}年）情况：`, (y: number) => `${y}年度情况如下：`, () => '附：上年度收到和处理政府信息公开申请情况（供对比）']
const OWN_CAPTIONS = [(y: number) => `${y}年度情况如下：`, (y: number) => `${y}年度：`]
const OWN_LABELS = [(y: number) => `${y}年`, (y: number) => `${y}年度`]
const LAST_LABELS = [(y: number) => `${y}年（上年）`, (y: number) => `${y}年`, (y: number) => `${y}年度`]

/** The table block whose first cell is table 四's 行政复议 heading (the one-data-row shapes). */
const isTable4 = (b: IRBlock): b is Extract<IRBlock, { kind: 'table' }> => b.kind === 'table' && b.rows[0]?.[0]?.text === '行政复议' && b.rows.length >= 3

/** Section 二's row words (a row of another table never holds them). */
const T2_ROW = /规章|规范性文件|行政许可|行政审批|其他对外管理服务事项|行政处罚|行政强制|收费|采购/

/** Section 二 with a row for another period beside each of its rows (numbers × 3; the gold stays this year's). */
function withOtherPeriodRows(doc: IRDoc, m: VariantModel, rand: () => number, cut = false): IRDoc {
  const qualifiers = cut ? ['（累\n计）', '（上\n年）'] : ['（上年）', `（${m.year - 1}年）`, '（累计）', '（上年同期）']
  return doc.map((b) => {
    if (b.kind !== 'table' || b.part === 'requests') return b
    const rows = b.rows.flatMap((row) => {
      const label = row.find((c) => !c.num && c.text.trim() !== '')
      if (!label || !T2_ROW.test(label.text.replace(/[\s\u3000]/g, '')) || !row.some((c) => c.num && /\d/.test(c.text))) return [row]
      const q = pick(rand, qualifiers)
      const other = row.map((c) => (c === label ? { ...c, text: `${c.text}${q}`, rowSpan: 1 } : c.num ? { ...c, text: c.text.replace(/\d+/g, (d) => String(Number(d) * 3)), rowSpan: 1 } : c))
      // Some rows print only the other period's figure (this year's row left out: rv27's 「行政许可（2023年）| 7427」).
      const own = cut ? row.map((c) => (c === label ? { ...c, text: `${c.text}（本\n年）` } : c)) : row
      const r = rand()
      return r < 0.25 ? [other] : r < 0.6 ? [own, other] : [other, own]
    })
    return { ...b, rows }
  })
}

export function applyLastYear(doc: IRDoc, rule: LastYearRule | undefined, m: VariantModel, c: Choices, seed: number): IRDoc {
  if (!rule) return doc
  const rand = seeded(seed * 104729 + 7)
  if (rule === 't2-rows' || rule === 't2-cut-rows') return withOtherPeriodRows(doc, m, rand, rule === 't2-cut-rows')
  const last = lastYearOf(m)
  if (rule === 't3-after' || rule === 't3-before') {
    const { head, body } = table3Rows(last, c.table3, c.labels, c.numbers)
    const table: IRBlock = { kind: 'table', rows: [...head, ...body] }
    const parts = doc.flatMap((b, i) => (b.kind === 'table' && b.part === 'requests' ? [i] : []))
    if (!parts.length) return doc
    if (rule === 't3-after') {
      const at = parts[parts.length - 1]! + 1
      return [...doc.slice(0, at), para(pick(rand, AFTER_CAPTIONS)(last.year)), table, ...doc.slice(at)]
    }
    const at = parts[0]!
    return [...doc.slice(0, at), para(pick(rand, BEFORE_CAPTIONS)(last.year)), table, para(pick(rand, OWN_CAPTIONS)(m.year)), ...doc.slice(at)]
  }
  if (rule === 't4-rows') {
    const k = doc.findIndex(isTable4)
    if (k < 0 || !m.review) return doc
    const t = doc[k] as Extract<IRBlock, { kind: 'table' }>
    // Last year's data row printed the same way (units, 总计 among the data) as this year's.
    const lastTable = table4Blocks(last, c.table4, c.numbers, para(''), c.table4TotalAmongData, c.table4CountUnits).find(isTable4)
    if (!lastTable) return doc
    const head = t.rows.slice(0, -1)
    const own: IRCell[] = [{ text: pick(rand, OWN_LABELS)(m.year) }, ...t.rows[t.rows.length - 1]!]
    const other: IRCell[] = [{ text: pick(rand, LAST_LABELS)(last.year) }, ...lastTable.rows[lastTable.rows.length - 1]!]
    const rows = [[{ text: '年度', rowSpan: head.length }, ...head[0]!], ...head.slice(1), ...(rand() < 0.5 ? [own, other] : [other, own])]
    return [...doc.slice(0, k), { ...t, rows }, ...doc.slice(k + 1)]
  }
  // The date under the title; the signature keeps the body's name only.
  const dateAt = doc.length - 1
  const date = doc[dateAt]
  if (date?.kind !== 'para' || !/^\d{4}年\d{1,2}月\d{1,2}日$/.test(date.text)) return doc
  return [doc[0]!, para(`（${date.text}）`), ...doc.slice(1, dateAt)]
}

/** The date the report is signed with in every variant (variant.ts layout): the gold of 'date-under-title'. */
export const signedOn = (m: VariantModel): string => `${m.year + 1}-01-20`

export function lastYearRuleTags(rule: LastYearRule | undefined): string[] {
  return rule ? [`last-year:${rule}`] : []
}
