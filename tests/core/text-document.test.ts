// textToDocument: the page each line is on, from page markers and form feeds (pdftotext output).
import { describe, expect, it } from 'vitest'
import { textToDocument } from '../../shared/text/text-document'

const pages = (text: string): (number | undefined)[] => textToDocument(text, 'x.txt').blocks.map((b) => b.loc.page)

describe('textToDocument: pages', () => {
  it('counts form feeds alone', () => {
    expect(pages('第一页\n\f第二页\n\f第三页\n')).toEqual([undefined, 2, 3])
  })

  it('counts a footer marker and the form feed after it as one page break', () => {
    expect(pages('第一页\n— 1 —\n\f第二页\n— 2 —\n\f第三页\n— 3 —\n')).toEqual([undefined, 2, 3])
  })

  it('reads header markers as the page they head', () => {
    expect(pages('— 1 —\n第一页\n\f— 2 —\n第二页\n')).toEqual([1, 2])
  })

  it('drops the markers and keeps line numbers', () => {
    const doc = textToDocument('第一页\n- 1 -\n第二页\n', 'x.txt')
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.loc.line] : null))).toEqual([['第一页', 1], ['第二页', 3]])
  })
})

describe('textToDocument: a form feed alone on its line', () => {
  it('starts the next page (pdftotext puts a bare form feed where the next page has nothing on top)', () => {
    expect(pages('第一页\n6\n\f\n第二页\n\f\n\n第三页\n')).toEqual([undefined, undefined, 2, 3])
  })
})
