// Section 五 printed as a table (序号 | 存在的主要问题 | 改进情况; review 10, R10-5). The column headers
// say which cell is the problem and which the measure: a document table (HTML, DOCX) is read by its
// cells, a plain-text table whose cells wrap onto the lines below by the header's column positions,
// and a table whose columns a PDF's text has run together gives no entry and a note, never problems
// listed as measures or one row's 序号 glued to another row's item. Before: problems 0, improvements 6
// (alternating), 「…纳入年度考核。2」. The texts are written for these tests.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { splitProblems } from '../../shared/extract/problems'
import type { Block, SourceDocument } from '../../shared/model/document'

const para = (text: string, i: number): Block => ({ kind: 'paragraph', text, loc: { block: i } })
const table = (rows: string[][], i: number): Block => ({ kind: 'table', rows: rows.map((r) => r.map((text) => ({ text }))), loc: { block: i } })

function report(sectionFive: Block[]): SourceDocument {
  const blocks: Block[] = [
    '一、总体情况',
    '本年度，本局认真贯彻《条例》。',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
  ].map(para)
  blocks.push(...sectionFive.map((b, k) => ({ ...b, loc: { block: blocks.length + k } })))
  blocks.push(para('六、其他需要报告的事项', blocks.length), para('本年度未收取信息处理费。', blocks.length + 1))
  return { fileName: 't.html', format: 'html', blocks }
}

const ROWS = [
  ['序号', '存在的主要问题', '改进情况'],
  ['1', '一是村务公开栏内容陈旧，部分公开栏半年未换。', '一是建立公开栏月度巡查制度。'],
  ['2', '二是政策解读以转发为主，原创解读少。', '二是组织业务科室撰写原创解读。'],
]

describe('section 五 as a document table', () => {
  it('reads the problem column as problems and the measure column as measures, the 序号 apart', () => {
    const x = extractReport(report([table(ROWS, 0)]))
    expect(x.report.problems.map((p) => p.text)).toEqual([ROWS[1]![1], ROWS[2]![1]])
    expect(x.report.improvements.map((p) => p.text)).toEqual([ROWS[1]![2], ROWS[2]![2]])
  })

  it('follows the headers, not the order: measures in the second column, a 责任单位 column beside', () => {
    const rows = [['序号', '整改措施', '存在问题', '责任单位'], ...ROWS.slice(1).map((r) => [r[0]!, r[2]!, r[1]!, '办公室'])]
    const x = extractReport(report([table(rows, 0)]))
    expect(x.report.problems.map((p) => p.text)).toEqual([ROWS[1]![1], ROWS[2]![1]])
    expect(x.report.improvements.map((p) => p.text)).toEqual([ROWS[1]![2], ROWS[2]![2]])
  })

  it('a PDF text with the two columns run together: no entry, and a note says why', () => {
    const x = extractReport(
      report(
        [
          '序',
          '存在的主要问题改进情况',
          '号',
          '一是村务公开栏内容陈旧，部分公开一是建立公开栏月度巡查1',
          '栏半年未换。制度。',
          '二是组织业务科室撰写原创解读。2 二是政策解读以转发为主，原创解读少。',
        ].map(para),
      ),
    )
    expect(x.report.problems).toEqual([])
    expect(x.report.improvements).toEqual([])
    expect(x.notes.some((n) => n.field === 'problems' && /两栏/.test(n.message))).toBe(true)
  })
})

describe('section 五 as a plain-text table whose cells wrap', () => {
  it('joins each wrapped line to the column its header stands over', () => {
    const r = splitProblems(
      [
        '序号  存在的问题                     改进措施                       时限',
        '1     公开栏内容陈旧，部分公开栏     建立公开栏月度巡查制度，         2027年3月',
        '      半年未换                       每月通报',
        '2     政策解读以转发为主             组织业务科室撰写原创解读         长期',
      ].join('\n'),
    )
    expect(r.problems.map((p) => p.text)).toEqual(['公开栏内容陈旧，部分公开栏半年未换', '政策解读以转发为主'])
    expect(r.improvements.map((p) => p.text)).toEqual(['建立公开栏月度巡查制度，每月通报', '组织业务科室撰写原创解读'])
  })

  it('guard: a prose section with a 序号-free heading line is not taken for a table', () => {
    const r = splitProblems('存在问题及整改措施\n一是公开栏内容陈旧；二是解读以转发为主。下一步，一是建立巡查制度；二是撰写原创解读。')
    expect(r.unreadTable).toBeUndefined()
    expect(r.problems).toHaveLength(2)
    expect(r.improvements).toHaveLength(2)
  })
})
