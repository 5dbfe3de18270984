// A dash that OCR reads as 「一」 in a table cell is a dash, not the count 1 (helper ocr22, gen-3 stamp:
// 「1.信访、举报、投诉类申请 | 1 | 一 | 一 | 1」 became 1 1 1 1). A typed table's 「一」 stays the numeral 1.
import { describe, expect, it } from 'vitest'
import type { SourceDocument, TableBlock } from '../../shared/model/document'
import { flatten } from '../../shared/extract/flatten'

const table = (): TableBlock => ({
  kind: 'table',
  rows: [[{ text: '1.信访、举报、投诉类申请' }, { text: '1' }, { text: '一' }, { text: '一' }, { text: '1' }]],
  loc: { block: 0, page: 1 },
})

describe('a lone 一 in a table cell', () => {
  it('read by OCR: a dash', () => {
    const doc: SourceDocument = { fileName: 's.pdf', format: 'pdf', blocks: [table()], ocr: { pages: 1, skew: [0], doubtful: [] } }
    const text = flatten(doc).text
    expect(text).toContain('—')
    expect(text).not.toMatch(/1\D+1\D+1\D+1/)
  })
  it('read by OCR only in other blocks (a web page\'s pictures): this typed table keeps its numeral', () => {
    const doc: SourceDocument = { fileName: 's.html', format: 'html', blocks: [table()], ocr: { pages: 1, skew: [0], doubtful: [], blocks: [5] } }
    expect(flatten(doc).text).not.toContain('—')
  })
  it('typed (no OCR): the numeral 1', () => {
    const doc: SourceDocument = { fileName: 's.docx', format: 'docx', blocks: [table()] }
    expect(flatten(doc).text).not.toContain('—')
    expect(flatten(doc).text).toMatch(/1\D+1\D+1\D+1/)
  })
})
