// A DOCX or OFD whose XML part stops halfway (a broken download, a damaged archive entry; review rv18x
// x02, o10): what is there is read, and the report says the rest is missing — before, it just ended,
// and the notes blamed sections and rows 「未找到」.
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../src-main/readers/docx'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { xmlCutShort } from '../../src-main/readers/xml-scan'
import { writeOfd, type OfdStyle } from './ofd-writer'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${para('一、总体情况')}${para('全年主动公开政府信息 1,234 条。')}${para('二、主动公开政府信息情况')}</w:body></w:document>`

describe('xmlCutShort', () => {
  it('a whole part is not cut short, with or without a declaration, a comment or trailing space', () => {
    expect(xmlCutShort(DOCUMENT)).toBe(false)
    expect(xmlCutShort(`<!-- made by hand -->\n<ofd:Page xmlns:ofd="x"><ofd:Content/></ofd:Page>\n\n`)).toBe(false)
    expect(xmlCutShort('<ofd:Page xmlns:ofd="x"/>')).toBe(false)
    // After the root: a comment, a processing instruction, NUL padding (review rv18b x01, x03, x02).
    expect(xmlCutShort(`${DOCUMENT}\n<!-- generated -->\n`)).toBe(false)
    expect(xmlCutShort(`${DOCUMENT}<?done yes?>`)).toBe(false)
    expect(xmlCutShort(`${DOCUMENT}\u0000\u0000\u0000`)).toBe(false)
  })
  it('a part that stops inside its root is', () => {
    expect(xmlCutShort(DOCUMENT.slice(0, DOCUMENT.indexOf('二、')))).toBe(true)
    expect(xmlCutShort(DOCUMENT.slice(0, -2))).toBe(true)
    expect(xmlCutShort('<?xml version="1.0"?><ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer>')).toBe(true)
  })
})

describe('a DOCX whose document.xml stops halfway', () => {
  const docx = (xml: string) => zipSync({ 'word/document.xml': new TextEncoder().encode(xml) })
  it('reads what is there and notes the rest is missing', () => {
    const r = readDocx(docx(DOCUMENT.slice(0, DOCUMENT.indexOf('二、'))), '/x/a.docx', 'a.docx')
    if (!r.ok) throw new Error(r.error.message)
    expect(r.document.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('1,234'))).toBe(true)
    expect(r.document.notes?.some((n) => n.includes('中途断开'))).toBe(true)
  })
  it('a whole document gets no such note', () => {
    const r = readDocx(docx(DOCUMENT), '/x/a.docx', 'a.docx')
    if (!r.ok) throw new Error(r.error.message)
    expect(r.document.notes ?? []).toEqual([])
  })
})

describe('an OFD whose page XML stops halfway', () => {
  const TEXT = [{ text: '一、总体情况', x: 30, y: 60, size: 4 }, { text: '本年度主动公开政府信息 1,234 条。', x: 30, y: 70, size: 4 }]
  const BASE: OfdStyle = { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }
  it('reads the pages that are whole and names the page cut short', () => {
    const files = unzipSync(writeOfd([{ texts: TEXT, rules: [] }, { texts: TEXT, rules: [] }], BASE))
    const page = new TextDecoder().decode(files['Doc_0/Pages/Page_1/Content.xml'])
    files['Doc_0/Pages/Page_1/Content.xml'] = new TextEncoder().encode(page.slice(0, Math.floor(page.length / 2)))
    const r = readOfd(zipSync(files), '/x/a.ofd', 'a.ofd')
    if (!r.ok) throw new Error(r.error.message)
    expect(r.document.notes?.some((n) => n.startsWith('第 2 页') && (n.includes('中途断开') || n.includes('已损坏')))).toBe(true)
    expect(r.document.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('1,234'))).toBe(true)
  })
})
