// Cells printed blank in table 三 (an empty table cell, kept as such by a web page or PDF): left empty,
// and the row says why (review rv17b m07b: 118 blank cells came out empty with no note).
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readHtml } from '../../src-main/readers/html'
import { report, table3, table4 } from './report-text'

/** The report as a web page: every line a paragraph, tab-separated lines table rows (empty cells kept). */
function page(text: string): string {
  const blocks: string[] = []
  let rows: string[] = []
  const flush = (): void => {
    if (rows.length) blocks.push(`<table>${rows.join('')}</table>`)
    rows = []
  }
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(`<tr>${line.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`)
    else {
      flush()
      blocks.push(`<p>${line}</p>`)
    }
  }
  flush()
  return `<html><body>${blocks.join('\n')}</body></html>`
}

function readPage(text: string) {
  const read = readHtml(new TextEncoder().encode(page(text)), 'p.html', 'p.html')
  if (!read.ok) throw new Error(read.error.message)
  return extractReport(read.document)
}

describe('blank cells in table 三', () => {
  it('are left empty, each such row with a note naming its blank cells', () => {
    const t3 = table3(1)
    t3[2] = ['二、上年结转政府信息公开申请数量', 2, '', '', '', '', '', 2].join('\t')
    t3[21] = ['2.重复申请', '', '', '', '', '', '', ''].join('\t')
    const ex = readPage(report(t3, table4(1)))
    const rows = ex.report.requests.rows
    expect(rows.carriedOver).toEqual([2, null, null, null, null, null, 2])
    expect(rows['notProcessed.duplicate']).toEqual([null, null, null, null, null, null, null])
    const note = (k: string): string => ex.notes.filter((n) => n.field === `requests.${k}`).map((n) => n.message).join('')
    expect(note('carriedOver')).toContain('有 5 格空白（未印数字），留空')
    expect(note('notProcessed.duplicate')).toContain('各格都是空白')
    // Rows printed whole get no such note.
    expect(note('received')).toBe('')
    expect(rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
  })
})
