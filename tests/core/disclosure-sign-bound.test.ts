// Section 二 of the 2019 template run together (crawled text, variant format crawled-run): the 增/减
// sign bounds the first cell. Before, the whole row was unread (「读到 2 个数字，应为 3 个」); now the
// first cell is read and the glued change + next cell stay unread with a note. Never a split guessed.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const HEAD = '信息内容上一年项目数量本年增/减处理决定数量'

describe('section 二 run together: a cell bounded by its label and the 增/减 sign', () => {
  it('reads the first cell and leaves the glued rest unread with a note', () => {
    const got = parseActiveDisclosure(`${HEAD}行政许可1031减96167794其他对外管理服务事项802减45776270\n${HEAD}行政处罚4257增15315005行政强制140增44604`)
    expect(got.table.licensing).toEqual({ lastYearItems: 1031, change: null, decisions: null })
    expect(got.table.otherServices).toEqual({ lastYearItems: 802, change: null, decisions: null })
    expect(got.table.penalties).toEqual({ lastYearItems: 4257, change: null, decisions: null })
    expect(got.table.enforcement).toEqual({ lastYearItems: 140, change: null, decisions: null })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.licensing' && n.message.includes('「减96167794」'))).toBe(true)
  })

  it('not where the change column is not printed second (the digits before the sign are two cells)', () => {
    const got = parseActiveDisclosure(`信息内容上一年项目数量处理决定数量本年增/减行政许可1031167794减96`)
    expect(got.table.licensing).toEqual({ lastYearItems: null, change: null, decisions: null })
  })

  it('not where the first cell is missing (the sign right after the label)', () => {
    const got = parseActiveDisclosure(`${HEAD}行政许可减96167794`)
    expect(got.table.licensing).toEqual({ lastYearItems: null, change: null, decisions: null })
  })

  it('a row with its three cells apart is read whole as before', () => {
    const got = parseActiveDisclosure(`${HEAD}行政许可 1031 减96 167794`)
    expect(got.table.licensing).toEqual({ lastYearItems: 1031, change: -96, decisions: 167794 })
  })
})
