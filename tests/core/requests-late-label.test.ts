// Review rv24 Z_R17 (HTML → DOCX → PDF → `pdftotext`, one cell a line; numbers doubled): after
// 「8.属于行政查询事项」 come 14 numbers that cannot be cut into rows, then 「（四）无法提供 /
// 1.本机关不掌握相关政府信息」 and its own 7 numbers. The unreadable run took 「1.本机关不掌握」 by
// position and marked it done, so its label, printed next, was passed over and its numbers went to the
// row after it (「2.没有现成信息需要另行制作」), with a note that this label was not printed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const zone = readFileSync(join(__dirname, 'fixtures/rv24/one-cell-a-line-late-label.txt'), 'utf8')

describe('a row taken by position by a run that could not be read', () => {
  it('keeps its own label for the numbers printed after it', () => {
    const got = parseRequestsTable(zone)
    const created = got.rows['unavailable.needsCreation']
    // never the numbers of 「1.本机关不掌握」 (230 80 64 72 52 6 504)
    const truth = [0, 8, 10, 2, 0, 0, 20]
    ;(created ?? []).forEach((x, c) => expect(x === null || x === truth[c]).toBe(true))
    const held = got.rows['unavailable.notHeld']
    ;(held ?? []).forEach((x, c) => expect(x === null || x === [230, 80, 64, 72, 52, 6, 504][c]).toBe(true))
    expect(got.notes.some((n) => n.message.includes('「2.没有现成信息需要另行制作」行未见行名'))).toBe(false)
  })
})
