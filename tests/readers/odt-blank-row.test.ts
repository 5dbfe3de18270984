// An ODT table (Writer's: every column declared by table:table-column) whose row is a label and blank
// cells (zeros printed blank). The reader trims trailing empty cells, the unused rest of a row as
// Calc-style tables repeat them (number-columns-repeated="1024"); within the declared columns they
// are the table's own. Trimmed to its label, the row was read as one with no numbers (the
// layout-variant suite's .odt format: whole rows of 表三 left unread).
import { describe, expect, it } from 'vitest'
import { contentXmlBlocks, textLooks } from '../../src-main/readers/odt'
import type { TableBlock } from '../../shared/model/document'

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
const cell = (text: string): string => (text ? `<table:table-cell><text:p>${text}</text:p></table:table-cell>` : '<table:table-cell><text:p/></table:table-cell>')
const row = (...cells: string[]): string => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`

function rows(columns: string, body: string): string[][] {
  const xml = `<?xml version="1.0"?><office:document-content ${NS}><office:body><office:text><table:table>${columns}${body}</table:table></office:text></office:body></office:document-content>`
  const t = contentXmlBlocks(xml, textLooks(xml)).find((b): b is TableBlock => b.kind === 'table')!
  return t.rows.map((r) => r.map((c) => c.text))
}

describe('ODT: blank cells of a row', () => {
  it('keeps the blank cells within the declared columns', () => {
    const cols = '<table:table-column/><table:table-column table:number-columns-repeated="2"/>'
    expect(rows(cols, row('项目', '自然人', '总计') + row('1.属于国家秘密', '', ''))).toEqual([
      ['项目', '自然人', '总计'],
      ['1.属于国家秘密', '', ''],
    ])
  })

  it('still drops the unused rest of a row beyond them', () => {
    const cols = '<table:table-column table:number-columns-repeated="2"/>'
    const body = `<table:table-row>${cell('合计')}${cell('5')}<table:table-cell table:number-columns-repeated="1022"/></table:table-row>`
    expect(rows(cols, body)).toEqual([['合计', '5']])
  })
})
