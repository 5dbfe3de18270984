// Review hr33 (W1–W4): readings that made sums hold by overriding what the page printed.
// - W2: a ruled table 三 row with space-grouped thousands (「1 066」, cells parted by tabs as the PDF
//   reader gives a ruled row): re-split to fit its total, 「066」 taken as a cell and two real cells
//   dropped "as page numbers" (read 1|2|3|1|66|1|74). A number among a row's bounded cells is never
//   left out, a leading-zero digit group is never a cell: the row is unread with a note.
// - W4: table 四 with letter-spaced digits in bounded cells (「1 1」 for 11): a 15-cell window slid to
//   where the group sums hold, the real cells dropped. Now unread with a note.
// - W1/W3: a label whose row's numbers stand amid its own wrapped lines (OFD of a narrow label column,
//   a rowspan group label on the same lines) took the run after its end — the next row's.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { parseReviewTable } from '../../shared/extract/review-table'
import { readWithoutStrays } from '../../shared/extract/requests-readings'
import { readCells } from '../../shared/extract/cells'
import { groupedDigitTokens } from '../../shared/extract/grouped-digits'
import { REQUEST_ROW_RULES } from '../../shared/extract/digit-split'
import { tokensAmongRowCells, tokensSharingCell } from '../../shared/extract/row-cell-tokens'

const HEAD = [
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  '自然人\t法人或其他组织\t总计',
  '\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
  '一、本年新收政府信息公开申请数量\t7 284\t763\t804\t1 451\t2 749\t2 299\t15 350',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t581\t0\t2\t0\t556\t0\t1 139',
].join('\n')

describe('a ruled row of space-grouped thousands (hr33 W2)', () => {
  const row = '5.属于三类内部事务信息\t1\t2\t2\t3\t1 066\t0\t1 074'
  it('never re-splits the row to fit its total: unread with a note', () => {
    const rows = ['（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0', '2.其他法律行政法规禁止公开\t0\t43\t0\t3\t3\t1 099\t1 148', '3.危及“三安全一稳定”\t2\t1\t0\t0\t0\t3\t6', '4.保护第三方合法权益\t0\t1\t788\t0\t1\t0\t790', row, '6.属于四类过程性信息\t0\t0\t0\t821\t0\t3\t824', '7.属于行政执法案卷\t2\t1\t0\t0\t3\t3\t9']
    const got = parseRequestsTable(`${HEAD}\n${rows.join('\n')}\n`)
    expect(got.rows['withheld.internalAffairs']?.every((v) => v === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'requests.withheld.internalAffairs')).toBe(true)
  })
  it('drops no number standing among the bounded cells, and takes no leading-zero group as a cell', () => {
    const text = '3 512\t0\t3\t1\t0\t3\t3 519'
    // Marked as requests-table.ts marks a run: digit groups of a space-grouped number, numbers among bounded cells.
    const marked = (t: string) => {
      const toks = readCells(t)
      const [grouped, inRow] = [groupedDigitTokens(toks, t), tokensAmongRowCells(toks, t)]
      return toks.map((x, i) => ({ ...x, ...(grouped.has(i) ? { grouped: true } : {}), ...(inRow.has(i) ? { inRow: true } : {}) }))
    }
    expect(readWithoutStrays(marked(text), 1, 7, REQUEST_ROW_RULES)).toBeNull()
    expect(readWithoutStrays(marked('1\t2\t2\t3\t1 066\t0\t1 074'), 1, 7, REQUEST_ROW_RULES)).toBeNull()
    // Apart by spaces only (no cell bounds known), 「066」 is still never a count of its own.
    expect(readWithoutStrays(marked('1 2 2 3 1 066 0 1 074'), 1, 7, REQUEST_ROW_RULES)).toBeNull()
  })
})

describe('table 四 with letter-spaced digits in bounded cells (hr33 W4)', () => {
  it('slides no window over the printed cells to make the groups hold', () => {
    const head = '四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n'
    const got = parseReviewTable(`${head}1 1\t3\t1\t1\t1 6\t1\t2\t2\t1\t6\t3\t1\t1\t1\t6\n`)
    expect(got.table.review?.every((x) => x === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'reviewLitigation' && n.message.includes('1 1'))).toBe(true)
  })
  it('finds two numbers in one bounded cell, not numbers apart by cell separators', () => {
    const text = '1 1\t3\t1'
    expect(tokensSharingCell(readCells(text), text)).toEqual([0, 1])
    expect(tokensSharingCell(readCells('11\t3\t1'), '11\t3\t1')).toBeNull()
  })
})

describe('numbers amid a wrapped label\'s own lines (hr33 W1/W3)', () => {
  // As the OFD reader gives a narrow label column with a rowspan group label 「（四）无法提供」: each row's
  // numbers stand on its label's first line, between its head and the group label's or its own words.
  const table = [
    '二、上年结转政府信息公开申请 0 8 4 2 7 4 25数量',
    '8.属于行 13 0 0 0 0 1 14政查询事',
    '项',
    '（四）无1.本机关 0 0 131 0 0 1 132法提供不掌握相',
    '关政府信',
    '息',
    '2.没有现 0 2 0 3 0 0 5成信息需',
    '要另行制',
    '作',
    '3.补正后 0 31 1 1 1 3 37申请内容',
    '仍不明确',
    '（五）不1.信访举 1 33 4 3 8 3 52予处理报投诉类',
    '申请',
    '2.重复申 21 0 0 2 0 0 23请',
  ].join('\n')
  it('never gives a row the run after its label\'s end (the next row\'s)', () => {
    const got = parseRequestsTable(`申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n${table}\n`)
    const printed: Record<string, number[]> = {
      'unavailable.notHeld': [0, 0, 131, 0, 0, 1, 132],
      'unavailable.needsCreation': [0, 2, 0, 3, 0, 0, 5],
      'unavailable.unclearAfterCorrection': [0, 31, 1, 1, 1, 3, 37],
    }
    for (const [k, cells] of Object.entries(printed)) {
      const row = got.rows[k as keyof typeof got.rows]
      // Read as printed, or not at all: never another row's numbers.
      if (row && row.some((v) => v !== null)) expect(row).toEqual(cells)
    }
    expect(got.rows['unavailable.notHeld']).not.toEqual([0, 2, 0, 3, 0, 0, 5])
  })
})
