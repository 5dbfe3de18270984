// A stretch of thousands of numbers under a table heading is no table: it is left unread with a
// note, quickly, instead of taking time that grows faster than its length (or overflowing the stack).
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

describe('a table heading followed by thousands of numbers', () => {
  it('on one line: left unread with a note, in well under a second per thousand numbers', () => {
    const text = ['某局2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', `一、本年新收政府信息公开申请数量 ${Array.from({ length: 60_000 }, () => '1').join(' ')}`].join('\n')
    const t = Date.now()
    const ex = extractReport(textToDocument(text, 'long.txt'))
    expect(Date.now() - t).toBeLessThan(10_000)
    expect(ex.report.requests.rows.received ?? null).toBeNull()
    expect(ex.notes.some((n) => n.field === 'section.requests' && n.message.includes('超过 3,000 个'))).toBe(true)
  })
})
