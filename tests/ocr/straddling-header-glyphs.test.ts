// A header cell printed on two lines (总 / 计) whose detector boxes reach over the column's left rule
// (eval-scans gen-3 ordinary, page 2, table 三's 总计 column: boxes from x 1530 and 1525, the rule at
// 1541). Taken as straddlers, the cell's two-line ink re-read as nothing and both glyphs were emptied:
// the table had no 总计 column and was not found (15 of 200 cells). Sure Chinese glyphs are no rule
// read as a digit; a 无 or a number over the rule is still re-read (cell-reread.ts isStraddler).
import { describe, expect, it } from 'vitest'
import { holdsWords, isStraddler, type ReadBox } from '../../src-main/readers/ocr/cell-rule-readings'
import type { CellRect } from '../../src-main/readers/ocr/grid-cells'

const cell: CellRect = { x0: 1541, y0: 261, x1: 1605, y1: 355 }
const box = (text: string, x: number, y: number, w: number, h: number, minConfidence = 1): ReadBox => ({
  box: { x, y, w, h, score: 1 },
  read: { text, confidence: minConfidence, minConfidence, steps: [] },
})

describe('a box over its cell\'s left rule', () => {
  it('holding sure header glyphs is no straddler (总, 计 of gen-3 ordinary)', () => {
    expect(isStraddler(box('总', 1530, 271, 54, 38), cell)).toBe(false)
    expect(isStraddler(box('计', 1525, 313, 61, 41), cell)).toBe(false)
  })
  it('holding a number, a 无 or an unsure glyph still is', () => {
    expect(isStraddler(box('10', 1530, 271, 54, 38), cell)).toBe(true)
    expect(isStraddler(box('无', 1530, 271, 54, 38), cell)).toBe(true)
    expect(isStraddler(box('作', 1530, 271, 54, 38, 0.07), cell)).toBe(true)
  })
  it('inside its rules, no box is one', () => {
    expect(isStraddler(box('20', 1550, 271, 40, 38), cell)).toBe(false)
  })
})

// The same header at 150 dpi (gen-3 ordinary-150dpi): 其 / 他, each read surely, inside their cell. Re-read
// as one crop for a number, the two lines came back a sure 「8」 and table 三 lost its 其他 column. Sure
// single glyphs hold words (holdsWords): re-read for a heading only; a unit, a 无 or its look-alike,
// or an unsure glyph do not.
describe('a cell of sure single glyphs', () => {
  it('holds words (其 / 他)', () => {
    expect(holdsWords([box('其', 1115, 205, 30, 30), box('他', 1115, 236, 30, 30)])).toBe(true)
  })
  it('a unit, a 无, a 元 or an unsure glyph is no word', () => {
    expect(holdsWords([box('件', 1115, 236, 30, 30)])).toBe(false)
    expect(holdsWords([box('无', 1115, 236, 30, 30)])).toBe(false)
    expect(holdsWords([box('元', 1115, 236, 30, 30)])).toBe(false)
    expect(holdsWords([box('喜', 1115, 236, 30, 30, 0.5)])).toBe(false)
  })
})
