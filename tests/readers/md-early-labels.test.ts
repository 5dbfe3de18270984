// Table 三 of a converted PDF in Markdown (pipe tables broken by merged cells): the labels
// 「5.要求行政机关确认或重新出具 / 已获取信息」 and 「1.申请人无正当理由逾期不补正、」 printed as lines
// ahead of 「| 3.补正后申请内容仍不明确 | … |」, their own cells further down (one row bare, one after the
// rest of its label). Each row in between is read by its own label on its line. A rule of the
// t3-stream-labels work (a label still waiting when fewer rows than labels follow it counts as stale)
// made every row from 3.补正后… to （六）1. positional, and rows of different numbers are not proven by
// the sums (they hold in any row order): 49 cells unread. Numbers made up, identities holding.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'
import type { RequestRowKey } from '../../shared/model/report'
import { KEYS, ROWS as FIXTURE } from '../core/requests-fixture'

// The fixture, with rows of distinct numbers where the labels are printed ahead (so that no sum places them).
const ROWS = new Map(FIXTURE)
const early: RequestRowKey[] = ['unavailable.unclearAfterCorrection', 'notProcessed.petition', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.massRepeated', 'notProcessed.confirmOrReissue', 'otherHandling.noCorrection']
early.forEach((k, j) => ROWS.set(k, [3 + 7 * j, j % 2, 0, 0, j, 0, 3 + 8 * j + (j % 2)]))
const OUTSIDE = new Set<RequestRowKey>(['received', 'carriedOver', 'handledTotal', 'carriedForward'])
const total = [0, 1, 2, 3, 4, 5, 6].map((c) => KEYS.filter((k) => !OUTSIDE.has(k)).reduce((a, k) => a + ROWS.get(k)![c]!, 0))
ROWS.set('handledTotal', total)
ROWS.set('received', total.map((x, c) => x + ROWS.get('carriedForward')![c]! - ROWS.get('carriedOver')![c]!))
const r = (k: RequestRowKey): string => `| ${ROWS.get(k)!.join(' | ')} |`

const TABLE = `三、收到和处理政府信息公开申请情况
申请人情况
法人或其他组织
（本列数据的勾稽关系为：第一项加第二项之和，
社会法律
公益服务其他
企业机构
组织机构
## 表三：收到和处理政府信息公开申请情况
| 等于第三项加第四项之和） | 自然人 | 商业 | 科研 | 总计 |
|---|---|---|---|---|
## 表三：收到和处理政府信息公开申请情况
| 一、本年新收政府信息公开申请数量 ${r('received')}
|---|---|---|---|---|---|---|---|
| 二、上年结转政府信息公开申请数量 ${r('carriedOver')}
| （一）予以公开 ${r('granted')}

（二）部分公开（区分处理的，只计这一情
形，不计其他情形）
${r('partiallyGranted')}
|---|---|---|---|---|---|---|
| 1.属于国家秘密 ${r('withheld.stateSecret')}  |
|---|---|---|---|---|---|---|---|---|
| 2.其他法律行政法规禁止公开 ${r('withheld.prohibitedByLaw')}  |
| 3.危及“三安全一稳定” ${r('withheld.securityStability')}  |
| （三）不 | 4.保护第三方合法权益 ${r('withheld.thirdPartyRights')}
| 予公开 | 5.属于三类内部事务信息 ${r('withheld.internalAffairs')}
| 6.属于四类过程性信息 ${r('withheld.processInformation')}  |
| 7.属于行政执法案卷 ${r('withheld.enforcementFiles')}  |
| 8.属于行政查询事项 ${r('withheld.administrativeQuery')}  |
| 1.本机关不掌握相关政府信息 ${r('unavailable.notHeld')}  |

（四）无
| 2.没有现成信息需要另行制作 ${r('unavailable.needsCreation')}
|---|---|---|---|---|---|---|---|

三、本法提供
年度办
理结果
5.要求行政机关确认或重新出具
已获取信息
1.申请人无正当理由逾期不补正、
开申请
| 3.补正后申请内容仍不明确 ${r('unavailable.unclearAfterCorrection')}
|---|---|---|---|---|---|---|---|
| 1.信访举报投诉类申请 ${r('notProcessed.petition')}
|---|---|---|---|---|---|---|---|
| 2.重复申请 ${r('notProcessed.duplicate')}  |
|---|---|---|---|---|---|---|---|---|
| （五）不 | 3.要求提供公开出版物 ${r('notProcessed.publication')}
| 予处理 | 4.无正当理由大量反复申请 ${r('notProcessed.massRepeated')}
${r('notProcessed.confirmOrReissue')}
|---|---|---|---|---|---|---|
| 行政机关不再处理其政府信息公 ${r('otherHandling.noCorrection')}
|---|---|---|---|---|---|---|---|

（六）其
2.申请人逾期未按收费通知要求
他处理
府信息公开申请
— 5 —
| 缴纳费用、 | 行政机关不再处理其政 ${r('otherHandling.feeUnpaid')}
|---|---|---|---|---|---|---|---|---|
| 3.其他 ${r('otherHandling.other')}
|---|---|---|---|---|---|---|---|
| （七）总计 ${r('handledTotal')}
| 四、结转下年度继续办理 ${r('carriedForward')}

`

describe('Markdown table 三 with labels printed ahead of the rows before theirs', () => {
  it('reads every row by its label', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'early-labels-'))
    const path = join(dir, 'report.md')
    writeFileSync(path, ['# 2021年政府信息公开工作年度报告', '', TABLE, '四、政府信息公开行政复议、行政诉讼情况', ''].join('\n'))
    const read = await readFile(path)
    if (!read.ok) throw new Error(read.error.message)
    const rows = extractReport(read.document).report.requests.rows as Record<string, (number | null)[]>
    for (const k of KEYS) expect([k, rows[k]]).toEqual([k, ROWS.get(k)])
  })
})
