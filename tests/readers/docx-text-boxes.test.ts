// A text box anchored in a paragraph (w:txbxContent inside a run, DrawingML or VML) has paragraphs
// of its own: they must not take the place of the paragraph they are anchored in, nor of its table
// cell. The box's text follows as text of its own (after the table, for a box in a cell).
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { documentXmlBlocks } from '../../src-main/readers/docx'

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"'
const run = (t: string): string => `<w:r><w:t>${t}</w:t></w:r>`
const drawingBox = (t: string): string => `<w:r><w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p>${run(t)}</w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></w:r>`
const vmlBox = (t: string): string => `<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>${run(t)}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
const doc = (body: string): string => `<w:document ${NS}><w:body>${body}</w:body></w:document>`
const cell = (inner: string): string => `<w:tc><w:p>${inner}</w:p></w:tc>`
const texts = (xml: string, notes: string[] = []): { table: string[][]; paragraphs: string[] } => {
  const blocks = documentXmlBlocks(xml, undefined, undefined, undefined, notes)
  const t = blocks.find((b): b is TableBlock => b.kind === 'table')
  return { table: t ? t.rows.map((r) => r.map((c) => c.text)) : [], paragraphs: blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])) }
}

describe('text boxes anchored in paragraphs', () => {
  it('keeps a cell\'s number when a box stands before it, and sets the box after the table with a note', () => {
    const notes: string[] = []
    const got = texts(doc(`<w:tbl><w:tr>${cell(run('自然人'))}${cell(drawingBox('3') + run('14'))}${cell(run('2'))}</w:tr></w:tbl><w:p>${run('四、结转')}</w:p>`), notes)
    expect(got.table).toEqual([['自然人', '14', '2']])
    expect(got.paragraphs).toEqual(['3', '四、结转'])
    expect(notes.join('')).toContain('文本框')
  })

  it('keeps the number before a VML box in a cell and the cells after it', () => {
    const got = texts(doc(`<w:tbl><w:tr>${cell(run('50') + vmlBox('注：含邮寄申请2件'))}${cell(run('7'))}</w:tr></w:tbl>`))
    expect(got.table).toEqual([['50', '7']])
    expect(got.paragraphs).toEqual(['注：含邮寄申请2件'])
  })

  it('keeps a body paragraph whole around its box, the box\'s text after it', () => {
    const got = texts(doc(`<w:p>${run('全年主动公开政府信息')}${drawingBox('①')}${run('3126条。')}</w:p><w:p>${run('下一段')}</w:p>`))
    expect(got.paragraphs).toEqual(['全年主动公开政府信息3126条。', '①', '下一段'])
  })

  it('still reads a table held in a text box as a table', () => {
    const box = `<w:r><w:drawing><wps:txbx><w:txbxContent><w:tbl><w:tr>${cell(run('行政许可'))}${cell(run('356'))}</w:tr></w:tbl></w:txbxContent></wps:txbx></w:drawing></w:r>`
    const got = texts(doc(`<w:p>${run('二、主动公开')}${box}</w:p>`))
    expect(got.table).toEqual([['行政许可', '356']])
    expect(got.paragraphs).toEqual(['二、主动公开'])
  })
})
