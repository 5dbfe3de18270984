// Word 97 .doc with footnote marks after numbers in table cells (fixture made by LibreOffice from a
// DOCX, see make-raised-marks-doc.mjs): superscript (sprmCIss), raised by sprmCHpsPos, only set
// smaller (sprmCHps), subscript. Read as plain digits they were glued on: 42 + raised 5 read 425,
// 25 + raised 50 read 2550 (the layout-variant suite's .doc format). Kept apart as marks instead.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { readDoc } from '../../src-main/readers/doc'
import { positionSetBy, sizeSetBy } from '../../src-main/readers/doc-styles'

const FIX = resolve(__dirname, '../fixtures/readers')

describe('.doc: raised and lowered marks are not glued onto numbers', () => {
  it('reads each cell as its number and a mark', () => {
    const r = readDoc(new Uint8Array(readFileSync(join(FIX, 'raised-marks.doc'))), '/x/m.doc', 'm.doc', 'doc')
    if (!r.ok) throw new Error(r.error.message)
    const table = r.document.blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['项目', '自然人', '总计'],
      ['（一）予以公开', '42⁵', '42'],
      // 「3」 only set smaller (6 pt), after a number in its style's size: Normal's 11 pt, read from the
      // style sheet (doc-styles.ts), so it is a mark, as in the DOCX it was saved from.
      ['（二）部分公开', '25⁵⁰', '25³'],
      ['（三）不予公开', '7₁', '7'],
    ])
  })

  it('reads the sprms: a signed raise, superscript and subscript, the size', () => {
    const s = (op: number, ...bytes: number[]) => ({ op, arg: new Uint8Array(bytes) })
    const look = (sprms: { op: number; arg: Uint8Array }[]) => ({ position: positionSetBy(sprms), size: sizeSetBy(sprms) })
    expect(look([s(0x4845, 6, 0)])).toEqual({ position: 6, size: null })
    expect(look([s(0x4845, 0xfa, 0xff)])).toEqual({ position: -6, size: null })
    expect(look([s(0x2a48, 1), s(0x4a43, 16, 0)])).toEqual({ position: 6, size: 16 })
    expect(look([s(0x2a48, 2)])).toEqual({ position: -6, size: null })
    expect(look([s(0x2a48, 0)])).toEqual({ position: 0, size: null })
    // Nothing set: the run sits where its styles put it.
    expect(look([])).toEqual({ position: null, size: null })
  })
})
