// A paragraph style that hides its text (w:vanish in the style's run properties) hides every run of
// its paragraphs, as Word shows them: a hidden 「9」 paragraph in a cell was read with the visible 「10」
// as 910 (hostile review hr28). A run that sets itself visible (w:vanish w:val="0") shows.
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { documentXmlBlocks } from '../../src-main/readers/docx'
import { runStyles, sizeBase } from '../../src-main/readers/docx-runs'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const STYLES = `<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"/><w:style w:type="paragraph" w:styleId="HidP"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`
const cellText = (cell: string): string => {
  const blocks = documentXmlBlocks(`<w:document ${W}><w:body><w:tbl><w:tr><w:tc>${cell}</w:tc></w:tr></w:tbl></w:body></w:document>`, undefined, runStyles(STYLES), sizeBase(STYLES))
  return (blocks.find((b): b is TableBlock => b.kind === 'table')?.rows[0]?.[0]?.text ?? '').replace(/\n/g, '|')
}
const p = (style: string | null, runs: string): string => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs}</w:p>`
const r = (t: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>${t}</w:t></w:r>`

describe('a paragraph style that hides its text', () => {
  it('hides its paragraphs\' runs; the next paragraph is seen', () => {
    expect(cellText(p('HidP', r('9')) + p(null, r('10')))).toBe('10')
    expect(cellText(p(null, r('10')) + p('HidP', r('9')))).toBe('10')
  })

  it('a run that sets itself visible shows', () => {
    expect(cellText(p('HidP', r('9') + r('10', '<w:vanish w:val="0"/>')))).toBe('10')
  })
})
