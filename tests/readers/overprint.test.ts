// Overprinted text (a fake bold: the same text drawn twice a fraction of a millimetre apart, a run
// at a time or glyph by glyph, as Word, WPS and OFD producers do) is printed once: 356 drawn twice
// was read 356356 (rv18x o13), and glyph by glyph 335566. Equal numbers in neighbouring cells and
// the equal digits of one number stay apart.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readPdf } from '../../src-main/readers/pdf'
import { dropOverprints } from '../../src-main/readers/pdf-layout/overprint'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { makeReport } from '../core/fixtures/make-report'
import { advanceOf, writeOfd, type OfdPage, type OfdStyle, type OfdText } from './ofd-writer'
import { renderOfdPages } from './render-ofd'
import { pdfFromObjects } from './pdf-objects'

/** Fake bold offset: 0.12 mm. */
const SHIFT = 0.12

function glyphTexts(t: OfdText): OfdText[] {
  const out: OfdText[] = []
  let x = t.x
  for (const ch of t.text) {
    out.push({ ...t, text: ch, x })
    x += advanceOf(ch, t.size)
  }
  return out
}

/** Every text with a digit (or every text) drawn twice: the whole run again, or each glyph again. */
function overprinted(pages: OfdPage[], how: 'run' | 'glyph', which: 'numbers' | 'all'): OfdPage[] {
  return pages.map((p) => ({
    ...p,
    texts: p.texts.flatMap((t) => {
      if (which === 'numbers' && !/\d/.test(t.text)) return [t]
      if (how === 'run') return [t, { ...t, x: t.x + SHIFT }]
      // (A space is stepped over once.)
      return glyphTexts(t).flatMap((g) => (g.text === ' ' ? [g] : [g, { ...g, x: g.x + SHIFT }]))
    }),
  }))
}

function readOfdBytes(bytes: Uint8Array) {
  const r = readOfd(bytes, '/x/r.ofd', 'r.ofd')
  if (!r.ok) throw new Error(r.error.message)
  return r.document
}

describe('OFD: overprinted text is read once', () => {
  const cases: [string, 'run' | 'glyph', 'numbers' | 'all', OfdStyle][] = [
    ['numbers drawn twice, one object per run', 'run', 'numbers', { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }],
    ['all text drawn twice, page-sized boxes', 'run', 'all', { objects: 'run', boxes: 'page', scale: 1, rules: 'stroke' }],
    ['numbers drawn glyph by glyph twice, one object per glyph', 'glyph', 'numbers', { objects: 'char', boxes: 'tight', scale: 1, rules: 'stroke' }],
    ['all glyphs drawn twice inside one TextCode per line', 'glyph', 'all', { objects: 'line', boxes: 'tight', scale: 1, rules: 'stroke' }],
  ]
  it.each(cases)('%s', (_, how, which, style) => {
    for (const seed of [3, 11]) {
      const model = makeReport(seed, '2021')
      const got = extractReport(readOfdBytes(writeOfd(overprinted(renderOfdPages(model), how, which), style))).report
      expect(got.requests.rows).toEqual(model.requests.rows)
      expect(got.reviewLitigation).toEqual(model.reviewLitigation)
      expect(got.activeDisclosure).toEqual(model.activeDisclosure)
      expect(got.metrics).toEqual(model.metrics)
    }
  })
})

const item = (str: string, x: number, y = 700, size = 12): PdfItem => ({ str, x, y, w: [...str].length * size * 0.5, size })

describe('overprint filter on positioned pieces', () => {
  it('keeps equal numbers in neighbouring cells and the digits of 「100」 drawn one by one', () => {
    const pieces = [item('0', 200), item('0', 230), item('1', 300), item('0', 306), item('0', 312)]
    expect(dropOverprints(pieces)).toEqual(pieces)
  })

  it('keeps two numbers that only touch, and a piece that overlaps a different one', () => {
    const pieces = [item('12', 200), item('12', 212), item('34', 230), item('56', 232)]
    expect(dropOverprints(pieces)).toEqual(pieces)
  })

  it('prints a run drawn twice once, and glyph pieces as pdf.js splits them (3 | 35 | 56 | 6)', () => {
    expect(dropOverprints([item('356', 200), item('356', 200.34)]).map((p) => p.str)).toEqual(['356'])
    const split = [item('3', 200), item('35', 200.34), item('56', 206.34), item('6', 212.34)]
    const got = dropOverprints(split)
    expect(got.map((p) => p.str)).toEqual(['356'])
    expect(got[0]!.x).toBe(200)
  })
})

/** A one-page PDF (Helvetica) with the given content stream. */
function pdfOf(content: string): Uint8Array {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const pagesObj = add('')
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
  const page = add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`)
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`
  return pdfFromObjects(objects, catalog)
}

/** Helvetica digits are 556/1000 em: each glyph drawn, then again 0.34 pt to the right (TJ kerning). */
function glyphBold(digits: string): string {
  const back = 556 - 28.3
  return '[' + [...digits].map((d) => `(${d}) ${back} (${d})`).join(' 28.3 ') + '] TJ'
}

const at = (x: number, y: number, body: string): string => `BT /F1 12 Tf ${x} ${y} Td ${body} ET `

describe('PDF: overprinted text is read once', () => {
  it('a run drawn twice and glyphs drawn twice read as printed; neighbouring equal cells stay two', async () => {
    const content =
      at(50, 700, '(Licences) Tj') + at(200, 700, '(356) Tj') + at(200.34, 700, '(356) Tj') + at(300, 700, '(27) Tj') + at(300.34, 700, '(27) Tj') +
      at(50, 650, '(Penalties) Tj') + at(200, 650, glyphBold('100')) + at(300, 650, glyphBold('88')) +
      at(50, 600, '(Cells) Tj') + at(200, 600, '(0) Tj') + at(230, 600, '(0) Tj') + at(300, 600, '(100) Tj')
    const r = await readPdf(pdfOf(content), '/x/b.pdf', 'b.pdf')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const lines = r.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.map((row) => row.map((c) => c.text).join(' '))))
    expect(lines).toEqual(['Licences 356 27', 'Penalties 100 88', 'Cells 0 0 100'])
  })
})
