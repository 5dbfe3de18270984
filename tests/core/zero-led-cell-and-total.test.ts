// A footnote mark glued onto a 0 cell AND onto its row's total (「01 0 0 0 0 0 01」, hostile review,
// session 14): the row adds up as printed (1 = 1) and as the zeros it really holds (0 = 0), so neither
// reading is proven. Before, table 三's row and table 四's group were read as printed — wrong numbers,
// and a false 「总计不符」 flag blamed on the report. A single such cell is still left empty alone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const text = readFileSync(join(__dirname, 'fixtures', 'zero-led-cell-and-total.txt'), 'utf8')
const got = extractReport(textToDocument(text, 'zero-led.txt'))
const notesOf = (field: string): string[] => got.notes.filter((n) => n.field === field).map((n) => n.message)

describe('zero-led cells on a cell and its total', () => {
  it('leaves the table-三 row unread, with a note saying both readings add up', () => {
    expect(text).toContain('1.属于国家秘密 01 0 0 0 0 0 01')
    expect((got.report.requests.rows['withheld.stateSecret'] ?? []).every((x) => x === null)).toBe(true)
    expect(notesOf('requests.withheld.stateSecret').join()).toContain('都可相符')
  })
  it('still empties only the one cell of a row with a single zero-led cell, the rest proven by its total', () => {
    expect(text).toContain('2.没有现成信息需要另行制作 1 03 0 0 0 0 1')
    const row = got.report.requests.rows['unavailable.needsCreation']
    expect(row).toEqual([1, null, 0, 0, 0, 0, 1])
  })
  it('never reads table 四\'s marked group as printed (复议后起诉 0 01 0 0 01)', () => {
    const after = got.report.reviewLitigation.litigationAfterReview
    expect(after?.every((x) => x === null) ?? true).toBe(true)
    expect(notesOf('reviewLitigation.litigationAfterReview').join()).toContain('以 0 开头')
  })
})
