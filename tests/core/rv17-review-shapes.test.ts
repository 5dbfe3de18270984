// Shapes a hostile review (rv17) found lost or misread, now read right:
// F4. pdftotext -layout of LibreOffice's standard table 三 header: the template's note wrapped over two
//     lines, 社会 printed on the note's second line. Taking the note out shifted 社会 left, and the
//     indent rule read 社会公益组织 as standing left of 科研机构: every applicant column was refused.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const read = (name: string) => extractReport(textToDocument(readFileSync(join(__dirname, 'fixtures/rv17', name), 'utf8'), name))

describe('rv17: shapes lost before', () => {
  it('a header line that held part of the template\'s note gives no indent evidence', () => {
    const { report, notes } = read('t3-layout-note-wrapped.txt')
    expect(report.requests.rows.received).toEqual([40, 6, 1, 0, 2, 1, 50])
    expect(report.requests.rows.carriedOver).toEqual([3, 1, 0, 0, 0, 0, 4])
    expect(notes.some((n) => n.field.startsWith('requests') && /列序与模板不同/.test(n.message))).toBe(false)
  })

  it('the same header with 科研 printed left of 商业企业 on a line of their own is still refused', () => {
    const text = readFileSync(join(__dirname, 'fixtures/rv17/t3-layout-note-wrapped.txt'), 'utf8').replace('                          商业企业    公益', '              科研        商业企业    公益').replace('                    自然人        科研 ', '                    自然人        社会 ')
    const { report } = extractReport(textToDocument(text, 'x.txt'))
    expect(report.requests.rows.received?.slice(1, 6) ?? [null, null, null, null, null]).toEqual([null, null, null, null, null])
  })
})
