// PDF text: numbers printed in full-width digits (４０９) in cells apart on one line are separate
// numbers. Full-width digits are CJK characters, and CJK pieces are joined without a space, so an
// unruled table's row read as one run of digits (４０９５２２３９８４８３) and was left unread; a label
// and its numbers ran together too. Pieces that touch stay one number; CJK words stay unspaced.
import { describe, expect, it } from 'vitest'
import { joinItems, type PdfItem } from '../../src-main/readers/pdf-layout/text-join'

/** A piece of `str` at x, each character one em wide (full-width glyphs). */
const piece = (str: string, x: number, size = 12): PdfItem => ({ str, x, y: 100, w: [...str].length * size, size })

describe('PDF line text: full-width digits', () => {
  it('keeps numbers apart on the line apart, and a label apart from its first number', () => {
    expect(joinItems([piece('数量', 40), piece('４０９', 100), piece('５２', 150), piece('４８３', 190)])).toBe('数量 ４０９ ５２ ４８３')
  })

  it('joins pieces that touch (one number set in two runs) and CJK words with a gap, as before', () => {
    expect(joinItems([piece('４０', 100), piece('９', 124)])).toBe('４０９')
    expect(joinItems([piece('情', 100), piece('形', 118)])).toBe('情形')
    expect(joinItems([piece('2', 100, 12), piece('3', 118, 12)])).toBe('2 3')
  })
})
