// A footnote mark that lost its raise: LibreOffice turns a <span> set smaller into a DOCX run with
// a smaller w:sz only, and prints a smaller "1" on the baseline after "789" (review s6 §5 F2,
// lo-span-super.docx/.pdf: 行政处罚 read 7891). Digits set clearly smaller than the number they follow
// are a mark; a little smaller (or as large but raised, in a PDF) is kept apart — the cell holds
// two numbers and is left unread with a note — never glued on.
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'
import { documentXmlBlocks, readDocx } from '../../src-main/readers/docx'
import { runStyles, sizeBase } from '../../src-main/readers/docx-runs'
import { markRaisedPieces } from '../../src-main/readers/pdf-layout/raised-marks'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import { groupLines, joinItems, type PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const run = (props: string, text: string): string => `<w:r><w:rPr>${props}</w:rPr><w:t>${text}</w:t></w:r>`
const sz = (halfPoints: number): string => `<w:sz w:val="${halfPoints}"/>`
const cellXml = (paraProps: string, runs: string): string =>
  `<w:document ${W}><w:body><w:tbl><w:tr><w:tc><w:p>${paraProps}${runs}</w:p></w:tc></w:tr></w:tbl><w:p>${paraProps}${runs.replace(/789/, '主动公开政府信息8765')}${run('', '条')}</w:p></w:body></w:document>`
/** A styles.xml as LibreOffice writes it: the size in docDefaults and in the default paragraph style; a table style with none. */
const STYLES =
  `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr>${sz(24)}</w:rPr></w:rPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr>${sz(24)}</w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="TableContents"><w:basedOn w:val="Normal"/><w:rPr></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Small"><w:rPr>${sz(14)}</w:rPr></w:style></w:styles>`

/** The table cell's text and the paragraph's text of a document built from `runs`. */
function read(runs: string, paraProps = '<w:pPr><w:pStyle w:val="TableContents"/></w:pPr>', styles = STYLES): [string, string] {
  const blocks = documentXmlBlocks(cellXml(paraProps, runs), undefined, runStyles(styles), sizeBase(styles))
  const t = blocks[0] as TableBlock
  return [t.rows[0]![0]!.text, blocks[1]!.kind === 'paragraph' ? blocks[1]!.text : '']
}

describe('DOCX: a smaller digit on the baseline after a number', () => {
  it('is a mark when clearly smaller: size from the paragraph style through w:basedOn (lo-span-super.docx: 7891)', () => {
    expect(read(run('', '789') + run(sz(14), '1'))).toEqual(['789¹', '主动公开政府信息8765¹条'])
    // Two digits of a footnote number.
    expect(read(run('', '789') + run(sz(14), '12'))[0]).toBe('789¹²')
  })

  it('takes the size of a paragraph without a style from the default paragraph style, or docDefaults', () => {
    expect(read(run('', '789') + run(sz(14), '1'), '')[0]).toBe('789¹')
    const onlyDefaults = `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr>${sz(24)}</w:rPr></w:rPrDefault></w:docDefaults></w:styles>`
    expect(read(run('', '789') + run(sz(14), '1'), '', onlyDefaults)[0]).toBe('789¹')
  })

  it('compares with the number’s own size where the run sets it, and with a character style’s', () => {
    expect(read(run(sz(32), '789') + run(sz(20), '1'))[0]).toBe('789¹')
    const styles = STYLES.replace('</w:styles>', `<w:style w:type="character" w:styleId="Fn"><w:rPr>${sz(12)}</w:rPr></w:style></w:styles>`)
    expect(read(run('', '789') + run('<w:rStyle w:val="Fn"/>', '1'), undefined, styles)[0]).toBe('789¹')
  })

  it('keeps a little smaller digit apart (not proven a mark, not proven a digit), and more than two small digits', () => {
    expect(read(run('', '789') + run(sz(20), '1'))[0]).toBe('789 1')
    expect(read(run('', '789') + run(sz(14), '123'))[0]).toBe('789 123')
  })

  it('leaves alone digits of the same size, a smaller number after words, and a paragraph set small throughout', () => {
    expect(read(run('', '789') + run(sz(23), '1'))[0]).toBe('7891')
    expect(read(run('', '789') + run(sz(24), '1'))[0]).toBe('7891')
    expect(read(run('', '行政处罚') + run(sz(14), '35'))[0]).toBe('行政处罚35')
    expect(read(run('', '78') + run('', '91'), '<w:pPr><w:pStyle w:val="Small"/></w:pPr>')[0]).toBe('7891')
    // Without any size known nothing changes.
    expect(read(run('', '789') + run('', '1'), '', `<w:styles ${W}></w:styles>`)[0]).toBe('7891')
  })

  it('a paragraph style named in a tracked change (w:pPrChange) is not the paragraph’s', () => {
    const pPr = '<w:pPr><w:pStyle w:val="TableContents"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Small"/></w:pPr></w:pPrChange></w:pPr>'
    expect(read(run('', '789') + run(sz(14), '1'), pPr)[0]).toBe('789¹')
  })

  it('readDocx reads the sizes from styles.xml, and the extractor reads 789 in section 二', () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
    const body = ['二、主动公开政府信息情况', '信息内容 本年处理决定数量', '行政许可 5'].map((t) => `<w:p>${run('', t)}</w:p>`).join('')
    const row = `<w:tr><w:tc><w:p>${run('', '行政处罚')}</w:p></w:tc><w:tc><w:p>${run('', '789')}${run(sz(14), '1')}</w:p></w:tc></w:tr>`
    const xml = `<w:document ${W}><w:body>${body}<w:tbl>${row}</w:tbl></w:body></w:document>`
    const out = readDocx(zipSync({ 'word/document.xml': enc(xml), 'word/styles.xml': enc(STYLES) }), 'x.docx', 'x.docx')
    expect(out.ok).toBe(true)
    if (!out.ok) return
    const t = out.document.blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(t.rows[0]![1]!.text).toBe('789¹')
    expect(out.document.notes).toBeUndefined()
    // A little smaller: kept apart, and the document says so, naming the number.
    const apart = readDocx(zipSync({ 'word/document.xml': enc(xml.replace(sz(14), sz(20))), 'word/styles.xml': enc(STYLES) }), 'x.docx', 'x.docx')
    expect(apart.ok && apart.document.notes?.[0]).toMatch(/数字“789”后紧跟字号略小的“1”/)
  })
})

const piece = (str: string, x: number, y: number, size: number): PdfItem => ({ str, x, y, w: str.length * size * 0.5, size })
const line = (items: PdfItem[]): string => groupLines(markRaisedPieces(items)).map((l) => joinItems(l.items)).join('|')

describe('positioned text (PDF/OFD/OCR): a smaller digit on the number’s baseline', () => {
  it('is a mark when clearly smaller (lo-span-super.pdf: "789" at 12 pt, "1" at 7 pt on the baseline)', () => {
    expect(line([piece('789', 172.3, 437.69, 12), piece('1', 190.3, 437.69, 7)])).toBe('789¹')
    // Without the rule it read 7891.
    expect(groupLines([piece('789', 172.3, 437.69, 12), piece('1', 190.3, 437.69, 7)]).map((l) => joinItems(l.items))).toEqual(['7891'])
  })

  it('is kept apart when a little smaller, or as large but raised (position-only.pdf: 7891)', () => {
    expect(line([piece('789', 100, 100, 12), piece('1', 118, 100, 10)])).toBe('789 1')
    expect(line([piece('789', 172.3, 290.69, 12), piece('1', 190.3, 294.09, 12)])).toBe('789 1')
  })

  it('leaves alone a same-size piece of the number, a small digit before a number, and small digits beside words', () => {
    expect(line([piece('78', 100, 100, 12), piece('91', 112, 100, 12)])).toBe('7891')
    expect(line([piece('1', 94, 100, 7), piece('35', 97.5, 100, 12)])).toBe('135')
    expect(line([piece('行政处罚', 100, 100, 12), piece('35', 124, 100, 7)])).toBe('行政处罚35')
  })

  it('section 二 then reads 789, or leaves the cell unread with a note where the digit was only kept apart', () => {
    const read = (mark: PdfItem): { value: number | null | undefined; notes: string[] } => {
      const page = pageContent(1, 600, 800, [piece('二、主动公开政府信息情况', 50, 500, 12), piece('行政处罚', 50, 400, 12), piece('789', 200, 400, 12), mark], [])
      const text = page.entries.map((e) => (e.kind === 'line' ? e.text : '')).join('\n')
      const ex = extractReport(textToDocument(`${text}\n行政许可 5`, 'x.txt'))
      return { value: ex.report.activeDisclosure.penalties?.decisions, notes: ex.notes.filter((n) => n.field === 'activeDisclosure.penalties').map((n) => n.message) }
    }
    expect(read(piece('1', 218, 400, 7)).value).toBe(789)
    const apart = read(piece('1', 218, 400, 10))
    expect(apart.value ?? null).toBeNull()
    expect(apart.notes.join('')).toMatch(/行政处罚/)
  })
})
