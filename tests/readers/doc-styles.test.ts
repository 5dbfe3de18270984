// Word 97 style sheet: a run's effective font size (its own → character style → paragraph style →
// based-on chain → 10 pt) decides whether a digit beside a number is part of it or a smaller mark.
// hr31 szsplit: a cell's 「6」 sized directly and 「1」 in its style's same size were set apart as
// 「6 1」 (98 cells unread) while the sheet was not read. Hand-made .doc streams (doc-writer.ts).
import { describe, expect, it } from 'vitest'
import { readDocParagraphs } from '../../src-main/readers/doc-binary'
import { effectiveSize, readStyleSheet, sizeSetBy, styleSize } from '../../src-main/readers/doc-styles'
import { docStreams, styleSheetBytes, type TestParagraph, type TestStyle } from './doc-writer'

const NORMAL_16PT: TestStyle = { stk: 1, hps: 32 }

function texts(paragraphs: TestParagraph[], stsh: Uint8Array): string[] {
  return readDocParagraphs(docStreams(paragraphs, stsh), 1e6).map((p) => p.text)
}

describe('.doc: a run in its style size is measured against one sized directly', () => {
  it('a digit in its paragraph style’s size continues the number sized directly', () => {
    const sheet = styleSheetBytes([{ stk: 1, hps: 21 }])
    expect(texts([{ runs: [{ text: '6', hps: 21 }, { text: '1' }], cell: true }], sheet)).toEqual(['61\x07'])
  })

  it('the size comes through the based-on chain, and from Word’s 10 pt where no style sets one', () => {
    const chain = styleSheetBytes([{ stk: 1, hps: 28 }, { stk: 1, base: 0 }, { stk: 1, base: 1 }])
    expect(texts([{ runs: [{ text: '6', hps: 28 }, { text: '1' }], cell: true, istd: 2 }], chain)).toEqual(['61\x07'])
    const none = styleSheetBytes([{ stk: 1 }])
    expect(texts([{ runs: [{ text: '6', hps: 20 }, { text: '1' }], cell: true }], none)).toEqual(['61\x07'])
  })

  it('a digit clearly smaller than its style-sized number is a mark; a character style sizes it too', () => {
    const sheet = styleSheetBytes([NORMAL_16PT, ...Array(9).fill(null), { stk: 2 }, { stk: 2, base: 10, hps: 14 }])
    expect(texts([{ runs: [{ text: '25' }, { text: '3', hps: 14 }], cell: true }], sheet)).toEqual(['25³\x07'])
    expect(texts([{ runs: [{ text: '25' }, { text: '3', charStyle: 11 }], cell: true }], sheet)).toEqual(['25³\x07'])
    // A direct size wins over the character style's.
    expect(texts([{ runs: [{ text: '25' }, { text: '3', charStyle: 11, hps: 32 }], cell: true }], sheet)).toEqual(['253\x07'])
  })

  it('a mark raised by its character style alone (Word’s 脚注引用: superscript, no size) is a mark', () => {
    // hr32 fnstyle: 「61」 and a 「1」 in the superscript style read 611; with the run sized as the number, too.
    const sheet = styleSheetBytes([{ stk: 1, hps: 21 }, ...Array(9).fill(null), { stk: 2 }, { stk: 2, base: 10, iss: 1 }])
    expect(texts([{ runs: [{ text: '61' }, { text: '1', charStyle: 11 }], cell: true }], sheet)).toEqual(['61¹\x07'])
    expect(texts([{ runs: [{ text: '61', hps: 21 }, { text: '1', charStyle: 11, hps: 21 }], cell: true }], sheet)).toEqual(['61¹\x07'])
    // The chain: a style based on the superscript one raises too.
    const chained = styleSheetBytes([{ stk: 1, hps: 21 }, ...Array(9).fill(null), { stk: 2 }, { stk: 2, base: 10, iss: 1 }, { stk: 2, base: 11 }])
    expect(texts([{ runs: [{ text: '61' }, { text: '1', charStyle: 12 }], cell: true }], chained)).toEqual(['61¹\x07'])
    // A plain character style leaves the digit on the line: one number.
    const plainStyle = styleSheetBytes([{ stk: 1, hps: 21 }, ...Array(9).fill(null), { stk: 2 }, { stk: 2, base: 10 }])
    expect(texts([{ runs: [{ text: '61' }, { text: '1', charStyle: 11 }], cell: true }], plainStyle)).toEqual(['611\x07'])
  })

  it('a character style whose raise cannot be known (a looping chain) leaves the cell undecided, not glued', () => {
    const looping = styleSheetBytes([{ stk: 1, hps: 21 }, ...Array(9).fill(null), { stk: 2 }, { stk: 2, base: 12 }, { stk: 2, base: 11 }])
    expect(texts([{ runs: [{ text: '61', hps: 21 }, { text: '1', charStyle: 11, hps: 21 }], cell: true }], looping)).toEqual(['61 1\x07'])
  })

  it('in a table, where a table style sets a size, only sizes set on the runs are known', () => {
    // Which table style a cell is in is not followed: its 「1」 may be in the table style's 7 pt.
    const sheet = styleSheetBytes([{ stk: 1, hps: 21 }, { stk: 3, hps: 14 }])
    expect(texts([{ runs: [{ text: '6', hps: 21 }, { text: '1' }], cell: true }], sheet)).toEqual(['6 1\x07'])
    expect(texts([{ runs: [{ text: '6', hps: 21 }, { text: '1' }] }], sheet)).toEqual(['61\r'])
    // A table style setting no size (Word's 普通表格) changes nothing.
    expect(texts([{ runs: [{ text: '6', hps: 21 }, { text: '1' }], cell: true }], styleSheetBytes([{ stk: 1, hps: 21 }, { stk: 3 }]))).toEqual(['61\x07'])
  })

  it('a year whose last digit takes its style’s size reads whole in running text', () => {
    const sheet = styleSheetBytes([NORMAL_16PT])
    expect(texts([{ runs: [{ text: '202', hps: 32 }, { text: '3年' }] }], sheet)).toEqual(['2023年\r'])
  })

  it('a damaged sheet or a looping chain leaves the size unknown: the cautious rule holds, nothing hangs', () => {
    const loop = styleSheetBytes([{ stk: 1, base: 1 }, { stk: 1, base: 0 }])
    expect(texts([{ runs: [{ text: '6', hps: 21 }, { text: '1' }], cell: true }], loop)).toEqual(['6 1\x07'])
    const cut = styleSheetBytes([{ stk: 1, hps: 21 }]).subarray(0, 12)
    expect(texts([{ runs: [{ text: '6', hps: 21 }, { text: '1' }], cell: true }], cut)).toEqual(['6 1\x07'])
    // A paragraph style the sheet does not hold.
    expect(texts([{ runs: [{ text: '6', hps: 21 }, { text: '1' }], cell: true, istd: 7 }], styleSheetBytes([{ stk: 1, hps: 21 }]))).toEqual(['6 1\x07'])
  })

  it('reads the sheet’s chains and bounds', () => {
    const bytes = styleSheetBytes([{ stk: 1, hps: 24 }, { stk: 1, base: 0 }, null, { stk: 1, base: 3 }, { stk: 1, base: 99 }])
    const sheet = readStyleSheet(bytes, 0, bytes.length)!
    expect([0, 1, 2, 3, 4].map((i) => styleSize(sheet, i))).toEqual([24, 24, 'unknown', 'unknown', 'unknown'])
    expect(effectiveSize(sheet, null, null, 1)).toBe(24)
    expect(effectiveSize(sheet, 'unknown', null, 1)).toBeUndefined()
    expect(effectiveSize(null, null, null, 1)).toBeUndefined()
    expect(readStyleSheet(bytes, 0, bytes.length + 1)).toBeNull()
    // A relative size is not followed; a style applied or sprmCPlain after a size resets it.
    const s = (op: number, ...arg: number[]) => ({ op, arg: new Uint8Array(arg) })
    expect(sizeSetBy([s(0x4a43, 28, 0)])).toBe(28)
    expect(sizeSetBy([s(0x4a43, 28, 0), s(0x2a44, 2)])).toBe('unknown')
    expect(sizeSetBy([s(0x4a43, 28, 0), s(0x4a30, 11, 0)])).toBeNull()
    expect(sizeSetBy([s(0x4a43, 28, 0), s(0x2a33, 0)])).toBeNull()
    // Every cut of the sheet reads or is refused, never throws.
    for (let n = 0; n <= bytes.length; n++) expect(() => readStyleSheet(bytes.subarray(0, n), 0, n)).not.toThrow()
  })
})
