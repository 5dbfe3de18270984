// `npm run analyze -- --pptx OUT.pptx --xlsx OUT.xlsx FILES...`: writes the briefing deck and the
// workbook from the analysed files. One body → a deck over its years; several bodies → a deck
// comparing them in the year most of them reported on.
import { basename } from 'node:path'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import type { ReportItem } from '../../shared/series/types'
import { byAgency, byYear, itemSeriesKeys } from '../../shared/series/items'
import { copyFactsOf, groupCopies, primaryOf } from '../../shared/identity/copies'
import { writeBriefingPptx, type BriefingOptions } from './pptx'
import { writeXlsx } from './xlsx'
import { ExportFileError } from './output-file'

/** What `analyzeFiles` returns per file (a failed file has no extraction and is left out). */
export interface AnalyzedLike {
  file: string
  sha256?: string
  extraction?: Extraction
  flags: Flag[]
}

export type ExportInput = ReportItem | AnalyzedLike

function isItem(x: ExportInput): x is ReportItem {
  return 'id' in x && typeof (x as ReportItem).id === 'string' && (x as ReportItem).extraction !== undefined
}

export function toReportItems(inputs: readonly ExportInput[], now: Date = new Date()): ReportItem[] {
  const out: ReportItem[] = []
  for (const x of inputs) {
    if (isItem(x)) out.push(x)
    else if (x.extraction)
      out.push({ id: x.sha256 ?? x.file, fileName: basename(x.file), importedAt: now.toISOString(), extraction: x.extraction, flags: x.flags })
  }
  return out
}

/** One body: its years. Several: the year with the most bodies (the latest on a tie). */
export function cliDeckOptions(items: readonly ReportItem[]): BriefingOptions {
  const bodies = byAgency(items)
  if (bodies.size <= 1) return {}
  const count = new Map<number, number>()
  for (const [, list] of bodies) for (const y of byYear(list).keys()) count.set(y, (count.get(y) ?? 0) + 1)
  let best: number | undefined
  for (const [y, n] of count) if (best === undefined || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y
  return best === undefined ? {} : { bodiesYear: best }
}

/** One item per report (a body and a year): the copy used, as in the app (shared/identity/copies.ts). */
export function usedCopies(items: readonly ReportItem[]): ReportItem[] {
  const keys = new Map(itemSeriesKeys(items).map((k, n) => [items[n]!, k]))
  const used = new Set(groupCopies(items, (i) => copyFactsOf(i.id, keys.get(i)!, i.extraction, i.fileName)).map(primaryOf))
  return items.filter((i) => used.has(i))
}

export async function exportFromCli(opts: { pptx?: string; xlsx?: string }, inputs: readonly ExportInput[]): Promise<void> {
  const items = usedCopies(toReportItems(inputs))
  if (items.length === 0) throw new ExportFileError('没有可导出的报告：所有文件均未能读取，未写出简报或工作簿。')
  if (opts.pptx) await writeBriefingPptx(opts.pptx, items, cliDeckOptions(items))
  if (opts.xlsx) await writeXlsx(opts.xlsx, items)
}
