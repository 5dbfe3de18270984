// A DOCX holding an HTML or MHT page as a whole part (<w:altChunk r:id/>, the way web systems'
// 「导出 Word」 build a DOCX): the page's tables and text are read in the chunk's place, as Word shows
// them. Before, the part was skipped: a report's table 三 given so was lost (review rv28: 672 cells in 4
// files), and a DOCX whose whole body is one chunk read as empty.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { readDocx } from '../../src-main/readers/docx'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const p = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`
const rels = (target: string): string =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${target}"/></Relationships>`
const docx = (body: string, parts: Record<string, string>): Uint8Array =>
  zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`), ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])) })

const TABLE = '<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>2293</td></tr></table>'
const tables = (bytes: Uint8Array): string[][][] => {
  const r = readDocx(bytes, 'x.docx', 'x.docx')
  if (!r.ok) throw new Error(r.error.message)
  return r.document.blocks.filter((b): b is TableBlock => b.kind === 'table').map((t) => t.rows.map((row) => row.map((c) => c.text)))
}

describe('a DOCX with an HTML or MHT part (altChunk)', () => {
  it('reads an HTML chunk\'s table in its place, between the paragraphs around it', () => {
    const bytes = docx(`${p('二、主动公开政府信息情况')}<w:altChunk r:id="rIdA"/>${p('三、收到和处理政府信息公开申请情况')}`, {
      'word/_rels/document.xml.rels': rels('chunk1.htm'),
      'word/chunk1.htm': `<html><body>${TABLE}</body></html>`,
    })
    expect(tables(bytes)).toEqual([[['信息内容', '本年处理决定数量'], ['行政许可', '2293']]])
    const r = readDocx(bytes, 'x.docx', 'x.docx')
    const kinds = r.ok ? r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'TABLE')) : []
    expect(kinds).toEqual(['二、主动公开政府信息情况', 'TABLE', '三、收到和处理政府信息公开申请情况'])
  })

  it('reads a whole body given as one MHT chunk (html-docx style)', () => {
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Location: file:///C:/fake/document.htm\r\n\r\n<html><body><p>某县某局2024年政府信息公开工作年度报告</p>${TABLE}</body></html>\r\n--B--\r\n`
    const bytes = docx('<w:altChunk r:id="rIdA"/>', { 'word/_rels/document.xml.rels': rels('/word/afchunk.mht'), 'word/afchunk.mht': mht })
    expect(tables(bytes)).toEqual([[['信息内容', '本年处理决定数量'], ['行政许可', '2293']]])
  })

  it('names a chunk it cannot find or read, and keeps the rest', () => {
    const r = readDocx(docx(`${p('一、总体情况')}<w:altChunk r:id="rIdA"/>`, { 'word/_rels/document.xml.rels': rels('gone.htm') }), 'x.docx', 'x.docx')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['一、总体情况'])
    expect(r.document.notes?.join('')).toContain('无法解压')
  })

  it('leaves out what Word hides in a chunk: mso-hide:all text and <xml> islands (hr28)', () => {
    const row = '<tr><td>行政许可</td><td><span style="mso-hide:all">9</span>22<xml>7</xml>93</td></tr>'
    const bytes = docx('<w:altChunk r:id="rIdA"/>', { 'word/_rels/document.xml.rels': rels('chunk1.htm'), 'word/chunk1.htm': `<html><body><table>${row}</table></body></html>` })
    expect(tables(bytes)).toEqual([[['行政许可', '2293']]])
  })
})
