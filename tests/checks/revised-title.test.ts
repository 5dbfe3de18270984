// Which reports are a 更正版/修订版: only the report's own title or file name says so, never the law
// it cites (review rv22: 「本报告根据新修订的《中华人民共和国政府信息公开条例》要求编制」 made a January
// first issue the version in force over its March re-issue, and the changes were told backwards).
import { describe, expect, it } from 'vitest'
import { isRevisedReport, titleOf } from '../../shared/identity/copies'
import type { Extraction } from '../../shared/model/extraction'

const withPreamble = (preamble: string): Extraction => ({ preamble }) as unknown as Extraction
const TITLE = '鹤鸣县财政局2019年政府信息公开工作年度报告'

describe('a revised version is told by its title, not by the law it cites', () => {
  it('「根据新修订的《条例》」 in the opening is not a 修订版', () => {
    const opening = '本报告根据新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。'
    expect(isRevisedReport(withPreamble(`${TITLE}\n${opening}`))).toBe(false)
    expect(isRevisedReport(withPreamble(`${TITLE}${opening}`))).toBe(false)
    expect(isRevisedReport(withPreamble(opening))).toBe(false)
    expect(isRevisedReport(withPreamble(`${TITLE}\n根据2019年修订后的《条例》规定编制本报告。`))).toBe(false)
  })
  it('a title that says 更正版 / 修订版 / 更正说明, or a file name, still marks one', () => {
    expect(isRevisedReport(withPreamble(`${TITLE}（更正版）\n本报告根据新修订的《条例》要求编制。`))).toBe(true)
    expect(isRevisedReport(withPreamble(`${TITLE}\n（修订版）\n本报告…`))).toBe(true)
    expect(isRevisedReport(withPreamble(`关于${TITLE}的更正说明\n…`))).toBe(true)
    expect(isRevisedReport(withPreamble(`【更正】${TITLE}\n…`))).toBe(true)
    expect(isRevisedReport(withPreamble(`${TITLE}\n本报告根据新修订的《条例》要求编制。`), '财政局2019年报（重新发布）.pdf')).toBe(true)
  })
  it('a mark under the title, in a note, or inside a 《》 title still counts (review rv22b)', () => {
    expect(isRevisedReport(withPreamble(`${TITLE}\n（2023年3月20日根据审核意见更正后重新发布）\n本报告…`))).toBe(true)
    expect(isRevisedReport(withPreamble(`${TITLE}\n更正说明：原报告表二有误，现予更正。\n`))).toBe(true)
    expect(isRevisedReport(withPreamble(`关于《${TITLE}（更正版）》的说明\n…`))).toBe(true)
    expect(isRevisedReport(withPreamble(`${TITLE}\n发布日期：2023-03-20（已更正）`))).toBe(true)
    expect(isRevisedReport(withPreamble(`当前位置：首页>政务公开>年度报告 ${TITLE}（更正版）`))).toBe(true)
  })
  it("the law's revision is taken out, the rest kept", () => {
    expect(titleOf(`${TITLE}\n本报告根据新修订的《中华人民共和国政府信息公开条例》要求编制。`)).toBe(`${TITLE}本报告根据要求编制。`)
    expect(titleOf('《条例》修订实施以来，本局…')).toBe('以来，本局…')
    // The law's name broken over two lines, as a PDF's or text's opening prints it (corpus-like synthetic batch).
    expect(isRevisedReport(withPreamble(`${TITLE}\n2019年度报告根据新修订《中华人民共和国政府信息公开条\n例》（以下简称《条例》\n）要求编制。`))).toBe(false)
  })
})
