// OFD with one glyph per TextObject whose Boundary is wider than the glyph (padded by millimetres,
// rv18x o04): the box's right edge is padding, not the glyph's width. Taken as the width, every
// glyph overlapped the next and the page's lines fell apart (202 of 202 values unread).
// A box up to an em wide is still taken as the glyph's (producers that set digits on an em grid
// give them em-wide boxes), so the pads here never make a half-width glyph's box exactly an em (at
// 2 mm a 4 mm digit's box is 4 mm: read as an em-grid digit, table 四's spaced numbers run
// together and it is left unread — no wrong number, but not read).
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { makeReport } from '../core/fixtures/make-report'
import { writeOfd } from './ofd-writer'
import { renderOfdPages } from './render-ofd'

describe('OFD: one glyph per object in padded boxes', () => {
  it.each([1, 3, 4])('boxes %i mm wider than their glyph read as the report', (pad) => {
    for (const seed of [5, 17]) {
      const model = makeReport(seed, '2021')
      const r = readOfd(writeOfd(renderOfdPages(model), { objects: 'char', boxes: 'tight', scale: 1, rules: 'stroke', pad }), '/x/p.ofd', 'p.ofd')
      expect(r.ok).toBe(true)
      if (!r.ok) return
      const got = extractReport(r.document).report
      expect(got.year).toBe(model.year)
      expect(got.requests.rows).toEqual(model.requests.rows)
      expect(got.reviewLitigation).toEqual(model.reviewLitigation)
      expect(got.activeDisclosure).toEqual(model.activeDisclosure)
    }
  })

})
