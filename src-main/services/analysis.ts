// The analysis views' side of the desk: every report at once (corrected, with flags), briefing
// exports of the chosen reports, and chart pictures. Electron-free: the save dialog and the
// clipboard come in as functions.
import type { AnalysisItem, BriefingRequest } from '../../shared/api'
import type { ReportItem } from '../../shared/series/types'
import { proseProvenance } from '../../shared/series/prose-marks'
import { byAgency } from '../../shared/series/items'
import { seriesKeysOf } from '../../shared/identity/series-keys'
import type { Library } from '../library/library'
import { buildBriefingPptx, type BriefingOptions } from '../export/pptx'
import { buildXlsx } from '../export/xlsx'

/**
 * Every readable report of the library (or those `keep` keeps), corrections applied. Of the provenance
 * only the figures read from prose and not corrected are kept (report:get has the rest): the views
 * and exports mark those 「据正文」, and a corrected figure loses its mark everywhere at once.
 */
export async function analysisItems(lib: Library, keep: (id: string) => boolean = () => true): Promise<AnalysisItem[]> {
  const docs = (await lib.all()).filter((d) => keep(d.id))
  const items = await Promise.all(
    docs.map(async (d) => {
      const summary = lib.summary(d.id)
      const corrections = await lib.correctionsOf(d.correctionKey)
      return {
        id: d.id,
        fileName: d.source.fileName,
        importedAt: d.source.importedAt,
        bodyKey: summary?.bodyKey ?? null,
        sample: d.sample,
        extraction: { ...d.extraction, provenance: proseProvenance(d.extraction.provenance, corrections.map((c) => c.path)), report: await lib.corrected(d) },
        flags: d.flags,
        correctionCount: summary?.corrections ?? 0,
      }
    }),
  )
  // The views' series as the checks have them (series-keys.ts): bodies of one name under different
  // parent places (two counties' 城关镇人民政府) apart, each unrecognised body a series of its own.
  const keys = seriesKeysOf(items, (i) => ({ id: i.id, agency: i.extraction.report.agency, fileName: i.fileName }))
  return items.map((item, i) => ({ ...item, bodyKey: keys[i]! }))
}

/**
 * The reports a briefing covers: the body's (body mode) or the chosen bodies' (bodies mode). A body is
 * named as the views name it (byAgency's group names: two towns of one name read apart); a name
 * that is no group's is matched with the printed name.
 */
export function briefingItems(items: readonly AnalysisItem[], req: BriefingRequest): ReportItem[] {
  const all = items.map((i): ReportItem => ({ id: i.id, fileName: i.fileName, importedAt: i.importedAt, extraction: i.extraction, flags: i.flags }))
  const groups = byAgency(all)
  const ofName = (name: string): ReportItem[] => groups.get(name) ?? all.filter((i) => i.extraction.report.agency === name)
  if (req.bodiesYear !== undefined) return req.agencies === undefined ? all : [...new Set(req.agencies.flatMap(ofName))]
  return req.agency === undefined ? all : ofName(req.agency)
}

export function briefingOptions(req: BriefingRequest): BriefingOptions {
  const o: BriefingOptions = {}
  if (req.agency !== undefined) o.agency = req.agency
  if (req.from !== undefined) o.from = req.from
  if (req.to !== undefined) o.to = req.to
  if (req.bodiesYear !== undefined) o.bodiesYear = req.bodiesYear
  if (req.slides) o.slides = req.slides
  if (req.charts) o.charts = [...req.charts]
  return o
}

export async function briefingPptx(items: readonly AnalysisItem[], req: BriefingRequest): Promise<Buffer> {
  const picked = briefingItems(items, req)
  if (picked.length === 0) throw new Error('没有可导出的报告。')
  return buildBriefingPptx(picked, briefingOptions(req))
}

export async function briefingXlsx(items: readonly AnalysisItem[], req: BriefingRequest): Promise<Buffer> {
  const picked = briefingItems(items, req).filter((i) => {
    const y = i.extraction.report.year
    if (req.bodiesYear !== undefined) return y === req.bodiesYear
    return y !== null && (req.from === undefined || y >= req.from) && (req.to === undefined || y <= req.to)
  })
  if (picked.length === 0) throw new Error('没有可导出的报告。')
  return buildXlsx(picked)
}
