// Table 三's net for a digit glued onto a cell (a footnote mark or hidden digit a reader could not
// leave out): the cell is emptied with a note only where one character off one cell makes the row's
// total and the table's identities hold; a report's own arithmetic error stays as printed.
import { describe, expect, it } from 'vitest'
import { findStrayDigitCells, unreadStrayDigitCells as emptyStrays, withoutStrayDigits } from '../../shared/extract/requests-stray-digit'
import { OUTCOME_ROW_KEYS, type RequestRow, type RequestRowKey } from '../../shared/model/report'
import type { ExtractionNote } from '../../shared/model/extraction'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

const unreadStrayDigitCells = (rows: Rows, notes: ExtractionNote[]): Rows => emptyStrays(rows, findStrayDigitCells(rows), notes)

/** A consistent 2021 table (made-up numbers): 120+41 new, 2 carried over, all granted, 3 carried forward. */
function table(): Rows {
  const zero = [0, 0, 0, 0, 0, 0, 0]
  const rows: Rows = {}
  for (const k of OUTCOME_ROW_KEYS) if (k !== 'otherHandling') rows[k] = [...zero]
  rows.received = [120, 30, 0, 0, 5, 6, 161]
  rows.carriedOver = [2, 0, 0, 0, 0, 0, 2]
  rows.granted = [119, 30, 0, 0, 5, 6, 160]
  rows.handledTotal = [119, 30, 0, 0, 5, 6, 160]
  rows.carriedForward = [3, 0, 0, 0, 0, 0, 3]
  return rows
}

describe('findStrayDigitCells on rows cut from run-together digits', () => {
  it('sees no stray digit in a cut row whose open cells were left empty (its known cells need not add up to 总计)', () => {
    // "661121016" with dropped blanks: the sums fix 6 and 16, the place of 1 | 1 | 2 stays open.
    const rows = { ...table(), granted: [6, null, null, null, null, null, 16] }
    // Read as printed, 16 less its first digit would be the row's sum 6: a stray "1" …
    expect(findStrayDigitCells(rows).map((s) => s.key)).toEqual(['granted'])
    // … but the row was cut by its total: nothing is stray there.
    expect(findStrayDigitCells(rows, new Set(['granted']))).toEqual([])
  })
})

describe('unreadStrayDigitCells', () => {
  it('empties 1202 in a row whose total is 161 (a trailing footnote mark), with a note', () => {
    const rows = { ...table(), received: [1202, 30, 0, 0, 5, 6, 161] }
    const notes: ExtractionNote[] = []
    const out = unreadStrayDigitCells(rows, notes)
    expect(out.received).toEqual([null, 30, 0, 0, 5, 6, 161])
    expect(notes).toHaveLength(1)
    expect(notes[0]!.field).toBe('requests.received')
    expect(notes[0]!.message).toContain('“1202”')
    expect(notes[0]!.message).toContain('去掉末位“2”')
    expect(out.granted).toEqual(table().granted)
    // For the other row checks the row is seen without the stray digit.
    expect(withoutStrayDigits(rows, findStrayDigitCells(rows)).received).toEqual([120, 30, 0, 0, 5, 6, 161])
  })

  it('empties a cell with a leading hidden digit (1120 for 120), and one in the 总计 column', () => {
    const notes: ExtractionNote[] = []
    expect(unreadStrayDigitCells({ ...table(), received: [1120, 30, 0, 0, 5, 6, 161] }, notes).received).toEqual([null, 30, 0, 0, 5, 6, 161])
    expect(notes[0]!.message).toContain('去掉首位“1”')
    expect(unreadStrayDigitCells({ ...table(), granted: [119, 30, 0, 0, 5, 6, 1604] }, []).granted).toEqual([119, 30, 0, 0, 5, 6, null])
  })

  it('leaves a consistent table and a report’s own arithmetic error as printed', () => {
    const notes: ExtractionNote[] = []
    expect(unreadStrayDigitCells(table(), notes)).toEqual(table())
    // The row's total is off by 10: no single character explains it.
    const own = { ...table(), received: [130, 30, 0, 0, 5, 6, 161] }
    expect(unreadStrayDigitCells(own, notes)).toEqual(own)
    // The row's total holds without the digit, but the column's flow (一 + 二 = （七） + 四) holds only
    // with it: the 1202 is confirmed by the table, kept as printed.
    const confirmed = { ...table(), received: [1202, 30, 0, 0, 5, 6, 161], handledTotal: [1201, 30, 0, 0, 5, 6, 160] }
    expect(unreadStrayDigitCells(confirmed, notes).received).toEqual([1202, 30, 0, 0, 5, 6, 161])
    expect(notes).toEqual([])
  })

  it('checks the identities in the cell’s own column: a report’s error in another column does not hide the stray digit', () => {
    const rows = { ...table(), received: [1202, 30, 0, 0, 5, 6, 161], carriedForward: [3, 1, 0, 0, 0, 0, 3] }
    expect(unreadStrayDigitCells(rows, []).received).toEqual([null, 30, 0, 0, 5, 6, 161])
    // Nor does an error in the same column that fails with or without the digit (carried over 3, not 2).
    const both = { ...table(), received: [1202, 30, 0, 0, 5, 6, 161], carriedOver: [3, 0, 0, 0, 0, 0, 3] }
    expect(unreadStrayDigitCells(both, []).received).toEqual([null, 30, 0, 0, 5, 6, 161])
  })

  it('where the table’s identities cannot be checked (rows missing), the row’s own total decides', () => {
    const notes: ExtractionNote[] = []
    expect(unreadStrayDigitCells({ received: [1202, 30, 0, 0, 5, 6, 161] }, notes).received).toEqual([null, 30, 0, 0, 5, 6, 161])
    expect(notes).toHaveLength(1)
    // "11" for 1: one reading (without either digit it is 1), so the cell is found once.
    expect(unreadStrayDigitCells({ received: [11, 0, 0, 0, 0, 0, 1] }, []).received).toEqual([null, 0, 0, 0, 0, 0, 1])
    // Two cells could each be the one (12 or 21 without a digit): which one cannot be told, kept as printed.
    expect(unreadStrayDigitCells({ received: [12, 21, 0, 0, 0, 0, 3] }, []).received).toEqual([12, 21, 0, 0, 0, 0, 3])
  })
})
