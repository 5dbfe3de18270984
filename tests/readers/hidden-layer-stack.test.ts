// Hostile review hr30 UL1: born-digital text PDFs with a faded watermark over their text were taken for
// "image over text" scans and their text set aside. Transparency composes down the form/group stack (a
// `/G3 gs` with ca 1 inside a form painted at ca 0.15 does not make the form opaque), and a picture covers
// only what of it lies on the page and inside the current clip. Operator lists as pdf.js 6 lists them.
import { describe, expect, it } from 'vitest'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { textVisibility, type HiddenLayerOps } from '../../src-main/readers/pdf-layout/hidden-layer'
import type { Box } from '../../src-main/readers/pdf-layout/cover-box'

const OPS = pdfjs.OPS as unknown as HiddenLayerOps
const PAGE: Box = [0, 0, 595, 842]
const AREA = 595 * 842 * 0.9
const opaque = (): boolean => true
const text: [number[], unknown[]] = [[OPS.showText], [[Array.from({ length: 8 }, () => ({ unicode: '字' }))]]]
/** A picture placed by `m` (its unit square), in its own save/restore. */
const picture = (m: number[]): [number[], unknown[]] => [[OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore], [null, m, ['img', 1, 1], null]]
const full = picture([595, 0, 0, 842, 0, 0])
const cat = (...parts: [number[], unknown[]][]): [number[], unknown[]] => [parts.flatMap((p) => p[0]), parts.flatMap((p) => p[1])]
const covered = ([fn, args]: [number[], unknown[]]): number => textVisibility(fn, args, OPS, AREA, opaque, PAGE).covered
const gs = (entries: unknown[]): [number[], unknown[]] => [[OPS.setGState!], [[entries]]]

describe('transparency down the form and group stack', () => {
  const group = { matrix: null, bbox: [0, 0, 595, 842], smask: null, isolated: true, knockout: false }
  it('a group painted at ca 0.15 stays see-through when its content sets ca 1 (qpdf --overlay of a faded watermark page)', () => {
    const inGroup = (outer: unknown[]) => cat([[OPS.save], [null]], gs(outer), [[OPS.beginGroup!, OPS.paintFormXObjectBegin!], [[group], [null, null]]], gs([['BM', 'source-over'], ['ca', 1]]), full, [[OPS.paintFormXObjectEnd!, OPS.endGroup!, OPS.restore], [[], [group], null]])
    expect(covered(cat(text, inGroup([['BM', 'source-over'], ['ca', 0.15]])))).toBe(0)
    // The same group painted opaque covers the text (the rule still finds an image-over-text scan).
    expect(covered(cat(text, inGroup([['BM', 'source-over'], ['ca', 1]])))).toBe(8)
  })

  it('a form painted with constant alpha or a blend mode stays so whatever gs its content sets; the state ends with the form', () => {
    for (const outer of [[['ca', 0.12]], [['BM', 'multiply']], [['SMask', { subtype: 'Alpha' }]]]) {
      const form = cat(gs(outer), [[OPS.paintFormXObjectBegin!], [[null, null]]], gs([['ca', 1], ['BM', 'source-over'], ['SMask', false]]), full, [[OPS.paintFormXObjectEnd!], [[]]])
      expect(covered(cat([[OPS.save], [null]], text, form, [[OPS.restore], [null]]))).toBe(0)
      // After the save/restore the outer transparency is gone: a later opaque picture covers.
      expect(covered(cat([[OPS.save], [null]], text, form, [[OPS.restore], [null]], full))).toBe(8)
    }
  })
})

describe('a picture covers what of it is on the page and inside the clip', () => {
  it('a full-page picture placed mostly below the page covers nothing; on the page it covers', () => {
    expect(covered(cat(text, picture([595, 0, 0, 842, 0, -814])))).toBe(0)
    expect(covered(cat(text, full))).toBe(8)
  })

  it('a full-page picture shown through a clipped band covers only the band (clip: W n before its path, as pdf.js lists it)', () => {
    const band = (h: number): [number[], unknown[]] => [[OPS.save, OPS.clip!, OPS.constructPath!], [null, null, [pdfjs.OPS.endPath, [new Float32Array(0)], new Float32Array([0, 0, 595, h])]]]
    expect(covered(cat(text, band(34), full, [[OPS.restore], [null]]))).toBe(0)
    expect(covered(cat(text, band(842), full, [[OPS.restore], [null]]))).toBe(8)
    // The clip ends with its save/restore; and a form's bounding box clips it too.
    expect(covered(cat(text, band(34), [[OPS.restore], [null]], full))).toBe(8)
    expect(covered(cat(text, [[OPS.paintFormXObjectBegin!], [[null, [0, 0, 595, 40]]]], full, [[OPS.paintFormXObjectEnd!], [[]]]))).toBe(0)
  })
})
