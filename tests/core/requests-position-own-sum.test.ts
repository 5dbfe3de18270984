// Table 三 as an OFD reader gives it where long row labels overflow their cells (run-tight glyphs,
// no rulings): label tails land on other rows' lines, some cells before their labels. A run given to
// a row by position alone (its label printed after it, the label before it another row's) must not
// be "proven" by its own row total: that total proves where its cells end, not which row they are
// (hr32: 「1 0 0 0 0 0 1」 after 「1.申请人无正当理由逾期不补正…」 was read as 「2.…缴纳费用…」's).
// Every cell read must be the table's own; unread cells are allowed.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { wrongCells } from './wrong-cells'

const TEXT = [
  "三、收到和处理政府信息公开申请情况",
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  "申请人情况",
  "法人或其他组织",
  "自然人总计",
  "商业企业法律服务机构",
  "科研机构其他",
  "社会公益组织",
  "一、本年新收政府信息公开申请数量 0 27",
  "26 1 0 0 0",
  "二、上年结转政府信息公开申请数量 0 1",
  "1 0 0 0 0",
  "（一）予以公开14 1 0 0 0 0 15",
  "（二）部分公开（区分处理的，只计这3一情形，不计其他情形）",
  "3 0 0 0 0 0",
  "1.属于国家秘密0 0 0 0 0 0",
  "0",
  "2.其他法律行0政法规禁止公开 0 0",
  "0 0 0 0",
  "3.危及“三安全一稳定” 0 0 0",
  "0 0 0 0",
  "4.保护第三方1合法权益 0 0 0 1",
  "（三）不予公开 0 0",
  "5.属于三类内部事务信息1 0 0 0 0 0 1",
  "6.属于四类过程性信息0 0 0 0 0 0 0",
  "7.属于行政执法案卷0 0 0 0 0",
  "0 0",
  "8.属于行政查询事项0 0 0 0 0",
  "0 0",
  "1.本机关不掌握相关政府信息 0 4",
  "4 0 0 0 0",
  "三、本年度办理结果",
  "（四）无法提供 0 0 0 行制作 0 0",
  "2.没有现成信息需要另 0 0",
  "3.补正后申请内容仍不明确0 0 1",
  "1 0 0 0",
  "1.信访举报投诉类申请 0 0 0 1",
  "1 0 0",
  "2.重复申请 1 0 0 0 0 0 1",
  "（五）不予处理 0 0 0 0 0 0 0",
  "3.要求提供公开出版物",
  "4.无正当理由0大量反复申请0 0 0",
  "0 0 0",
  "5.要求行政机关确认或重新出具已获取信息",
  "0 0 0 0 0 0 0",
  "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  "1 0 0 0 0 0 1",
  "（六）其他处理 0 0 0 0 0 0 0 用、行政机关不再处理其政府信息公开申请",
  "2.申请人逾期未按收费通知要求缴纳费",
  "3.其他 0 0 0 0 0 0 0",
  "（七）总计 27 1 0 0 0 0 28",
  "四、结转下年度继续办理0 0 0 0 0 0 0",
].join('\n')

const TRUTH: Record<string, number[]> = {
  'received': [26, 1, 0, 0, 0, 0, 27],
  'carriedOver': [1, 0, 0, 0, 0, 0, 1],
  'granted': [14, 1, 0, 0, 0, 0, 15],
  'partiallyGranted': [3, 0, 0, 0, 0, 0, 3],
  'withheld.stateSecret': [0, 0, 0, 0, 0, 0, 0],
  'withheld.prohibitedByLaw': [0, 0, 0, 0, 0, 0, 0],
  'withheld.securityStability': [0, 0, 0, 0, 0, 0, 0],
  'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0, 1],
  'withheld.internalAffairs': [1, 0, 0, 0, 0, 0, 1],
  'withheld.processInformation': [0, 0, 0, 0, 0, 0, 0],
  'withheld.enforcementFiles': [0, 0, 0, 0, 0, 0, 0],
  'withheld.administrativeQuery': [0, 0, 0, 0, 0, 0, 0],
  'unavailable.notHeld': [4, 0, 0, 0, 0, 0, 4],
  'unavailable.needsCreation': [0, 0, 0, 0, 0, 0, 0],
  'unavailable.unclearAfterCorrection': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.petition': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.duplicate': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.publication': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.massRepeated': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.confirmOrReissue': [0, 0, 0, 0, 0, 0, 0],
  'otherHandling.noCorrection': [1, 0, 0, 0, 0, 0, 1],
  'otherHandling.feeUnpaid': [0, 0, 0, 0, 0, 0, 0],
  'otherHandling.other': [0, 0, 0, 0, 0, 0, 0],
  'handledTotal': [27, 1, 0, 0, 0, 0, 28],
  'carriedForward': [0, 0, 0, 0, 0, 0, 0],
}

describe('table 三 with overflowing labels: a row placed by position alone', () => {
  it('reads no cell wrong (the run after another row\'s label is not proven by its own total)', () => {
    const { rows } = parseRequestsTable(TEXT)
    const wrong = wrongCells(rows, TRUTH)
    expect(wrong).toEqual([])
    // …and the rows read by their labels stay read.
    expect(rows.granted).toEqual(TRUTH.granted)
    expect(rows['withheld.internalAffairs']).toEqual(TRUTH['withheld.internalAffairs'])
  })
})
