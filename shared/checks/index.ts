// The checks of ../../shared/spec/checks.md: one report (checkReport), and one report among
// others (checkAll: the same body's other years, duplicates, a government's roll-up).
import type { Extraction } from '../model/extraction'
import type { Flag } from '../model/flag'
import { bodyPlaces, isPeoplesGovernment } from '../identity/body'
import { seriesKeysOf } from '../identity/series-keys'
import { parentsDiffer } from '../identity/parent-places'
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from './settings'
import type { PairCheck, ReportCheck, ReportContext } from './context'
import { checkBlankCells, checkUnreadable } from './blank-cells'
import { checkRequestsStrayDigit } from './requests-stray-digit'
import { checkCarryover } from './carryover'
import { checkCorrectedCases } from './corrected-cases'
import { checkPublishedBeforeYearEnd, checkPublishedLate } from './deadline'
import { checkCopies } from './duplicates'
import { checkFeeReported } from './fee'
import { checkIndexRank } from './index-rank'
import { checkIndexRankChangeAcrossYears, checkIndexRankChangeStated } from './index-rank-change'
import { checkItemsContinuity } from './items-continuity'
import { checkNarrative } from './narrative'
import { checkProblemRecurring } from './problem-recurring'
import { checkProblemsCopied } from './problems-copied'
import { checkProblemsEmpty } from './problems-empty'
import { checkNotHeldShare, checkRequestsHandledTotal, checkRequestsIdentity, checkRequestsRowTotal } from './requests-table'
import { checkReviewTotal } from './review-table'
import { checkSeriesRenamed } from './series-renamed'
import { checkRollup, isCompiledGovernmentReport } from './rollup'
import { copyFactsOf, groupCopies, primaryOf, type LogicalReport, type ReportVersion } from '../identity/copies'
import { checkGovernmentItems, checkSectionsPresent, checkTemplate } from './structure'
import { checkSwing } from './swing'

export type { CheckSettings } from './settings'
export { DEFAULT_CHECK_SETTINGS } from './settings'

export interface CheckInput {
  /** Stable report id, e.g. file hash or path. */
  id: string
  fileName?: string
  extraction: Extraction
}

export interface CheckAllOptions {
  /** Series key of a report (a user's merge or split by hand); default: the one rule of series-keys.ts. */
  seriesOf?: (input: CheckInput) => string
  /**
   * Places a body belongs to, for the roll-up into its government's compiled report (default: the
   * narrowest place named in its agency, e.g. 青石市教育局 → ['青石市']; a 镇 named without its
   * county is not linked). Return [] to keep a body out.
   */
  placesOf?: (input: CheckInput) => string[]
  /** Ids of copies the user chose to use for their report (instead of the best-read copy). */
  preferredCopies?: ReadonlySet<string>
  /**
   * Who gets a report's verdicts: every copy (default; `analyze` prints each file), or only the copy
   * used for each version (the library, which shows one report with its copies: a verdict that
   * changes then rewrites one document, not 2,000). Copy findings (COPIES_DIFFER, DUPLICATE_REPORT)
   * always go to every copy. 'each-copy': every copy is checked on its own (`analyze`: a file's
   * flags are its own, e.g. the blank cells of the one copy that leaves its zeros out).
   */
  verdicts?: 'every-copy' | 'used-copy' | 'each-copy'
}

/** The checks' series keys of a set, by the one rule (shared/identity/series-keys.ts). */
export function defaultSeriesKeys(inputs: readonly CheckInput[]): string[] {
  return seriesKeysOf(inputs, (i) => ({ id: i.id, agency: i.extraction.report.agency }))
}

function context(input: CheckInput, settings: CheckSettings): ReportContext {
  return {
    id: input.id,
    ...(input.fileName !== undefined ? { fileName: input.fileName } : {}),
    extraction: input.extraction,
    report: input.extraction.report,
    settings,
  }
}

// Checks for a report in one of the two official templates.
const TEMPLATE_CHECKS: ReportCheck[] = [
  checkSectionsPresent,
  checkTemplate,
  checkGovernmentItems,
  checkFeeReported,
  checkPublishedLate,
  checkPublishedBeforeYearEnd,
  checkBlankCells,
  checkUnreadable,
  checkRequestsIdentity,
  checkRequestsRowTotal,
  checkRequestsStrayDigit,
  checkRequestsHandledTotal,
  checkReviewTotal,
  checkNarrative,
  checkCorrectedCases,
  checkNotHeldShare,
  checkProblemsEmpty,
  (ctx) => checkIndexRank(ctx, null),
  checkIndexRankChangeStated,
  (ctx) => checkSwing(ctx, null),
]

// A `legacy` (pre-2019 layout) report has no template tables or sections to hold it to.
const LEGACY_CHECKS: ReportCheck[] = [
  checkPublishedLate,
  checkPublishedBeforeYearEnd,
  checkUnreadable,
  checkCorrectedCases,
  checkProblemsEmpty,
  (ctx) => checkIndexRank(ctx, null),
  checkIndexRankChangeStated,
  (ctx) => checkSwing(ctx, null),
]

// Checks against the same body's report of the year before.
const PAIR_CHECKS: PairCheck[] = [
  checkCarryover,
  checkItemsContinuity,
  checkProblemsCopied,
  checkProblemRecurring,
  checkIndexRank,
  checkIndexRankChangeAcrossYears,
  checkSwing,
]
// One-report checks that the pair version replaces when last year's report is there.
const REPLACED_BY_PAIR = new Set(['INDEX_RANK_DROP', 'SWING'])

function runReport(ctx: ReportContext): Flag[] {
  const checks = ctx.report.template === 'legacy' ? LEGACY_CHECKS : TEMPLATE_CHECKS
  return checks.flatMap((c) => c(ctx))
}

function runPair(cur: ReportContext, prev: ReportContext): Flag[] {
  // A legacy report has no template tables to carry over from.
  const legacy = cur.report.template === 'legacy' || prev.report.template === 'legacy'
  const checks = legacy ? PAIR_CHECKS.filter((c) => c !== checkCarryover && c !== checkItemsContinuity) : PAIR_CHECKS
  return checks.flatMap((c) => c(cur, prev))
}

/**
 * 'each-copy': a copy's own verdicts, plus those of the copy used for its report that it could not
 * reach itself (a scan that left the cells of an identity unread), said to come from that copy.
 */
function ownAndReportVerdicts(used: ReportContext, own: Flag[], ofUsed: Flag[]): Flag[] {
  const ids = new Set(own.map((f) => f.id))
  const name = used.fileName ?? used.id
  return [...own, ...ofUsed.filter((f) => !ids.has(f.id)).map((f) => ({ ...f, message: `据同一报告所用副本「${name}」：${f.message}` }))]
}

/** One-report checks. */
export function checkReport(input: CheckInput, settings: CheckSettings = DEFAULT_CHECK_SETTINGS): Flag[] {
  return runReport(context(input, settings))
}

/** One-report checks, plus cross-year (same series, year − 1), duplicates and roll-up; keyed by input id. */
export function checkAll(
  inputs: CheckInput[],
  settings: CheckSettings = DEFAULT_CHECK_SETTINGS,
  options: CheckAllOptions = {},
): Map<string, Flag[]> {
  // Default: the narrowest place only, so that a district's departments are not counted into the
  // city's roll-up beside the district itself.
  const placesOf = options.placesOf ?? ((i: CheckInput) => bodyPlaces(i.extraction.report.agency).slice(-1))
  const contexts = inputs.map((i) => context(i, settings))
  // Per report, once: its series key and places (the roll-up below looks at every pair of reports).
  // The one series rule (series-keys.ts), the user's override first.
  const keys = seriesKeysOf(inputs, (i) => ({ id: i.id, agency: i.extraction.report.agency }), options.seriesOf)
  const seriesKey = new Map(contexts.map((c, i) => [c, keys[i]!]))
  const placesOfCtx = new Map(contexts.map((c, i) => [c, placesOf(inputs[i]!)]))
  const out = new Map<string, Flag[]>()
  const add = (id: string, flags: Flag[]) => {
    if (flags.length > 0) out.set(id, [...(out.get(id) ?? []), ...flags])
  }

  // Files → logical reports (a body and a year; versions; copies). A report's verdicts are those of
  // the copy used for its version, checked against the report in force of the year before; every
  // copy of the version gets them (so 2,000 copies cost one run of the checks, not 2,000).
  const logical = groupCopies(contexts, (c) => copyFactsOf(c.id, seriesKey.get(c)!, c.extraction, c.fileName), options.preferredCopies)
  const byYearOf = new Map<string, Map<number, LogicalReport<ReportContext>>>()
  for (const r of logical) {
    if (r.year === null) continue
    const m = byYearOf.get(r.seriesKey) ?? new Map<number, LogicalReport<ReportContext>>()
    m.set(r.year, r)
    byYearOf.set(r.seriesKey, m)
  }
  const primaries = new Set<ReportContext>()
  const primaryCopies = new Map<ReportContext, ReportContext[]>()
  for (const r of logical) {
    const primary = primaryOf(r)
    primaries.add(primary)
    primaryCopies.set(primary, r.versions.at(-1)!.copies)
    const before = r.year === null ? undefined : byYearOf.get(r.seriesKey)?.get(r.year - 1)
    const prev = before ? primaryOf(before) : undefined
    const verdictsOf = (c: ReportContext): Flag[] => {
      const flags = runReport(c)
      // The pair versions of INDEX_RANK_DROP and SWING include the one-report reasons.
      return prev ? [...flags.filter((f) => !REPLACED_BY_PAIR.has(f.id)), ...runPair(c, prev)] : flags
    }
    for (const v of r.versions) {
      const used = v.copies[0]!
      const flags = lateAsFirstPublished(verdictsOf(used), v, r)
      for (const c of v.copies) {
        out.set(c.id, c === used ? flags : options.verdicts === 'used-copy' ? [] : options.verdicts === 'each-copy' ? ownAndReportVerdicts(used, verdictsOf(c), flags) : flags)
      }
    }
    for (const [id, flags] of checkCopies(r)) add(id, flags)
  }

  // Roll-up: a compiled government report against its bodies of the same year (input order).
  const reps = contexts.filter((c) => primaries.has(c))
  for (const gov of reps) {
    if (gov.report.year === null || !isCompiledGovernmentReport(gov)) continue
    const place = bodyPlaces(gov.report.agency).at(-1)
    if (!place) continue
    const parts = reps.filter(
      (c) =>
        c !== gov &&
        c.report.year === gov.report.year &&
        seriesKey.get(c) !== seriesKey.get(gov) &&
        !isPeoplesGovernmentOf(c, place) &&
        placesOfCtx.get(c)!.includes(place) &&
        // 甲市东城区教育局 is no part of 乙市东城区人民政府's report: the narrowest place alone is not enough.
        !parentsDiffer(c.report.agency, gov.report.agency),
    )
    const rollup = checkRollup(gov, parts)
    // Every copy of the compiled report gets the verdict (or only the one used).
    const copies = options.verdicts === 'used-copy' ? [gov] : (primaryCopies.get(gov) ?? [gov])
    for (const copy of copies) add(copy.id, rollup)
  }

  // A series that seems to continue another under a new name (renamed body): said on its first report.
  const seriesYears = new Map([...byYearOf].map(([key, years]) => [key, new Map([...years].map(([y, r]) => [y, primaryOf(r)]))]))
  for (const [first, flags] of checkSeriesRenamed(seriesYears)) {
    for (const copy of options.verdicts === 'used-copy' ? [first] : (primaryCopies.get(first) ?? [first])) add(copy.id, flags)
  }
  return out
}

/** Another report of the government of the same place (its office's report, a second version). */
function isPeoplesGovernmentOf(c: ReportContext, place: string): boolean {
  return isPeoplesGovernment(c.report.agency) && bodyPlaces(c.report.agency).at(-1) === place
}

/**
 * A later version (a 更正版) is not late because it was corrected after the deadline: lateness is the
 * first publication's. Its own PUBLISHED_LATE gives way to the first version's, if that was late.
 */
function lateAsFirstPublished(flags: Flag[], v: ReportVersion<ReportContext>, r: LogicalReport<ReportContext>): Flag[] {
  // The first publication is the earliest dated version, whichever is marked 更正 (review rv20c 3: an
  // unmarked copy dated March after a 更正版 dated January). With no other version dated, a version's
  // own date is all there is.
  const dated = r.versions.filter((o) => o.publishedOn !== null)
  const first = dated.reduce<ReportVersion<ReportContext> | null>((a, o) => (a === null || o.publishedOn! < a.publishedOn! ? o : a), null)
  if (first === null || v.publishedOn === null) return flags
  if (v === first) {
    // Another version without a date may have come first (review rv20c dupA): the flag stays, saying so.
    const undated = r.versions.find((o) => o !== v && o.publishedOn === null)
    if (!undated) return flags
    const name = undated.copies[0]!.fileName ?? undated.copies[0]!.id
    return flags.map((f) => (f.id === 'PUBLISHED_LATE' ? { ...f, message: `${f.message}（另有未注明日期的版本「${name}」，首次发布日期不明：按本份的日期判断）` } : f))
  }
  const firstLate = checkPublishedLate(first.copies[0]!)[0]
  const own = flags.filter((f) => f.id !== 'PUBLISHED_LATE')
  if (!firstLate) return own
  return [...own, { ...firstLate, message: `首次发布的版本「${first.copies[0]!.fileName ?? first.copies[0]!.id}」${firstLate.message}` }]
}
