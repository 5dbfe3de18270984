// DOCX files as other writers make them (review rv28): Word for the web names its main part
// word/document2.xml (named by _rels/.rels), and a script filling a template may bind Word's namespace
// to another prefix (Python's xml.etree: ns0:p), make it the default one (<p>), or save "Strict Open
// XML" (another namespace name). Before, the first was refused as 「缺少 word/document.xml」 and the
// others read as empty; Word and LibreOffice open them all.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../src-main/readers/docx'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main'
const body = (x: string): string =>
  `<${x}p><${x}r><${x}t>一、总体情况</${x}t></${x}r></${x}p><${x}tbl><${x}tr><${x}tc><${x}p><${x}r><${x}t>行政许可</${x}t></${x}r></${x}p></${x}tc><${x}tc><${x}p><${x}r><${x}t>2293</${x}t></${x}r></${x}p></${x}tc></${x}tr></${x}tbl>`
const rootRels = (main: string): string =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`

const read = (files: Record<string, string>): string[] => {
  const r = readDocx(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))), 'x.docx', 'x.docx')
  if (!r.ok) throw new Error(r.error.message)
  return r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((row) => row.map((c) => c.text).join('|')).join('/')))
}
const WANT = ['一、总体情况', '行政许可|2293']

describe('DOCX parts and names as other writers make them', () => {
  it('reads the main part _rels/.rels names (word/document2.xml)', () => {
    expect(read({ '_rels/.rels': rootRels('/word/document2.xml'), 'word/document2.xml': `<w:document xmlns:w="${W}"><w:body>${body('w:')}</w:body></w:document>` })).toEqual(WANT)
  })

  it('reads Word\'s namespace under another prefix, as the default one, and under its Strict name', () => {
    expect(read({ 'word/document.xml': `<ns0:document xmlns:ns0="${W}"><ns0:body>${body('ns0:')}</ns0:body></ns0:document>` })).toEqual(WANT)
    expect(read({ 'word/document.xml': `<document xmlns="${W}"><body>${body('')}</body></document>` })).toEqual(WANT)
    expect(read({ 'word/document.xml': `<w:document xmlns:w="${STRICT}"><w:body>${body('w:')}</w:body></w:document>` })).toEqual(WANT)
  })

  it('a package whose named main part is missing falls back to word/document.xml', () => {
    expect(read({ '_rels/.rels': rootRels('word/gone.xml'), 'word/document.xml': `<w:document xmlns:w="${W}"><w:body>${body('w:')}</w:body></w:document>` })).toEqual(WANT)
  })

  it('a namespace declared on an inner element holds there: a hidden digit stays hidden (hr28)', () => {
    const cellRuns = `<w:r><w:rPr><x:vanish xmlns:x="${W}"/></w:rPr><w:t>9</w:t></w:r><w:r><w:t>10</w:t></w:r>`
    const got = read({ 'word/document.xml': `<w:document xmlns:w="${W}"><w:body><w:tbl><w:tr><w:tc><w:p>${cellRuns}</w:p></w:tc></w:tr></w:tbl></w:body></w:document>` })
    expect(got).toEqual(['10'])
  })

  it('finds the styles part by the main part\'s relationship, so its hidden style still hides (hr28)', () => {
    const styles = `<w:styles xmlns:w="${W}"><w:style w:type="character" w:styleId="HidX"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="stylesWithEffects.xml"/></Relationships>`
    const cellRuns = `<w:r><w:rPr><w:rStyle w:val="HidX"/></w:rPr><w:t>9</w:t></w:r><w:r><w:t>10</w:t></w:r>`
    const got = read({ 'word/document.xml': `<w:document xmlns:w="${W}"><w:body><w:tbl><w:tr><w:tc><w:p>${cellRuns}</w:p></w:tc></w:tr></w:tbl></w:body></w:document>`, 'word/_rels/document.xml.rels': rels, 'word/stylesWithEffects.xml': styles })
    expect(got).toEqual(['10'])
  })
})
