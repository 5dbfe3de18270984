// The CSS matcher of the HTML reader (html-css.ts) on pages with thousands of rules and cells,
// generated here: the work grows with the page, not with rules × elements (rules are filed by the
// id, class or tag their selector ends in), and a page past the bounds (rules, selector length, a
// budget of comparisons) is still read — rules past them are not applied and the document says so.
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { htmlToDocument } from '../../src-main/readers/html'
import { CssMatcher, cssMatcher, cssRules, elementLook, MAX_MATCH_STEPS, type CssElement } from '../../src-main/readers/html-css'

/** A style sheet of `n` rules of the kinds pages have: class, descendant, compound, attribute, id. */
function sheet(n: number): string {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const kind = i % 5
    out.push(
      kind === 0 ? `.c${i}{display:none}` : kind === 1 ? `.w${i} .d${i}{visibility:hidden}` : kind === 2 ? `span.k${i}[data-x]{opacity:0}` : kind === 3 ? `#id${i}{vertical-align:super}` : `div.m${i} > span.s${i}{display:none}`,
    )
  }
  return out.join('\n')
}

/** A page of `cells` table cells (ten a row), each with a span; the rule `.gone` hides the span of
 *  every hundredth cell (a hidden "1" before its number): first in the style sheet, or after the
 *  `rules` rules (`goneLast`). */
function page(rules: number, cells: number, extraCss = '', goneLast = false): string {
  const rows: string[] = []
  for (let r = 0; r < cells / 10; r++) {
    const tds = Array.from({ length: 10 }, (_, c) => {
      const k = r * 10 + c
      const span = k % 100 === 0 ? '<span class="gone x">1</span>' : '<span class="x y">'
      return `<td class="a b col${c}">${span}${k % 100 === 0 ? '' : '</span>'}${500 + k}</td>`
    })
    rows.push(`<tr>${tds.join('')}</tr>`)
  }
  const css = goneLast ? `${sheet(rules)}\n.gone{display:none}${extraCss}` : `.gone{display:none}\n${sheet(rules)}${extraCss}`
  return `<html><head><style>${css}</style></head><body><div class="w"><table>${rows.join('')}</table></div></body></html>`
}

const cellTexts = (html: string): string[] => (htmlToDocument(html, 'p.html').blocks.find((b): b is TableBlock => b.kind === 'table')!).rows.flat().map((c) => c.text)

/** The elements of a page as the reader walks them: each cell's span with its ancestors. */
function walk(matcher: CssMatcher, cells: number): void {
  const body: CssElement = { name: 'body' }
  const div: CssElement = { name: 'div', attribs: { class: 'w' } }
  const table: CssElement = { name: 'table' }
  for (let k = 0; k < cells; k++) {
    const tr: CssElement = { name: 'tr' }
    const td: CssElement = { name: 'td', attribs: { class: `a b col${k % 10}` } }
    const span: CssElement = { name: 'span', attribs: { class: 'x y' } }
    elementLook(td, [body, div, table, tr], matcher)
    elementLook(span, [body, div, table, tr, td], matcher)
  }
}

describe('CSS matching on large pages', () => {
  it('reads a page of 3,000 rules and 5,000 cells right: hidden digits gone, every number kept', () => {
    const t0 = performance.now()
    const texts = cellTexts(page(3000, 5000))
    const ms = performance.now() - t0
    expect(texts).toHaveLength(5000)
    expect(texts[0]).toBe('500')
    expect(texts[100]).toBe('600')
    expect(texts[4999]).toBe('5499')
    // A figure, not an assertion (timings belong to npm run bench).
    console.log(`3,000 rules × 5,000 cells: ${Math.round(ms)} ms`)
  })

  it('the work grows with the elements, not with rules × elements', () => {
    // Besides the 2,000 rules for other elements, 40 that the cells' spans are tried against.
    const css = sheet(1960) + Array.from({ length: 20 }, (_, j) => `.x.z${j}{display:none} .b .x.q${j}{display:none}`).join(' ')
    const small = cssMatcher([css])
    walk(small, 2000)
    expect(small.work).toBeGreaterThanOrEqual(2000 * 40)
    const large = cssMatcher([css])
    walk(large, 8000)
    // Four times the cells: about four times the work.
    expect(large.work / small.work).toBeLessThan(4.5)
    // And far below trying every rule on every element (2,000 rules × 16,000 elements).
    expect(large.work).toBeLessThan((2000 * 16000) / 50)
    expect(large.cut).toBe(false)
  })

  it('a page past the budget is still read; later rules are not applied and the document notes it', () => {
    // Rules every element could match (universal, attribute-only), each costing a walk up the ancestors.
    const costly = Array.from({ length: 1500 }, (_, i) => `* [data-q${i}] *{display:none}`).join('\n')
    const m = new CssMatcher(cssRules([costly]), 0, 50_000)
    walk(m, 5000)
    expect(m.cut).toBe(true)
    // Bounded: the budget plus at most one selector's walk past it.
    expect(m.work).toBeLessThan(50_000 + 8 * 256)
    const doc = htmlToDocument(page(0, 2000, costly.replace(/\n/g, ' ')), 'p.html')
    expect(doc.notes?.join('')).toMatch(/超出匹配上限/)
    expect((doc.blocks.find((b): b is TableBlock => b.kind === 'table')!).rows.flat()).toHaveLength(2000)
  })

  it('keeps at most 2,000 rules and skips over-long selectors, counting both for the note', () => {
    const leftOut = { count: 0 }
    const rules = cssRules([sheet(2500) + ` ${'div '.repeat(20)}span{display:none} .${'z'.repeat(300)}{display:none}`], leftOut)
    expect(rules).toHaveLength(2000)
    expect(leftOut.count).toBe(502)
    // A hiding rule past the first 2,000 is not applied: its digit is read (and the page says why).
    const doc = htmlToDocument(page(2000, 100, '', true), 'p.html')
    expect(doc.notes?.[0]).toMatch(/有 1 条隐藏或上标样式规则超出读取上限/)
    expect((doc.blocks.find((b): b is TableBlock => b.kind === 'table')!).rows[0]![0]!.text).toBe('1500')
  })

  it('a page within the bounds has no such note', () => {
    expect(htmlToDocument(page(100, 100), 'p.html').notes).toBeUndefined()
  })
})
