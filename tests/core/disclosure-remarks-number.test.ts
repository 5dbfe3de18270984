// Section 二 under a 备注 column, labels grouped before their numbers (text-grouped, issue 10): the
// row above's number is set after the fees label, so the fees row holds two numbers, as many as its
// header's columns (本年收费金额, 备注). Placed by column, the neighbour's 3 was read as the amount and
// the amount taken for the remark (remarks-column seed 882502: fees 3 for 199.43). A remark is words;
// a number in its place proves nothing: the row is unread with a note.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const text = [
  '信息内容', '本年处理决定数量', '备注', '行政许可', '行政处罚', '12', '行政强制', '已办结',
  '信息内容', '本年收费金额', '备注', '行政事业性收费', '已办结', '5', '23.61万元', '',
].join('\n')

describe('a number standing where a remarks column is', () => {
  it('leaves the row unread, naming the remarks column', () => {
    const r = parseActiveDisclosure(text)
    expect(r.table.fees?.amountWanYuan ?? null).toBeNull()
    expect(r.notes.some((n) => n.field === 'activeDisclosure.fees' && n.message.includes('备注'))).toBe(true)
  })
  it('a row printing just its own cells under the same header is still read', () => {
    const r = parseActiveDisclosure(text.replace('\n5\n', '\n').replace('行政强制\n', '行政强制\n5\n'))
    expect(r.table.fees?.amountWanYuan).toBe(23.61)
  })
})

// Two labels of one small table, then fewer numbers than their cells (a blank cell the text did not
// print, its remark 「—」 taken out): the number may be either row's (remarks-column seed 881702:
// 行政处罚 blank read 行政强制 17349 for the 行政处罚 row's 17349).
describe('labels grouped before fewer numbers than their cells', () => {
  const head = ['第二十条第（六）项', '信息内容', '本年处理决定数量', '备注']
  it('leaves every row of the run unread, with a note', () => {
    const r = parseActiveDisclosure([...head, '行政处罚', '行政强制', '4821', ''].join('\n'))
    expect(r.table.penalties?.decisions ?? null).toBeNull()
    expect(r.table.enforcement?.decisions ?? null).toBeNull()
    expect(r.notes.some((n) => n.field === 'activeDisclosure.enforcement' && n.message.includes('空白的栏未印出'))).toBe(true)
  })
  it('without a remarks column the numbers stay the last label\'s, as before', () => {
    const r = parseActiveDisclosure([...head.slice(0, 3), '行政处罚', '行政强制', '4821', ''].join('\n'))
    expect(r.table.enforcement?.decisions).toBe(4821)
  })
  it('a number on the label\'s own line is that row\'s', () => {
    const r = parseActiveDisclosure([...head, '行政处罚', '行政强制  4821', ''].join('\n'))
    expect(r.table.enforcement?.decisions).toBe(4821)
  })
})
