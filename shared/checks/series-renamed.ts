// SERIES_RENAMED (info, beyond checks.md's floor): one series ends the year before another begins, the
// two names are near (the same place under a renamed level, 青禾县 → 青禾区 after 撤县设区; a body
// renamed by 机构改革, 农业局 → 农业农村局) and the new one's 上年结转 equals the old one's 结转下年度 in
// every column, with cases to carry. Probably one body renamed: without a word the years stand as two
// series and every cross-year check stops at the rename (review rv22).
import type { Flag } from '../model/flag'
import { parseAgency } from '../identity/body'
import { flag, fmt, reportEvidence, requestCells, type ReportContext } from './context'

/** One series: its reports in force, by year. */
export type SeriesYears = ReadonlyMap<number, ReportContext>

/** A place without its level (青禾县 / 青禾区 / 青禾市 → 青禾). */
const placeStem = (place: string): string => place.replace(/(?:自治县|自治旗|县|区|市|旗)$/, '')

/** The kind of body a name ends in (局, 委员会, 中心 …): a renamed body keeps its kind. */
const KIND = /(?:委员会|办公室|管理处|中心|局|委|办|厅|署|院|所|站|队|处)$/
const kindOf = (body: string): string => KIND.exec(body)?.[0] ?? ''

/**
 * Names near enough to be one body renamed: one place stem, the same kind of body, and either one
 * name's core opening the other's (交通局 → 交通运输局, 农业局 → 农业农村局; weak: `strong` false) or the
 * same two first characters (文化广电旅游局 → 文化和旅游局; `strong` true only for the first case).
 * Review rv22b: 住房和城乡建设局 and 住房公积金管理中心 share 住房 but are two bodies (局 ≠ 中心).
 */
export function nearNames(a: string | null, b: string | null): 'near' | 'alike' | null {
  const pa = parseAgency(a)
  const pb = parseAgency(b)
  if (!pa || !pb || pa.places.length === 0 || pb.places.length === 0) return null
  if (placeStem(pa.places.at(-1)!) !== placeStem(pb.places.at(-1)!)) return null
  if (pa.governmentOffice !== pb.governmentOffice) return null
  if (pa.body === pb.body) return 'near'
  const ka = kindOf(pa.body)
  if (ka === '' || ka !== kindOf(pb.body)) return null
  const ca = pa.body.slice(0, -ka.length)
  const cb = pb.body.slice(0, -ka.length)
  if (ca.length >= 2 && cb.length >= 2 && (ca.startsWith(cb) || cb.startsWith(ca))) return 'near'
  return ca.length >= 2 && cb.length >= 2 && ca.slice(0, 2) === cb.slice(0, 2) ? 'alike' : null
}

/** Equal in every column and not all zero (zeros carried on both sides prove nothing). */
function sameCarry(now: readonly (number | null)[] | null | undefined, before: readonly (number | null)[] | null | undefined): boolean {
  if (!now || !before || now.length !== 7 || before.length !== 7) return false
  return now.every((v, c) => v !== null && v === before[c]) && now.some((v) => v !== null && v > 0)
}

/** Flags on the first report of each series that seems to continue another under a new name. */
export function checkSeriesRenamed(series: ReadonlyMap<string, SeriesYears>): Map<ReportContext, Flag[]> {
  const out = new Map<ReportContext, Flag[]>()
  const spans = [...series].map(([key, years]) => ({ key, years, first: Math.min(...years.keys()), last: Math.max(...years.keys()) }))
  for (const next of spans) {
    const cur = next.years.get(next.first)!
    for (const old of spans) {
      if (old === next || old.last !== next.first - 1) continue
      const prev = old.years.get(old.last)!
      const near = nearNames(prev.report.agency, cur.report.agency)
      if (near === null) continue
      const now = cur.report.requests.rows.carriedOver
      if (!sameCarry(now, prev.report.requests.rows.carriedForward)) continue
      // Names only alike need more than the commonest carry (one case) to be taken for one body.
      if (near === 'alike' && (now![6] ?? 0) < 2) continue
      const message =
        `本机关的报告从 ${next.first} 年度起才有；「${prev.report.agency}」的报告到 ${old.last} 年度为止，其结转下年度继续办理` +
        `（总计 ${fmt(now![6])} 件）与本份的上年结转逐列一致：可能是同一机关更名（如机构改革、撤县设区）。两个名称各成一个系列，` +
        `结转衔接、数字波动和排名变化的跨年度核对没有在两者之间进行，请人工核对这两年；如确为同一机关，可在报告页「更正机关名称」处更正为同一名称，两年即归入一个系列。`
      out.set(cur, [...(out.get(cur) ?? []), flag('SERIES_RENAMED', message, [requestCells(cur, 'carriedOver', [0, 1, 2, 3, 4, 5, 6]), reportEvidence(prev, `${old.last} 年报告 四、结转下年度继续办理`)])])
    }
  }
  return out
}
