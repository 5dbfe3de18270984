// DUPLICATE_REPORT: two or more reports of the same body and year. Each gets the flag, naming the
// others; cross-year checks use only the first loaded (see series.ts), so nothing is counted twice.
import type { Flag } from '../model/flag'
import { flag, reportEvidence, type ReportContext } from './context'
import type { Series } from './series'

function tablesKey(ctx: ReportContext): string {
  const r = ctx.report
  return JSON.stringify([r.requests.rows, r.reviewLitigation, r.metrics, r.activeDisclosure])
}

function nameOf(ctx: ReportContext): string {
  return ctx.fileName ?? ctx.id
}

export function checkDuplicates(series: Series): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>()
  for (const [year, list] of series.byYear) {
    if (list.length < 2) continue
    const first = list[0]!
    // The same for every report of the year: do all of them carry the same tables?
    const same = new Set(list.map(tablesKey)).size === 1
    list.forEach((ctx, i) => {
      const others = list.filter((o) => o !== ctx)
      const role = i === 0 ? '跨年度核对使用本份' : `跨年度核对使用“${nameOf(first)}”`
      const msg =
        `${ctx.report.agency ?? '同一机关'} ${year} 年度共载入 ${list.length} 份报告（另见：${others.map(nameOf).join('、')}），` +
        `${same ? '表格和数字完全相同，可能重复导入' : '数字不完全相同，请确认哪一份为正式发布版本（如一份是政府办公室本机关年报，可手动拆分系列）'}；${role}。`
      out.set(ctx.id, [
        ...(out.get(ctx.id) ?? []),
        flag('DUPLICATE_REPORT', msg, others.map((o) => reportEvidence(o, nameOf(o)))),
      ])
    })
  }
  return out
}
