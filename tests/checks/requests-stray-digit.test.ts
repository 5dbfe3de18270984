// A table 三 cell left unread for one extra digit (shared/extract/requests-stray-digit.ts) may be the
// report's own typo (66 printed 666): the flag must show the printed value and both readings, never
// hide a possible arithmetic error behind a "footnote mark" (session-6 review, §3).
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../shared/checks/index'
import { DEFAULT_CHECK_SETTINGS } from '../../shared/checks/settings'
import { findStrayDigitCells, unreadStrayDigitCells } from '../../shared/extract/requests-stray-digit'
import type { ExtractionNote } from '../../shared/model/extraction'
import type { RequestRow } from '../../shared/model/report'
import { makeReport } from './make-report'

/** The made-up report with one cell of （一）予以公开 printed with a doubled digit, read as the extractor reads it. */
function withDoubledDigit(column: number) {
  const e = makeReport()
  const granted = e.report.requests.rows.granted!
  const value = granted[column]!
  const printed = Number(`${value}${String(value).slice(-1)}`)
  const rows = { ...e.report.requests.rows, granted: granted.map((x, c) => (c === column ? printed : x)) as RequestRow }
  const notes: ExtractionNote[] = []
  e.report.requests.rows = unreadStrayDigitCells(rows, findStrayDigitCells(rows), notes)
  e.notes.push(...notes)
  return { e, value, printed, granted }
}

describe('REQUESTS_STRAY_DIGIT', () => {
  it('a doubled last digit of a row total: the printed value, the row sum and both readings', () => {
    const { e, value, printed } = withDoubledDigit(6)
    expect(e.report.requests.rows.granted![6]).toBeNull()
    const flags = checkReport({ id: 'r', extraction: e }, DEFAULT_CHECK_SETTINGS)
    const f = flags.find((x) => x.id === 'REQUESTS_STRAY_DIGIT')
    expect(f?.severity).toBe('warning')
    expect(f?.message).toContain(`（一）予以公开 总计栏印为 ${printed}，与本行各栏之和 ${value} 不符`)
    expect(f?.message).toContain('为脚注标记则相符')
    expect(f?.message).toContain('也可能是报告本身的笔误')
    // The cell was printed: not a blank cell of the report.
    expect(flags.map((x) => x.id)).not.toContain('TABLE_CELL_BLANK')
    // The extraction's note does not call the digit a footnote mark.
    expect(e.notes[0]!.message).not.toMatch(/疑为脚注/)
    expect(e.notes[0]!.message).toContain('笔误')
  })

  it('an applicant column: the sum as printed against the 总计', () => {
    const { e, printed, granted } = withDoubledDigit(0)
    const sum = granted.slice(0, 6).reduce<number>((a, x, c) => a + (c === 0 ? printed : x!), 0)
    const f = checkReport({ id: 'r', extraction: e }, DEFAULT_CHECK_SETTINGS).find((x) => x.id === 'REQUESTS_STRAY_DIGIT')
    expect(f?.message).toContain(`自然人栏印为 ${printed}，本行各栏之和 ${sum} 与总计栏 ${granted[6]} 不符`)
  })

  it('stays quiet on a report without such a cell', () => {
    expect(checkReport({ id: 'r', extraction: makeReport() }, DEFAULT_CHECK_SETTINGS).map((f) => f.id)).not.toContain('REQUESTS_STRAY_DIGIT')
  })
})
