// Numbers read by OCR are kept only where the table's own sums vouch for them.
import { describe, expect, it } from 'vitest'
import { keepVouchedOcrNumbers } from '../../shared/extract/ocr-proof'
import type { Report } from '../../shared/model/report'
import { clone, makeReport } from '../checks/make-report'
import { printedColumnHeader, printedDisclosureRows } from '../ocr/disclosure-rows'

describe('OCR numbers vouched for by the table sums', () => {
  it('a balanced table read by OCR is kept whole, with no note', () => {
    for (const template of ['2019', '2021'] as const) {
      const report = makeReport({ template }).report
      const before = clone(report)
      expect(keepVouchedOcrNumbers(report, printedDisclosureRows(report), printedColumnHeader(template))).toEqual([])
      expect(report).toEqual(before)
    }
  })

  it('a misread total in a row with a doubtful (empty) cell is emptied; the rest stays', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    // 不予处理（重复申请） printed [1,0,0,0,0,0,1]: the 1 was doubtful (left empty) and the total read as 2.
    rows['notProcessed.duplicate'] = [null, 0, 0, 0, 0, 0, 2]
    const notes = keepVouchedOcrNumbers(report).filter((n) => n.field.startsWith('requests.'))
    expect(rows['notProcessed.duplicate']![6]).toBeNull()
    expect(rows['notProcessed.duplicate']!.slice(1, 6)).toEqual([0, 0, 0, 0, 0])
    expect(rows.granted).toEqual([5, 1, 0, 0, 0, 0, 6])
    // 部分公开 [2,0,…,2] rests on its row alone now (its columns run through the emptied cells), and a
    // row that only copies one number vouches for its zeros, not for the 2.
    expect(rows.partiallyGranted).toEqual([null, 0, 0, 0, 0, 0, null])
    expect(notes.map((n) => n.field)).toEqual(['requests.partiallyGranted', 'requests.notProcessed.duplicate'])
    expect(notes[1]!.message).toContain('第 7 列')
  })

  it('a number only copied across a row (x + 0 + … = x) is not vouched for by that row', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    // 不予处理（重复申请） printed [1,0,0,0,0,0,1]; faint print read both 1s as 7. The row holds
    // (7 = 7), but columns 一 and 总计 do not: the 7s are emptied, the zeros kept.
    rows['notProcessed.duplicate'] = [7, 0, 0, 0, 0, 0, 7]
    const notes = keepVouchedOcrNumbers(report)
    expect(rows['notProcessed.duplicate']).toEqual([null, 0, 0, 0, 0, 0, null])
    expect(notes.map((n) => n.field)).toContain('requests.notProcessed.duplicate')
    // Read right, the same row is vouched for by its columns and kept.
    const right = makeReport().report
    expect(keepVouchedOcrNumbers(right, printedDisclosureRows(right), printedColumnHeader('2021'))).toEqual([])
    expect(right.requests.rows['notProcessed.duplicate']).toEqual([1, 0, 0, 0, 0, 0, 1])
  })

  it('a row lost entirely does not let a misread neighbour add up by chance', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    // granted printed [5,1,…,6]; partiallyGranted [2,0,…,2]. A speck lost the partial row and its
    // 2 turned up in granted's total (6 → 8): the column sum would hold without the lost row.
    rows.partiallyGranted = [null, null, null, null, null, null, null]
    rows.granted = [null, 1, 0, 0, 0, 0, 8]
    keepVouchedOcrNumbers(report)
    expect(rows.granted![6]).toBeNull()
  })

  it('an unread cell is filled where its row gives the value and its column confirms it, with a note', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    // granted printed [5,1,0,0,0,0,6]: the lone 1 was missed. Row: 6 − 5 = 1; column 二: 2 − 0 − 1 = 1.
    rows.granted = [5, null, 0, 0, 0, 0, 6]
    const notes = keepVouchedOcrNumbers(report).filter((n) => n.field.startsWith('requests.'))
    expect(rows.granted).toEqual([5, 1, 0, 0, 0, 0, 6])
    expect(notes.map((n) => n.field)).toEqual(['requests.granted'])
    expect(notes[0]!.message).toContain('第 2 列')
    expect(notes[0]!.message).toContain('合计推得')
  })

  it('cells no single sum isolates are not filled', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    // Two unread cells in each of two rows, in the same two columns: every sum through them has two
    // unknowns, so no value is proven.
    rows.granted = [5, null, null, 0, 0, 0, 6]
    rows['unavailable.notHeld'] = [1, null, null, 0, 0, 0, 2]
    const notes = keepVouchedOcrNumbers(report)
    // The zeros stand (their columns hold, and two zeros cannot be off in opposite ways). The numbers
    // in columns 一 and 总计 do not: with both rows open, 5 and 1 read for a printed 4 and 2 leave
    // every sum holding (issue 12), so column 一 alone cannot vouch for them.
    expect(rows.granted).toEqual([null, null, null, 0, 0, 0, null])
    expect(rows['unavailable.notHeld']).toEqual([null, null, null, 0, 0, 0, null])
    expect(notes.some((n) => n.message.includes('推得'))).toBe(false)
  })

  it('several unread cells, each given by its row, are filled when their column confirms them together', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    rows.granted = [5, null, 0, 0, 0, 0, 6]
    rows.handledTotal = [9, null, 0, 0, 0, 0, 11]
    keepVouchedOcrNumbers(report)
    expect(rows.granted![1]).toBe(1)
    expect(rows.handledTotal![1]).toBe(2)
  })

  it('two rows each giving an unread cell: a pair of misreadings in their read cells could move both fills and cancel (issue 12)', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    rows.granted = [5, null, 0, 0, 0, 0, 6]
    rows['unavailable.notHeld'] = [1, null, 0, 0, 0, 0, 2]
    rows.handledTotal = [9, null, 0, 0, 0, 0, 11]
    keepVouchedOcrNumbers(report)
    // 5 read for a printed 4 and 1 for a printed 2 give 2 and 0 in column 二, which adds up as well
    // (and so do 6 and 2 in column 总计 for a printed 5 and 3): neither those cells nor the fills they
    // give stand. 总计's own row gives its 2 whatever they are.
    expect(rows.granted).toEqual([null, null, 0, 0, 0, 0, null])
    expect(rows['unavailable.notHeld']).toEqual([null, null, 0, 0, 0, 0, null])
    expect(rows.handledTotal![1]).toBe(2)
  })

  it('a row whose 无 cells and total were all unread: its total comes from its row, so column 总计 still vouches for the others', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    // Every number printed in column 一 only (its copy in 总计): each row copies one number, so column
    // 总计 is the one sum that vouches for the numbers there.
    const only = (v: number): (number | null)[] => [v, 0, 0, 0, 0, 0, v]
    Object.assign(rows, { received: only(12), carriedOver: only(1), granted: only(6), partiallyGranted: only(2), 'unavailable.notHeld': only(2), 'notProcessed.duplicate': only(1), handledTotal: only(11), carriedForward: only(2) })
    // 部分公开's total was unread, and its 无 cells with it (无 is taken for 0 only where the total agrees).
    rows.partiallyGranted = [2, null, null, null, null, null, null]
    keepVouchedOcrNumbers(report)
    // Taken from column 总计 alone, the total would leave that column vouching for nothing, and 6, 2
    // and 1 there would be emptied: the row gives it too, and the column confirms it.
    expect(rows.partiallyGranted![6]).toBe(2)
    expect(rows.granted).toEqual([6, 0, 0, 0, 0, 0, 6])
    expect(rows['notProcessed.duplicate']).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(rows.handledTotal![6]).toBe(11)
    // Its zeros: each given by its own column, confirmed by the row once column 总计 gave the total.
    expect(rows.partiallyGranted).toEqual([2, 0, 0, 0, 0, 0, 2])
  })

  it('a misread cell is not hidden by a filled neighbour: the fill fails its second sum', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    // granted printed [5,1,0,0,0,0,6]; the 5 misread as 6 and the 1 missed: the row would give 0.
    rows.granted = [6, null, 0, 0, 0, 0, 6]
    keepVouchedOcrNumbers(report)
    expect(rows.granted![1]).toBeNull()
    expect(rows.granted![0]).toBeNull()
  })

  it('a row lost entirely is not filled from the columns', () => {
    const report = makeReport().report
    const rows = report.requests.rows
    delete rows.partiallyGranted
    keepVouchedOcrNumbers(report)
    expect(rows.partiallyGranted).toBeUndefined()
    // granted's own row still holds; the outcome columns, missing a row, vouch for nothing.
    expect(rows.granted).toEqual([5, 1, 0, 0, 0, 0, 6])
    expect(rows.handledTotal).toEqual([9, 2, 0, 0, 0, 0, 11])
  })

  describe('a table that prints none as a blank cell', () => {
    /** The table as read from a scan that prints every 0 as an empty cell. */
    const blankTable = (): ReturnType<typeof makeReport>['report'] => {
      const report = makeReport().report
      const rows = report.requests.rows
      for (const k of Object.keys(rows) as (keyof typeof rows)[]) rows[k] = rows[k]!.map((v) => (v === 0 ? null : v))
      return report
    }

    it('its numbers are vouched for, the blanks standing as 0 in the sums; the blanks stay empty', () => {
      const report = blankTable()
      const before = clone(report)
      expect(keepVouchedOcrNumbers(report).filter((n) => n.field.startsWith('requests.'))).toEqual([])
      expect(report.requests).toEqual(before.requests)
      expect(report.requests.rows.granted).toEqual([5, 1, null, null, null, null, 6])
    })

    it('a blank that hid a missed number vouches for no misreading beside it', () => {
      const report = blankTable()
      const rows = report.requests.rows
      // granted printed [5,1,…,6]: the 1 missed (a blank) and the 6 misread as 8.
      rows.granted = [5, null, null, null, null, null, 8]
      keepVouchedOcrNumbers(report)
      expect(rows.granted![6]).toBeNull()
      // The 5 still stands on its column (一 + … = （七）总计 holds with the rows read).
      expect(rows.granted![0]).toBe(5)
    })

    it('a row whose label was lost still counts as unknown, not as blanks', () => {
      const report = blankTable()
      const rows = report.requests.rows
      // partiallyGranted [2,…,2] lost with its label; its 2 turned up in granted's total (6 → 8).
      delete rows.partiallyGranted
      rows.granted = [5, 1, null, null, null, null, 8]
      keepVouchedOcrNumbers(report)
      expect(rows.granted![6]).toBeNull()
    })
  })

  it('a group of table 四 whose total does not hold is emptied with a note', () => {
    const report = makeReport().report
    report.reviewLitigation.review = [2, 0, 1, 0, 4]
    const notes = keepVouchedOcrNumbers(report, printedDisclosureRows(report), printedColumnHeader('2021'))
    expect(report.reviewLitigation.review).toBeNull()
    expect(report.reviewLitigation.litigationDirect).toEqual([1, 0, 0, 0, 1])
    expect(notes.map((n) => n.field)).toEqual(['reviewLitigation.review'])
  })

  it('a number only copied stands when the number on the copy\'s other side is proven by another sum', () => {
    // Every request came from one kind of applicant: each number of column 一 is printed again in
    // 总计, and the flow 一 + 二 = （七）+ 四 only copies 23 from 本年新收 to （七）总计.
    const rowsOf = (received: number, total: number): Report['requests']['rows'] => {
      const only = (v: number): number[] => [v, 0, 0, 0, 0, 0, v]
      const rows = makeReport().report.requests.rows
      for (const k of Object.keys(rows) as (keyof typeof rows)[]) rows[k] = only(0)
      return { ...rows, received: only(received), granted: only(20), partiallyGranted: only(3), handledTotal: only(total) }
    }
    const report = makeReport().report
    report.requests.rows = rowsOf(23, 23)
    keepVouchedOcrNumbers(report)
    // （七）总计 23 is proven by its column (20 + 3); 本年新收 copies it through the flow, so it stands.
    expect(report.requests.rows.received).toEqual([23, 0, 0, 0, 0, 0, 23])
    expect(report.requests.rows.handledTotal).toEqual([23, 0, 0, 0, 0, 0, 23])
    // 本年新收 misread alike in both cells (23 → 28): its flow breaks, nothing vouches for it.
    const misread = makeReport().report
    misread.requests.rows = rowsOf(28, 23)
    keepVouchedOcrNumbers(misread)
    expect(misread.requests.rows.received).toEqual([null, 0, 0, 0, 0, 0, null])
    // （七）总计 misread alike (23 → 28) with 本年新收 read right: the column breaks, so the copy
    // has no proven side and neither number stands.
    const both = makeReport().report
    both.requests.rows = rowsOf(28, 28)
    keepVouchedOcrNumbers(both)
    expect(both.requests.rows.received).toEqual([null, 0, 0, 0, 0, 0, null])
    expect(both.requests.rows.handledTotal).toEqual([null, 0, 0, 0, 0, 0, null])
  })

  it('two misreadings that cancel in one column are not vouched for by that column alone', () => {
    // granted printed [5,1,…,6], partiallyGranted [2,0,…,2]. 5 read as 3 and 2 as 4: column 一 still
    // adds up (3 + 4 + 1 + 1 = 9), but each row breaks. Neither cell stands on the column alone.
    const report = makeReport().report
    const rows = report.requests.rows
    rows.granted = [3, 1, 0, 0, 0, 0, 6]
    rows.partiallyGranted = [4, 0, 0, 0, 0, 0, 2]
    const notes = keepVouchedOcrNumbers(report)
    expect(rows.granted![0]).toBeNull()
    expect(rows.partiallyGranted![0]).toBeNull()
    // The cells the two rows do not touch stand: 不掌握 [1,1,…,2] (its row and columns hold).
    expect(rows['unavailable.notHeld']).toEqual([1, 1, 0, 0, 0, 0, 2])
    expect(rows.handledTotal![0]).toBe(9)
    expect(notes.map((n) => n.field)).toEqual(expect.arrayContaining(['requests.granted', 'requests.partiallyGranted']))
  })

  it('two misreadings that cancel in one column, in rows whose totals were both unread, are not vouched for (issue 12)', () => {
    // Printed: granted [8,1,…,9], partiallyGranted [3,0,…,3] (received and 总计 to match). Read: 8 as 3
    // and 3 as 8, both row totals unread. Each row then gives its total from the misread cell (4 and
    // 8), and those cancel in column 总计 as the cells do in column 一: every sum holds, yet four
    // numbers would be wrong. No sum but the column checks the two cells: they stay empty, with notes.
    const report = makeReport().report
    const rows = report.requests.rows
    rows.received = [14, 2, 0, 0, 0, 0, 16]
    rows.handledTotal = [13, 2, 0, 0, 0, 0, 15]
    rows.granted = [3, 1, 0, 0, 0, 0, null]
    rows.partiallyGranted = [8, 0, 0, 0, 0, 0, null]
    const notes = keepVouchedOcrNumbers(report)
    expect(rows.granted![0]).toBeNull()
    expect(rows.partiallyGranted![0]).toBeNull()
    expect(rows.granted![6]).toBeNull()
    expect(rows.partiallyGranted![6]).toBeNull()
    // Rows read whole stand: 不掌握 [1,1,…,2] and the flow rows.
    expect(rows['unavailable.notHeld']).toEqual([1, 1, 0, 0, 0, 0, 2])
    expect(rows.received).toEqual([14, 2, 0, 0, 0, 0, 16])
    expect(notes.map((n) => n.field)).toEqual(expect.arrayContaining(['requests.granted', 'requests.partiallyGranted']))
    // One such row alone (the other's total read): a misread there breaks a sum, so it is vouched for and filled.
    const one = makeReport().report
    one.requests.rows.granted = [5, 1, 0, 0, 0, 0, null]
    keepVouchedOcrNumbers(one)
    expect(one.requests.rows.granted).toEqual([5, 1, 0, 0, 0, 0, 6])
  })

  it('a number read into the wrong cell of its row: neither it nor the zero left where it was printed stands', () => {
    // 重复申请 printed [1,0,0,0,0,0,1]; a speck read as 0 took the first cell and pushed the 1 into
    // the second: the row still copies its 1 (1 = 1), column 总计 still holds. Columns 一 and 二 break.
    const report = makeReport().report
    const rows = report.requests.rows
    rows['notProcessed.duplicate'] = [0, 1, 0, 0, 0, 0, 1]
    keepVouchedOcrNumbers(report)
    expect(rows['notProcessed.duplicate']![0]).toBeNull()
    expect(rows['notProcessed.duplicate']![1]).toBeNull()
    // Its zeros in columns that hold, and its total, stand.
    expect(rows['notProcessed.duplicate']!.slice(2)).toEqual([0, 0, 0, 0, 1])
    // With the other outcome rows lost (no column to turn to), the copy's zeros stand with nothing.
    const lost = makeReport().report
    for (const k of Object.keys(lost.requests.rows) as (keyof typeof lost.requests.rows)[]) {
      if (k !== 'notProcessed.duplicate') delete lost.requests.rows[k]
    }
    lost.requests.rows['notProcessed.duplicate'] = [0, 1, 0, 0, 0, 0, 1]
    keepVouchedOcrNumbers(lost)
    expect(lost.requests.rows['notProcessed.duplicate']).toEqual([null, null, null, null, null, null, null])
  })
})
