// Table 三's columns by their header labels: printed in another order than the template's, they are
// put in its order by their labels; a header that contradicts the template but cannot be mapped leaves
// the table unread; a transposed table is refused.
import { describe, expect, it } from 'vitest'
import { requestColumnMap, transposedRequestsNote } from '../../shared/extract/requests-columns'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { withoutTemplateNote } from '../../shared/extract/header-columns'
import { REQUEST_ROW_KEYS, type RequestRow } from '../../shared/model/report'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
const HEADINGS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

/** A 2021 table 三 (rows in template order, each row a line of tab-separated cells) with its columns printed in `printed` order. */
function table(printed: number[], header: string): { text: string; rows: Record<string, RequestRow> } {
  const rows: Record<string, RequestRow> = {}
  const lines = [header]
  const keys = REQUEST_ROW_KEYS.filter((k) => k !== 'otherHandling')
  const total = (six: number[]): RequestRow => [...six, six.reduce((a, b) => a + b, 0)]
  // Outcome rows with numbers that differ from column to column (any column swap shows), sums that hold.
  const outcomes = keys.filter((k) => !['received', 'carriedOver', 'handledTotal', 'carriedForward'].includes(k))
  outcomes.forEach((k, i) => (rows[k] = total([0, 1, 2, 3, 4, 5].map((c) => (i * 3 + c * 5) % 7))))
  rows.handledTotal = total([0, 1, 2, 3, 4, 5].map((c) => outcomes.reduce((a, k) => a + rows[k]![c]!, 0)))
  rows.carriedOver = total([1, 0, 0, 2, 0, 0])
  rows.carriedForward = total([2, 1, 0, 0, 1, 0])
  rows.received = total([0, 1, 2, 3, 4, 5].map((c) => rows.handledTotal![c]! + rows.carriedForward![c]! - rows.carriedOver![c]!))
  for (const k of keys) lines.push(`${REQUEST_ROW_LABELS[k]}\t${printed.map((c) => rows[k]![c]).join('\t')}`)
  return { text: `三、收到和处理政府信息公开申请情况\n${lines.join('\n')}\n`, rows }
}

const flat = (printed: number[]): string => `${NOTE}\t${printed.map((c) => HEADINGS[c]).join('\t')}`

describe('table 三 columns by their header labels', () => {
  it('maps a flat header printed in any order', () => {
    expect(requestColumnMap(flat([0, 2, 1, 3, 4, 5, 6]))).toEqual({ kind: 'labels', printed: [0, 2, 1, 3, 4, 5, 6] })
    expect(requestColumnMap(flat([6, 0, 1, 2, 3, 5, 4]))).toEqual({ kind: 'labels', printed: [6, 0, 1, 2, 3, 5, 4] })
    expect(requestColumnMap(flat([0, 1, 2, 3, 4, 5, 6]))).toEqual({ kind: 'template' })
    // A cell per line.
    expect(requestColumnMap([0, 1, 2, 4, 3, 5, 6].map((c) => HEADINGS[c]).join('\n'))).toEqual({ kind: 'labels', printed: [0, 1, 2, 4, 3, 5, 6] })
  })

  it('maps the two-level header (自然人 · 法人或其他组织 · 总计 over the five organisations)', () => {
    const two = (top: string[], subs: number[]): string => `${NOTE}\t申请人情况\n${top.join('\t')}\n${subs.map((c) => HEADINGS[c]).join('\t')}`
    expect(requestColumnMap(two(['自然人', '法人或其他组织', '总计'], [2, 1, 3, 4, 5]))).toEqual({ kind: 'labels', printed: [0, 2, 1, 3, 4, 5, 6] })
    expect(requestColumnMap(two(['法人或其他组织', '自然人', '总计'], [1, 2, 3, 4, 5]))).toEqual({ kind: 'labels', printed: [1, 2, 3, 4, 5, 0, 6] })
    expect(requestColumnMap(two(['自然人', '法人或其他组织', '总计'], [1, 2, 3, 4, 5]))).toEqual({ kind: 'template' })
  })

  it('refuses a header whose labels contradict the template but give no complete mapping', () => {
    // PDF text: wrapped headings printed into the note's line, only their first pieces in order.
    const pdf = '（本列数据的勾稽关系为：第一项加第二项之和，自然科研商业社会公益法律服务其总等于第三项加第四项之和）人机构企业组织机构他计'
    expect(withoutTemplateNote(pdf)).toBe('自然科研商业社会公益法律服务其总人机构企业组织机构他计')
    expect(requestColumnMap(pdf).kind).toBe('refused')
    // The same in the template's order keeps the template's order.
    expect(requestColumnMap(pdf.replace('科研商业', '商业科研'))).toEqual({ kind: 'template' })
  })

  it('reads a table whose columns are printed in another order by their labels, and refuses one it cannot map', () => {
    for (const printed of [[0, 2, 1, 3, 4, 5, 6], [6, 0, 1, 2, 3, 5, 4], [1, 2, 3, 4, 5, 0, 6]]) {
      const t = table(printed, flat(printed))
      const parse = parseRequestsTable(t.text)
      for (const [k, row] of Object.entries(t.rows)) expect(parse.rows[k as keyof typeof parse.rows], `${printed} ${k}`).toEqual(row)
      expect(parse.notes.some((n) => n.message.includes('按表头列名对应'))).toBe(true)
    }
    const unmapped = table([0, 2, 1, 3, 4, 5, 6], `${NOTE}\t自然\t科研\t商业\t社会\t法律\t其\t总`)
    const refused = parseRequestsTable(unmapped.text)
    // Applicant columns unread; a row's 总计 only where it is the sum of the six cells before it.
    for (const [k, row] of Object.entries(refused.rows)) {
      expect(row!.slice(0, 6).every((v) => v === null)).toBe(true)
      expect([null, unmapped.rows[k as keyof typeof unmapped.rows]![6]]).toContain(row![6])
    }
    expect(Object.values(refused.rows).some((r) => r![6] !== null)).toBe(true)
    expect(refused.notes.some((n) => n.message.includes('与模板的列序不同'))).toBe(true)
  })

  it('refuses table 三 printed transposed (a row per applicant class)', () => {
    const text = ['一、本年新收\t二、上年结转\t（七）总计\t四、结转下年度继续办理', ...HEADINGS.map((h, i) => `${h}\t${i}\t1\t${i + 1}\t0`)].join('\n')
    expect(transposedRequestsNote(text)).not.toBeNull()
    const parse = parseRequestsTable(`三、收到和处理政府信息公开申请情况\n${text}`)
    expect(Object.keys(parse.rows)).toHaveLength(0)
    expect(parse.notes[0]!.message).toContain('转置')
    expect(transposedRequestsNote(table([0, 1, 2, 3, 4, 5, 6], flat([0, 1, 2, 3, 4, 5, 6])).text)).toBeNull()
  })
  // rv24: pdftotext (no -layout) of a template-ordered table printed its two-level header a cell per
  // line in the order the cells' text sat: 法人或其他组织 (a tall merged cell, its text higher) before
  // 自然人, 自然人 before the organisation headings. Read as organisations first, every row's applicant
  // columns rotated and no sum could tell.
  it('refuses a cell-per-line two-level header with 自然人 between 法人或其他组织 and the organisations under it', () => {
    const lines = (order: string[]): string => ['申请人情况', ...order].join('\n')
    for (const order of [
      ['法人或其他组织', NOTE, '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      [NOTE, '法人或其他组织', '自然人', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ]) {
      const map = requestColumnMap(lines(order))
      expect(map.kind).toBe('refused')
      const { text, rows } = table([0, 1, 2, 3, 4, 5, 6], lines(order))
      const parse = parseRequestsTable(text)
      // Only a cell the organisations-first reading gives the same number (requests-column-agreement.ts).
      const r = rows.received!
      const asOrganisationsFirst = [r[5], ...r.slice(0, 5)]
      expect(parse.rows.received?.slice(0, 6)).toEqual(r.slice(0, 6).map((x, c) => (asOrganisationsFirst[c] === x ? x : null)))
      expect(parse.rows.granted?.slice(0, 6)).toEqual([null, null, null, null, null, null])
      expect(parse.notes.some((n) => n.message.includes('无法确定'))).toBe(true)
    }
    // Text in the source's cell order (a web page or Word file: streamOrder false): 法人或其他组织 / 自然人 /
    // 总计 / 商业企业 … is the cells of an organisations-first header row by row; 总计 after the
    // organisations is no cell order at all and stays refused.
    expect(requestColumnMap(lines([NOTE, '法人或其他组织', '自然人', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']), { streamOrder: false })).toEqual({ kind: 'labels', printed: [1, 2, 3, 4, 5, 0, 6] })
    expect(requestColumnMap(lines(['法人或其他组织', NOTE, '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']), { streamOrder: false }).kind).toBe('refused')
    // 自然人 after every organisation heading, a cell per line: in a PDF's text order the tall 自然人 may
    // come after the organisations of a template-ordered table (rv24 Hb, Hh): refused; in a source's cell
    // order, organisations first as printed.
    const after = lines(['法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '自然人', '总计'])
    expect(requestColumnMap(after).kind).toBe('refused')
    expect(requestColumnMap(after, { streamOrder: false })).toEqual({ kind: 'labels', printed: [1, 2, 3, 4, 5, 0, 6] })
  })
})
