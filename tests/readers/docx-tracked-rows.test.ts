// A draft's table row deleted under tracked changes (w:trPr/w:del, its text in w:delText): no row of
// the table as it stands. It was kept as a row of empty cells, and table 四 with such a row above its
// numbers was left unread (review rv28: 60 cells in 4 DOCX). The row is dropped; a row whose cells'
// text alone is deleted stays (its cells are blank now).
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { documentXmlBlocks } from '../../src-main/readers/docx'

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const DEL = 'w:id="1" w:author="a" w:date="2024-01-10T09:00:00Z"'
const cell = (t: string): string => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`
const delCell = (t: string): string => `<w:tc><w:p><w:del ${DEL}><w:r><w:delText>${t}</w:delText></w:r></w:del></w:p></w:tc>`
const rows = (body: string): string[][] => {
  const t = documentXmlBlocks(`<w:document ${NS}><w:body><w:tbl>${body}</w:tbl></w:body></w:document>`).find((b): b is TableBlock => b.kind === 'table')
  return t ? t.rows.map((r) => r.map((c) => c.text)) : []
}

describe('table rows deleted under tracked changes', () => {
  it('are not rows of the table', () => {
    const got = rows(`<w:tr>${cell('结果维持')}${cell('总计')}</w:tr><w:tr><w:trPr><w:del ${DEL}/></w:trPr>${delCell('9')}${delCell('9')}</w:tr><w:tr>${cell('3')}${cell('5')}</w:tr>`)
    expect(got).toEqual([['结果维持', '总计'], ['3', '5']])
  })

  it('are not rows when the mark is written open and closed (<w:del …></w:del>, hr28)', () => {
    expect(rows(`<w:tr>${cell('A')}</w:tr><w:tr><w:trPr><w:del ${DEL}></w:del></w:trPr>${delCell('9')}</w:tr><w:tr>${cell('3')}</w:tr>`)).toEqual([['A'], ['3']])
  })

  it('a row whose cells\' text alone is deleted stays, blank', () => {
    expect(rows(`<w:tr>${cell('A')}</w:tr><w:tr>${delCell('9')}</w:tr>`)).toEqual([['A'], ['']])
  })
})
