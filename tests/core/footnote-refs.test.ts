// A footnote reference printed after a number in a table cell — "120[2]", "120［2］", "120注2",
// "120（注2）" — is no digit and no cell of its own: the number is read alone (review s6 §2: the
// bracketed and 注 forms made table 三's 本年新收 row hold 8 numbers, and the whole row was lost).
import { describe, expect, it } from 'vitest'
import { readCells } from '../../shared/extract/cells'

const values = (text: string): (number | null)[] => readCells(text).map((t) => t.value)

describe('footnote references after a number', () => {
  const row = (mark: string): string => `一、本年新收政府信息公开申请数量\t120${mark}\t5\t0\t0\t1\t0\t126`
  const forms = ['[2]', '［2］', '【2】', '〔2〕', '[^2]', '[ 2 ]', '注2', ' 注2', '注 12', '（注2）', '(注2)', '［注2］']

  for (const mark of forms) {
    it(`120${mark} is 120, and the row keeps its 7 cells`, () => {
      expect(values(row(mark))).toEqual([120, 5, 0, 0, 1, 0, 126])
    })
  }

  it('full-width digits in the mark too', () => {
    expect(values('行政处罚\t789［１］')).toEqual([789])
  })

  it('the mark is not read into the number (never 1202)', () => {
    for (const mark of forms) expect(values(`120${mark}`)).not.toContain(1202)
  })

  it('a bracket or 注 that is not right after a number is left as it was', () => {
    // A lone bracketed number between cells is not a mark of a number (another rule's business).
    expect(values('5\t[2]\t7')).toContain(2)
    // 注 starting a note line is not a mark: its numbers stay for the note rules to judge.
    expect(values('注：2.本表数据\t7')).toContain(7)
    // A three-digit number in brackets is no footnote number.
    expect(values('120[345]')).toContain(345)
    // 注销 is a word, not a mark.
    expect(values('120注销 5')).toEqual([120, 5])
  })
})
