// An extra 「其中：…」 row inside table 三 costs that row only, with a note naming it.
import { describe, expect, it } from 'vitest'
import { read, report, table3, table4 } from './report-text'

describe('an extra 其中 row in table 三', () => {
  it('is skipped with a note naming its label; every template row still reads', () => {
    const t3 = table3(1)
    t3.splice(2, 0, ['其中：通过互联网提出申请', 10, 0, 0, 0, 0, 0, 10].join('\t'))
    const ex = read(report(t3, table4(1)))
    const rows = ex.report.requests.rows
    expect(rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    expect(rows.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(Object.values(rows).flat().some((v) => v === null)).toBe(false)
    expect(ex.notes.map((n) => n.message).join('')).toContain('「其中：通过互联网提出申请」')
  })
})

describe('rows after a 其中 row naming more parts (review rv17 b01)', () => {
  it('are skipped too, with one note naming them; every template row still reads', () => {
    const t3 = table3(1)
    t3.splice(2, 0, ['其中：当面申请', 4, 0, 0, 0, 0, 0, 4].join('\t'), ['网络申请', 10, 0, 0, 0, 0, 0, 10].join('\t'), ['信函申请', 2, 0, 0, 0, 0, 0, 2].join('\t'))
    const ex = read(report(t3, table4(1)))
    const rows = ex.report.requests.rows
    expect(rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    expect(rows.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(Object.values(rows).flat().some((v) => v === null)).toBe(false)
    expect(ex.notes.map((n) => n.message).join('')).toContain('「网络申请」「信函申请」')
  })

  it('stop at the next template row, even one whose label is its only text before the numbers', () => {
    const t3 = table3(1)
    t3.splice(2, 0, ['其中：当面申请', 4, 0, 0, 0, 0, 0, 4].join('\t'))
    const ex = read(report(t3, table4(1)))
    expect(ex.report.requests.rows.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2])
  })
})

describe('a second whole report in the file', () => {
  it('is not read, and a note names it and asks for a file of its own', async () => {
    const { checkReport } = await import('../../shared/checks/index')
    const { DEFAULT_CHECK_SETTINGS } = await import('../../shared/checks/settings')
    const first = report(table3(1), table4(1), '某县甲局2022年政府信息公开工作年度报告')
    const ex = read(`${first}\n${report(table3(2), table4(2), '某县乙局2022年政府信息公开工作年度报告')}`)
    expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    const msg = '此文件还含有另一份报告：「某县乙局2022年政府信息公开工作年度报告」，未读取，请将其另存为单独文件后导入。'
    expect(ex.notes.map((n) => n.message)).toContain(msg)
    const flags = checkReport({ id: 'r', extraction: ex }, DEFAULT_CHECK_SETTINGS)
    expect(flags.some((f) => f.message.includes(msg))).toBe(true)
    // One report alone: no such note.
    expect(read(first).notes.some((n) => n.message.includes('另一份报告'))).toBe(false)
  })
})

// Review 12 R12-13: a browser prints a `<tfoot>` 合计 row at the foot of every page; plain pdftotext
// leaves it between two rows (label alone, its seven numbers on lines after it). Before, its numbers
// were given to the next row (「3.危及“三安全一稳定”」) by position and "proven" by sums.
describe('a 合计 row repeated inside table 三 (page-foot total)', () => {
  const heji = [999, 0, 0, 0, 0, 0, 999]
  it('in cells: skipped with a note, the row after it reads its own numbers', () => {
    const t3 = table3(1)
    const at = t3.findIndex((l) => l.startsWith('2.其他法律'))
    t3.splice(at + 1, 0, ['合计', ...heji].join('\t'))
    t3.push(['合计', ...heji].join('\t'))
    const ex = read(report(t3, table4(1)))
    const rows = ex.report.requests.rows
    expect(rows['withheld.securityStability']).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(Object.values(rows).flat().some((v) => v === null)).toBe(false)
    expect(ex.notes.map((n) => n.message).join('')).toContain('2 行「合计」')
  })
  it('plain pdftotext (label alone, numbers on the lines after it): skipped, never read into the next row', () => {
    // Each row as pdftotext prints it: its label, then its numbers over two lines.
    const lines = table3(1).flatMap((l, i) => {
      const [label, ...cells] = l.split('\t')
      return i === 0 || cells.length === 0 ? [l] : [label!, cells.slice(0, 4).join(' '), cells.slice(4).join(' ')]
    })
    const at = lines.indexOf('2.其他法律行政法规禁止公开')
    lines.splice(at + 3, 0, '合计', heji.slice(0, 4).join(' '), heji.slice(4).join(' '))
    const ex = read(report(lines, table4(1)))
    const got = Object.values(ex.report.requests.rows).flat()
    expect(got).not.toContain(999)
    expect(ex.report.requests.rows['withheld.securityStability']).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
})
