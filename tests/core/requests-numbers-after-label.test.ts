// Table 三 as an OFD reader gives it where the cells are too narrow for their numbers and the glyphs
// are placed one by one (char-tight): a row's numbers fall among its label's words
// (「（二）部分公 开3（8 区4分 …」) and the next row's label is not found. The run after such a label
// is not shown to be its row's: 「（二）部分公开」 must not take 「1.属于国家秘密」's zeros and be
// "proven" by their row total alone (hr31/hr32 overflow char-tight-ruled OFD). Every cell read must
// be the table's own; unread cells are allowed.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { numbersAfterLabel } from '../../shared/extract/requests-cut-label'
import { wrongCells } from './wrong-cells'

const TEXT = [
  "",
  "（本列数据的勾稽\t申请人情况",
  "关自\t系法为人：或第其一他项组加织第\t二项总组他务织机",
  "然人商\t业科企\t研业社机\t会构法公\t律益其服",
  "一、本年新收政府\t3信97\t息3公9\t开1\t申1请\t数5量\t4\t447",
  "二、上年结转政府\t1信6\t息0公\t开0\t申0请\t数0量\t0\t16",
  "三\t、（本一年）度予办以理公结\t开2果04\t16\t1\t1\t2\t2\t226",
  "（二）部分公\t开3（8\t区4分\t处0\t理0的\t，1\t只1计\t这44",
  "（\t1.属于国家\t秘0\t密0\t0\t0\t0\t0\t0",
  "2.其他法律\t行1\t政0法\t规0禁\t止0\t公0开\t0\t1",
  "3.危及“三\t安1\t全0一\t稳0定\t”0\t0\t0\t1",
  "4.保护第三\t方10\t合1法\t权0益\t0\t0\t0\t11",
].join('\n')

const TRUTH: Record<string, number[]> = {
  'received': [397, 39, 1, 1, 5, 4, 447],
  'carriedOver': [16, 0, 0, 0, 0, 0, 16],
  'granted': [204, 16, 1, 1, 2, 2, 226],
  'partiallyGranted': [38, 4, 0, 0, 1, 1, 44],
  'withheld.stateSecret': [0, 0, 0, 0, 0, 0, 0],
  'withheld.prohibitedByLaw': [1, 0, 0, 0, 0, 0, 1],
  'withheld.securityStability': [1, 0, 0, 0, 0, 0, 1],
  'withheld.thirdPartyRights': [10, 1, 0, 0, 0, 0, 11],
  'withheld.internalAffairs': [13, 1, 0, 0, 0, 0, 14],
  'withheld.processInformation': [4, 1, 0, 0, 0, 0, 5],
  'withheld.enforcementFiles': [5, 1, 0, 0, 0, 0, 6],
  'withheld.administrativeQuery': [2, 1, 0, 0, 0, 0, 3],
  'unavailable.notHeld': [56, 7, 0, 0, 1, 1, 65],
  'unavailable.needsCreation': [7, 1, 0, 0, 0, 0, 8],
  'unavailable.unclearAfterCorrection': [7, 1, 0, 0, 0, 0, 8],
  'notProcessed.petition': [11, 1, 0, 0, 0, 0, 12],
  'notProcessed.duplicate': [24, 2, 0, 0, 1, 0, 27],
  'notProcessed.publication': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.massRepeated': [4, 0, 0, 0, 0, 0, 4],
  'notProcessed.confirmOrReissue': [4, 0, 0, 0, 0, 0, 4],
  'otherHandling.noCorrection': [6, 1, 0, 0, 0, 0, 7],
  'otherHandling.feeUnpaid': [0, 0, 0, 0, 0, 0, 0],
  'otherHandling.other': [2, 1, 0, 0, 0, 0, 3],
  'handledTotal': [400, 39, 1, 1, 5, 4, 450],
  'carriedForward': [13, 0, 0, 0, 0, 0, 13],
}

describe('table 三: numbers glued into the words after a row label', () => {
  it('does not give the run after them to that label', () => {
    const { rows } = parseRequestsTable(TEXT)
    const wrong = wrongCells(rows, TRUTH)
    expect(wrong).toEqual([])
    expect(rows['withheld.thirdPartyRights']).toEqual(TRUTH['withheld.thirdPartyRights'])
  })
  it('counts numbers, not a label\'s own numbering or one cell wrapped into it', () => {
    const t = '（二）部分公 开3（8 区4分 处0\n1 2 3'
    expect(numbersAfterLabel(t, 6, t.indexOf('\n') + 1)).toBe(true)
    const u = '（三）不予公开\n1.属于国家秘密 2.其他法律\n0 0'
    expect(numbersAfterLabel(u, 7, u.lastIndexOf('\n') + 1)).toBe(false)
    // A label waiting from further back (other labels, with their cells, between it and the run): not its numbers.
    const v = '5.要求行政机关确认或重新出具\n3.补正后申请内容仍不明确 3 0 0 0 0 0 3\n1 0 0'
    const at = v.indexOf('补正后')
    expect(numbersAfterLabel(v, 14, v.lastIndexOf('\n') + 1, [{ key: 'unavailable.unclearAfterCorrection', start: at, end: at + 7 }])).toBe(false)
    const w = '（二）部分公开（区分处理的，只计这\n3\n一情形，不计其他情形）\n0 0'
    expect(numbersAfterLabel(w, 6, w.lastIndexOf('\n') + 1)).toBe(false)
  })
})
