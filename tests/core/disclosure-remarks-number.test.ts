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
    const r = parseActiveDisclosure(text.replace('\n5\n', '\n'))
    expect(r.table.fees?.amountWanYuan).toBe(23.61)
  })
})
