// 「行政许可（合计）」 printed as a row before a plain 「行政许可」 row (review hr27 F3): two rows of one item,
// which one is the template's cannot be told. Before, the 合计 row's number was read as 行政许可 and the
// note gave the plain row's number to 合计. Now neither is read, and the note names both rows.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const HEAD = ['二、主动公开政府信息情况', '第二十条第（五）项', '信息内容  本年处理决定数量']
const TAIL = ['第二十条第（六）项', '信息内容  本年处理决定数量', '行政处罚  16707', '行政强制  5507']

describe('a 行政许可（合计） row and a 行政许可 row', () => {
  it('as laid-out text: neither is read, the note names both', () => {
    const r = parseActiveDisclosure([...HEAD, '行政许可（合计）  8100', '行政许可  7312', ...TAIL].join('\n'))
    expect(r.table.licensing).toEqual({ decisions: null })
    expect(r.notes.some((n) => n.field === 'activeDisclosure.licensing' && n.message.includes('两行均未读取'))).toBe(true)
    // No note gives 7312 to a 合计 row.
    expect(r.notes.some((n) => n.message.includes('合计') && n.message.includes('7312') && !n.message.includes('两行'))).toBe(false)
    expect(r.table.penalties).toEqual({ decisions: 16707 })
  })
  it('run together (crawled): the same', () => {
    const r = parseActiveDisclosure(`${HEAD.join('')}行政许可（合计）8100行政许可7312${TAIL.join('')}`)
    expect(r.table.licensing).toEqual({ decisions: null })
  })
  it('a 合计 row of its own after 行政许可: 行政许可 read, the 合计 row named with its own number', () => {
    const r = parseActiveDisclosure([...HEAD, '行政许可  7312', '合计  8100', ...TAIL].join('\n'))
    expect(r.table.licensing).toEqual({ decisions: 7312 })
    expect(r.notes.some((n) => n.message.includes('「合计」行（8100）'))).toBe(true)
  })
})
