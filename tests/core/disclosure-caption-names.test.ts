// Captions that name their item's rows (review rv19b W5): 「第二十条第（八）项：行政事业性收费项目及其依据、
// 标准」 holds the words 行政事业性收费, but no row stands there — the row is the label under the header
// (before: the caption was taken for the row and the rows took each other's numbers or none).
// And a page number on the section's last line, the page breaking right after it (W4).
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const TABLES: [string, string, string[]][] = [
  ['第二十条第（一）项：行政法规、规章和规范性文件', '信息内容 本年新制作数量 本年新公开数量 对外公开总数量', ['规章 0 0 0', '规范性文件 4 3 46']],
  ['第二十条第（五）项：办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果', '信息内容 上一年项目数量 本年增/减 处理决定数量', ['行政许可 120 -7 1103', '其他对外管理服务事项 10 2 55']],
  ['第二十条第（六）项：实施行政处罚、行政强制的依据、条件、程序', '信息内容 上一年项目数量 本年增/减 处理决定数量', ['行政处罚 80 -5 27', '行政强制 6 1 9']],
  ['第二十条第（八）项：行政事业性收费项目及其依据、标准', '信息内容 上一年项目数量 本年增/减', ['行政事业性收费 4 -1']],
  ['第二十条第（九）项：政府集中采购项目的目录、标准及实施情况', '信息内容 采购项目数量 采购总金额（万元）', ['政府集中采购 12 3056.8']],
]
const WANT = {
  rules: { newlyMade: 0, newlyPublished: 0, publishedTotal: 0 },
  normativeDocs: { newlyMade: 4, newlyPublished: 3, publishedTotal: 46 },
  licensing: { lastYearItems: 120, change: -7, decisions: 1103 },
  otherServices: { lastYearItems: 10, change: 2, decisions: 55 },
  penalties: { lastYearItems: 80, change: -5, decisions: 27 },
  enforcement: { lastYearItems: 6, change: 1, decisions: 9 },
  fees: { lastYearItems: 4, change: -1 },
  procurement: { projects: 12, amountWanYuan: 3056.8 },
}

describe('section 二 captions naming rows', () => {
  // Every run of consecutive tables, so that each caption stands before another table's rows.
  for (let a = 0; a < TABLES.length; a++) {
    for (let b = a + 1; b <= TABLES.length; b++) {
      it(`tables ${a + 1}–${b} with their items' words in the captions`, () => {
        const got = parseActiveDisclosure(TABLES.slice(a, b).flatMap(([c, h, rows]) => [c, h, ...rows]).join('\n'))
        for (const [k, v] of Object.entries(WANT)) if (got.spans[k as 'rules']) expect(got.table[k as 'rules']).toEqual(v)
        expect(Object.keys(got.spans).length).toBe(TABLES.slice(a, b).reduce((n, [, , rows]) => n + rows.length, 0))
      })
    }
  }
})

describe('section 二 last line a page number', () => {
  it('a short row and a centred page number just before the page that starts section 三', () => {
    const text = ['某某局2020年政府信息公开工作年度报告', '一、总体情况', '全年工作有序推进。', '二、主动公开政府信息情况', '第二十条第（八）项', '信息内容 上一年项目数量 本年增/减', '行政事业性收费            4', '', `${' '.repeat(35)}3`, '\f三、收到和处理政府信息公开申请情况', '略。', '四、政府信息公开行政复议、行政诉讼情况', '略。'].join('\n')
    const ex = extractReport(textToDocument(text, 'x.txt'))
    expect(ex.report.activeDisclosure.fees).toEqual({ lastYearItems: null, change: null })
    expect(ex.notes.some((n) => n.field === 'activeDisclosure.fees' && n.message.includes('页码'))).toBe(true)
  })
})
