// REQUESTS_STRAY_DIGIT: a table 三 cell the extractor left unread because one extra first or last
// digit breaks its row's total (shared/extract/requests-stray-digit.ts). That digit may be a
// footnote mark glued onto the number — or the report's own typo (66 printed 666), an arithmetic
// error the user must see. Neither is proven, so the flag gives the printed value and both readings.
import type { Evidence, Flag } from '../model/flag'
import type { ExtractionNote, StrayDigitNote } from '../model/extraction'
import { flag, listForMessage, reportEvidence, type ReportContext } from './context'
import { REQUEST_ROW_ZH } from './labels'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import type { RequestRowKey } from '../model/report'

/** The 总计 column, found by its label in the template's column order (not a position fixed here). */
const TOTAL = REQUEST_COLUMN_LABELS.indexOf('总计')

/** One cell, e.g. "（一）予以公开 总计栏印为 666，与本行各栏之和 66 不符；若末位“6”为脚注标记则相符". */
function describe(row: string, s: StrayDigitNote): string {
  const printed = String(s.printed)
  const mark = s.end === 'last' ? printed.slice(-1) : printed.charAt(0)
  const where = `表三${row} ${REQUEST_COLUMN_LABELS[s.column]}栏印为 ${s.printed}`
  const mismatch =
    s.column === TOTAL
      ? s.sum !== null
        ? `与本行各栏之和 ${s.sum} 不符`
        : '与本行各栏之和不符'
      : s.sum !== null && s.total !== null
        ? `本行各栏之和 ${s.sum} 与总计栏 ${s.total} 不符`
        : '与本行总计不符'
  return `${where}，${mismatch}；若${s.end === 'last' ? '末位' : '首位'}“${mark}”为脚注标记则相符（即 ${s.without}），也可能是报告本身的笔误`
}

export function checkRequestsStrayDigit(ctx: ReportContext): Flag[] {
  const notes = ctx.extraction.notes.filter((n): n is ExtractionNote & { strayDigit: StrayDigitNote } => n.strayDigit !== undefined && n.field.startsWith('requests.'))
  if (notes.length === 0) return []
  const parts = notes.map((n) => describe(REQUEST_ROW_ZH[n.field.slice('requests.'.length) as RequestRowKey] ?? n.field, n.strayDigit))
  const evidence: Evidence[] = notes.map((n, i) => {
    const loc = ctx.extraction.provenance[n.field]?.loc
    return loc ? { kind: 'text' as const, text: parts[i]!, loc } : reportEvidence(ctx, parts[i]!)
  })
  return [flag('REQUESTS_STRAY_DIGIT', `${listForMessage(parts)}；该格未采用，请对照原文。`, evidence)]
}
