// A report is a body and a year; files are copies of it. This groups files (of one body) into
// logical reports: per year, one or more versions (a corrected 更正版 is a second version, told apart
// by its date or its title), each with its copies; the best-read copy of the latest version is the
// one used. Pure and generic, so the checks, `analyze` and the library group the same way.
import type { Extraction } from '../model/extraction'
import { readScore } from './report-cells'

/** What grouping needs to know of one file. */
export interface CopyFacts {
  id: string
  /** Series key of the body (bodyKey or a user's override). */
  seriesKey: string
  year: number | null
  /** Date of the report's 落款 (YYYY-MM-DD) when read. */
  publishedOn: string | null
  /** The title says it is a corrected or revised version (更正版, 修订稿). */
  revised: boolean
  /** How well the file was read: more is better (cells proven, fewer notes). */
  readScore: number
}

export interface ReportVersion<T> {
  /** Copies of this version, the best-read first (or the user's choice first). */
  copies: T[]
  publishedOn: string | null
  revised: boolean
}

export interface LogicalReport<T> {
  seriesKey: string
  year: number | null
  /** Versions, earliest first; the last one is the report in force. */
  versions: ReportVersion<T>[]
}

/** The copy used for a logical report: the first copy of its latest version. */
export function primaryOf<T>(r: LogicalReport<T>): T {
  return r.versions.at(-1)!.copies[0]!
}

/** Every copy of every version. */
export function allCopies<T>(r: LogicalReport<T>): T[] {
  return r.versions.flatMap((v) => v.copies)
}

const REVISED_TITLE = /更正|修订|修正版|更新版|重新发布/

/** True when a title (or a file name) marks a corrected or revised version. */
export function isRevisedTitle(title: string): boolean {
  return REVISED_TITLE.test(title)
}

/**
 * Groups items into logical reports. A report whose year is unknown is a logical report of its own.
 * `preferred` holds ids the user chose as the copy to use: such a copy is put first in its version.
 */
export function groupCopies<T>(
  items: readonly T[],
  facts: (item: T) => CopyFacts,
  preferred: ReadonlySet<string> = new Set(),
): LogicalReport<T>[] {
  const byKey = new Map<string, { f: CopyFacts; item: T; order: number }[]>()
  items.forEach((item, order) => {
    const f = facts(item)
    const key = f.year === null ? `#${f.id}` : `${f.seriesKey}\u0000${f.year}`
    const list = byKey.get(key)
    if (list) list.push({ f, item, order })
    else byKey.set(key, [{ f, item, order }])
  })
  const out: LogicalReport<T>[] = []
  for (const list of byKey.values()) {
    const first = list[0]!.f
    out.push({ seriesKey: first.seriesKey, year: first.year, versions: versionsOf(list, preferred) })
  }
  return out
}

type Entry<T> = { f: CopyFacts; item: T; order: number }

// Copies read equally well: the same one wins whatever order the caller lists them in (the library
// list and the checks list them differently, and concurrent imports finish in any order).
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Versions of one body and year. Copies of one version share its date; a copy whose date was not
 * read joins the version in force among the unrevised ones. A revised title makes a later version.
 */
function versionsOf<T>(list: Entry<T>[], preferred: ReadonlySet<string>): ReportVersion<T>[] {
  const groups = new Map<string, Entry<T>[]>()
  const keyOf = (e: Entry<T>): string => `${e.f.revised ? 1 : 0}|${e.f.publishedOn ?? ''}`
  for (const e of list) {
    const k = keyOf(e)
    const list = groups.get(k)
    if (list) list.push(e)
    else groups.set(k, [e])
  }
  // An undated copy is a copy of the dated version of the same kind (revised or not), the latest one.
  for (const revised of [0, 1]) {
    const undated = groups.get(`${revised}|`)
    const dated = [...groups.keys()].filter((k) => k.startsWith(`${revised}|`) && k !== `${revised}|`).sort()
    if (undated && dated.length > 0) {
      const target = dated.at(-1)!
      groups.set(target, [...groups.get(target)!, ...undated])
      groups.delete(`${revised}|`)
    }
  }
  // Earliest first: unrevised before revised, then by date.
  const keys = [...groups.keys()].sort()
  return keys.map((k) => {
    const copies = [...groups.get(k)!].sort(
      (a, b) =>
        Number(preferred.has(b.f.id)) - Number(preferred.has(a.f.id)) || b.f.readScore - a.f.readScore || byId(a.f.id, b.f.id) || a.order - b.order,
    )
    const head = copies[0]!.f
    return { copies: copies.map((c) => c.item), publishedOn: k.slice(2) || null, revised: head.revised }
  })
}

/**
 * The words that say a LAW was revised, with the law's name: 「根据新修订的《条例》」 opens many 2019
 * reports and says nothing of the report's own version (review rv22: taken for a 修订版). Only these
 * are taken out; a report's own 更正/修订 mark anywhere in its opening still counts (review rv22b: a
 * line 「（…更正后重新发布）」 under the title, 「更正说明：…」, 「关于《…报告（更正版）》的说明」).
 */
const LAW_REVISED = /(?:新|最新)?(?:修订|修正)(?:的|后的|后)?《[^》]{0,40}(?:条例|法|规定|办法)》|《[^》]{0,40}(?:条例|法|规定|办法)》(?:的)?(?:修订|修正)(?:后|以来|实施|施行)?/g

/** The report's opening as its version mark is looked for in: the first 120 characters, law revisions out. */
export function titleOf(preamble: string): string {
  // Line breaks and spaces out first: a law's name is often broken over two lines (「…条\n例》」).
  return preamble.slice(0, 200).replace(/\s+/g, '').replace(LAW_REVISED, '').slice(0, 120)
}

/** The title (the preamble's start) or the file name marks a corrected or revised version. */
export function isRevisedReport(extraction: Extraction, fileName?: string): boolean {
  return isRevisedTitle(`${titleOf(extraction.preamble)} ${fileName ?? ''}`)
}

/** The facts of one extracted file (the title is the preamble's start; a file name can say 更正版 too). */
export function copyFactsOf(id: string, seriesKey: string, extraction: Extraction, fileName?: string): CopyFacts {
  const r = extraction.report
  return {
    id,
    seriesKey,
    year: r.year,
    publishedOn: r.publishedOn,
    revised: isRevisedReport(extraction, fileName),
    readScore: readScore(extraction),
  }
}
