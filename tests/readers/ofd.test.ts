// OFD reader: reports laid out by a generator (render-ofd.ts) and written the ways producers write
// OFD (ofd-writer.ts) must come back through the reader and the extractor as the same model; the
// corpus's OFDs are read cell for cell by `npm run eval`. Hostile packages give a clear error fast.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import type { Report } from '../../shared/model/report'
import type { TableBlock } from '../../shared/model/document'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { makeReport } from '../core/fixtures/make-report'
import { writeOfd, type OfdStyle } from './ofd-writer'
import { renderOfdPages } from './render-ofd'

function read(bytes: Uint8Array, name = 'report.ofd') {
  const r = readOfd(bytes, `/x/${name}`, name)
  if (!r.ok) throw new Error(r.error.message)
  return r.document
}

function expectSame(got: Report, model: Report): void {
  expect(got.agency).toBe(model.agency)
  expect(got.year).toBe(model.year)
  expect(got.sections).toEqual(model.sections)
  expect(got.requests.rows).toEqual(model.requests.rows)
  expect(got.reviewLitigation).toEqual(model.reviewLitigation)
  expect(got.activeDisclosure).toEqual(model.activeDisclosure)
}

const HEADER = { texts: [{ text: '政府信息公开工作年度报告', x: 80, y: 15, size: 3.5 }], rules: [] }
const STYLES: [string, OfdStyle][] = [
  ['one object per run, tight boxes, stroked rulings', { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }],
  ['one object per character', { objects: 'char', boxes: 'tight', scale: 1, rules: 'stroke' }],
  ['one object per line (cells apart in DeltaX)', { objects: 'line', boxes: 'tight', scale: 1, rules: 'stroke' }],
  ['page-sized boxes, positions in TextCode', { objects: 'run', boxes: 'page', scale: 1, rules: 'stroke' }],
  ['CTM scaling of text and paths', { objects: 'run', boxes: 'tight', scale: 0.25, rules: 'rect' }],
  ['rulings as thin filled rectangles', { objects: 'char', boxes: 'page', scale: 2, rules: 'rect' }],
  ['page template with a running header, absolute BaseLoc', { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke', template: HEADER, absoluteLocs: true }],
]

describe.each(['2019', '2021'] as const)('OFD from a model, template %s', (template) => {
  it.each(STYLES)('%s', (_, style) => {
    for (const seed of [1, 2, 3]) {
      const model = makeReport(seed * 7 + (template === '2019' ? 0 : 100), template)
      const doc = read(writeOfd(renderOfdPages(model), style))
      expect(doc.format).toBe('ofd')
      expectSame(extractReport(doc).report, model)
      // Table 三 is one real table across the page break, its label columns merged down.
      const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text === '三、本年度办理结果')))!
      expect(t).toBeDefined()
      expect(new Set(t.rowPages).size).toBe(2)
      expect(t.rows.flat().find((c) => c.text === '三、本年度办理结果')!.rowSpan).toBeGreaterThan(15)
    }
  })
})
