// A second report appended to the first (a 区 report with its 街道 report as 附件; review 10 R10-10):
// the first report's prose figures and its 落款 date come from its own text only — never from the
// second report, which the app says it did not read.
import { describe, expect, it } from 'vitest'
import { read, report, table3, table4 } from './report-text'

const SECOND_TITLE = '某县乙街道办事处2022年政府信息公开工作年度报告'
/** The second report's own prose: a hotline figure, a 主动公开 count, mailbox messages, a signing date. */
const SECOND_PROSE = ['12345政务服务热线全年受理群众来电874709个。', '全年共主动公开政府信息36579条。', '领导信箱共收到群众留言412件。']

function second(withTable3: boolean): string {
  const body = withTable3 ? report(table3(2), table4(2), SECOND_TITLE) : [SECOND_TITLE, '一、总体情况', '本街道依法做好政务公开工作。'].join('\n')
  // The prose after its section 一 heading, the signing date at its end.
  return body.replace('一、总体情况\n', `一、总体情况\n${SECOND_PROSE.join('')}\n`) + '\n某县乙街道办事处\n2023年1月19日'
}

const firstSigned = (date: string | null): string => report(table3(1), table4(1), '某县甲局2022年政府信息公开工作年度报告') + (date ? `\n某县甲局\n${date}` : '')

describe('a second report appended to the first', () => {
  for (const withTable3 of [true, false]) {
    it(`gives the first none of its prose figures nor its date (second report ${withTable3 ? 'with' : 'without'} a table 三)`, () => {
      const ex = read(`${firstSigned('2023年1月18日')}\n附件：\n${second(withTable3)}`)
      expect(ex.report.publishedOn).toBe('2023-01-18')
      expect(ex.report.metrics.hotlineCalls).toBeNull()
      expect(ex.report.metrics.activeDisclosureItems).toBeNull()
      expect(ex.report.metrics.messagesReceived).toBeNull()
      expect(ex.notes.map((n) => n.message)).toContain(`此文件还含有另一份报告：「${SECOND_TITLE}」，未读取，请将其另存为单独文件后导入。`)
      // Table 三 is the first report's.
      expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    })
  }

  // The second title printed on the 附件 line itself, or wrapped before its last character (a PDF's
  // text boxes: 「…年度报」 and 「告」 on lines of their own; review rv27 B: the appended body's 主动公开 count was read).
  for (const [shape, joined] of [
    ['on the 附件 line', (t: string): string => `附件：所属部门政府信息公开工作年度报告${t}`],
    ['wrapped before 告', (t: string): string => `附件：\n${t.slice(0, -1)}\n告`],
  ] as const) {
    it(`gives the first none of the second's figures when its title is ${shape}`, () => {
      const ex = read(`${firstSigned('2023年1月18日')}\n${second(true).replace(SECOND_TITLE, joined(SECOND_TITLE))}`)
      expect(ex.report.metrics.hotlineCalls).toBeNull()
      expect(ex.report.metrics.activeDisclosureItems).toBeNull()
      expect(ex.report.metrics.messagesReceived).toBeNull()
      expect(ex.notes.some((n) => n.message.startsWith('此文件还含有另一份报告'))).toBe(true)
      expect(ex.report.requests.rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    })
  }

  it('leaves the date null with a note when only the second report is signed', () => {
    const ex = read(`${firstSigned(null)}\n附件：\n${second(true)}`)
    expect(ex.report.publishedOn).toBeNull()
    expect(ex.notes.some((n) => n.field === 'publishedOn' && n.message.includes('另一份报告的落款日期'))).toBe(true)
  })

  it('reads the same figures and date when they are the first report\'s own', () => {
    const own = firstSigned('2023年1月18日').replace('一、总体情况\n', `一、总体情况\n${SECOND_PROSE.join('')}\n`)
    const ex = read(own)
    expect(ex.report.publishedOn).toBe('2023-01-18')
    expect(ex.report.metrics.hotlineCalls).toBe(874709)
    expect(ex.report.metrics.activeDisclosureItems).toBe(36579)
    expect(ex.report.metrics.messagesReceived).toBe(412)
  })
})
