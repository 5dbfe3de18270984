// A table 三 whose cells print their digits with wide letter-spacing (7.5 pt, as Word's character
// spacing 150 or CSS letter-spacing gives), made by soffice from spaced-digits.html beside the PDF:
//   soffice --headless --convert-to pdf:writer_pdf_Export tests/fixtures/readers/spaced-digits.html
// The layout reads 26 as 「2 6」. Leaving the 「2」s out as page numbers made 6 + 1 = 7 hold for
// 本年新收 and 8 for 总计 (the column sums alike): wrong numbers (review rv22b item 5). Such rows stay
// unread with a Chinese note; the rows of one-digit numbers are still read.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readFile } from '../../src-main/readers/index'

describe('table 三 with digits printed letter-spaced (PDF)', () => {
  it('never reads 26 as 6: rows whose numbers break into digits are unread with a note', async () => {
    const read = await readFile(resolve('tests/fixtures/readers/spaced-digits.pdf'))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const { report, notes } = extractReport(read.document)
    const rows = report.requests?.rows ?? {}
    // Every number read is the printed one (26, 27, 14, 15, 28 or unread, never their last digits).
    const truth: Record<string, number[]> = {
      received: [26, 1, 0, 0, 0, 0, 27],
      carriedOver: [1, 0, 0, 0, 0, 0, 1],
      granted: [14, 1, 0, 0, 0, 0, 15],
      partiallyGranted: [3, 0, 0, 0, 0, 0, 3],
      handledTotal: [27, 1, 0, 0, 0, 0, 28],
    }
    for (const [k, want] of Object.entries(truth)) {
      ;(rows as Record<string, (number | null)[] | undefined>)[k]?.forEach((v, i) => {
        if (v !== null) expect(`${k}[${i}]=${v}`).toBe(`${k}[${i}]=${want[i]}`)
      })
    }
    expect(rows.received?.[0] ?? null).toBeNull()
    expect(rows.handledTotal?.[6] ?? null).toBeNull()
    expect(notes.some((n) => n.field === 'requests.received' && n.message.includes('「2 6」') && n.message.includes('未读取'))).toBe(true)
    // The rows printed with one-digit numbers are still read.
    expect(rows.carriedOver).toEqual(truth.carriedOver)
  })
})
