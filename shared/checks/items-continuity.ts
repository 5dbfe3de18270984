// ITEMS_CONTINUITY (2019 template): this year's 上一年项目数量 should be last year's 上一年项目数量
// plus last year's 本年增/减.
import type { Evidence, Flag } from '../model/flag'
import type { ActiveDisclosure2019 } from '../model/report'
import { flag, fmt, listForMessage, reportEvidence, type ReportContext } from './context'

const ITEMS: { key: 'licensing' | 'otherServices' | 'penalties' | 'enforcement' | 'fees'; zh: string }[] = [
  { key: 'licensing', zh: '行政许可' },
  { key: 'otherServices', zh: '其他对外管理服务事项' },
  { key: 'penalties', zh: '行政处罚' },
  { key: 'enforcement', zh: '行政强制' },
  { key: 'fees', zh: '行政事业性收费' },
]

export function checkItemsContinuity(cur: ReportContext, prev: ReportContext): Flag[] {
  if (cur.report.template !== '2019' || prev.report.template !== '2019') return []
  // Both objects carry either template's fields; only the 2019 items are read here.
  const a = cur.report.activeDisclosure as ActiveDisclosure2019
  const b = prev.report.activeDisclosure as ActiveDisclosure2019
  const parts: string[] = []
  const evidence: Evidence[] = []
  for (const item of ITEMS) {
    const now = a[item.key]?.lastYearItems ?? null
    const before = b[item.key]?.lastYearItems ?? null
    const change = b[item.key]?.change ?? null
    if (now === null || before === null || change === null) continue
    const expected = before + change
    if (now === expected) continue
    parts.push(`${item.zh} 本年“上一年项目数量” ${fmt(now)}，上年 ${fmt(before)}${change >= 0 ? '+' : ''}${fmt(change)} = ${fmt(expected)}`)
    const loc = cur.extraction.provenance[`activeDisclosure.${item.key}`]?.loc
    evidence.push({ kind: 'cell', table: 'activeDisclosure', field: `${item.key}.lastYearItems`, values: [now], ...(loc ? { loc } : {}) })
  }
  if (parts.length === 0) return []
  evidence.push(reportEvidence(prev, '上年报告的上一年项目数量与本年增/减'))
  return [flag('ITEMS_CONTINUITY', `项目数量与上年报告不衔接：${listForMessage(parts)}。`, evidence)]
}
