// The reader formats (formats.ts READER_FORMATS) are their source format's variant printed another
// way: the same draws and document, their own format tag; the OFD producer's way and the saved
// page's encoding are drawn by seed. Nothing is rendered here (LibreOffice and Chromium are slow:
// the formats are read back by the eval's variant suite and tests/variants/reader-formats-sweep.ts).
import { describe, expect, it } from 'vitest'
import { requestRowsOf } from '../../shared/model/template-labels'
import { BASE_FORMAT, READER_FORMATS } from './generator/formats'
import type { VariantModel } from './generator/model'
import { makeVariant } from './generator/variant'
import { drawOfdStyle } from './render/ofd'
import { renderMhtml } from './render/mhtml'
import { mhtmlHtmlPart } from '../../src-main/readers/mhtml'

const model: VariantModel = {
  id: 'test/model',
  template: '2021',
  agency: '青石县人民政府',
  year: 2023,
  requests: requestRowsOf('2021').map((k, i) => [k, [i, 1, 0, 0, 0, 2, i + 3]]),
  review: { review: [1, 0, 0, 1, 2], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [1, 1, 0, 0, 2] },
  disclosure: [['licensing', [['decisions', 1234]]]],
}

describe('reader formats', () => {
  it("draw their source format's variant and tag their own format", () => {
    for (const f of READER_FORMATS) {
      for (const seed of [3, 11, 40]) {
        const v = makeVariant(model, seed, f)
        const base = makeVariant(model, seed, BASE_FORMAT[f])
        expect(v.doc).toEqual(base.doc)
        expect(v.choices.format).toBe(f)
        expect(v.tags).toContain(`format:${f}`)
        expect(v.tags).not.toContain(`format:${BASE_FORMAT[f]}`)
      }
    }
  })

  it('draw the OFD way by seed (the same seed, the same way; seeds vary it)', () => {
    expect(drawOfdStyle(5)).toEqual(drawOfdStyle(5))
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => JSON.stringify(drawOfdStyle(s)))).size).toBeGreaterThan(2)
  })

  it('save the page as an archive whose page part is the HTML, in either encoding', () => {
    const html = '<html><body><p>本年度新收申请 1,234 件＝全部</p></body></html>'
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const part = mhtmlHtmlPart(renderMhtml(html, seed))
      // The part ends with the line break before the boundary.
      expect(part && new TextDecoder().decode(part.bytes).trimEnd()).toBe(html)
    }
  })
})
