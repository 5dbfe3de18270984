// PUBLISHED_LATE: the date at the end of the report against the deadline of its kind of body
// (条例第四十九条): 31 March for a 县级以上人民政府's own report, 31 January for everything else
// (departments, 乡镇, other bodies). Reports on 2018 and before fell under the old 条例 (31 March for all).
import type { Flag } from '../model/flag'
import { bodyKind } from '../identity/body'
import { flag, reportEvidence, type ReportContext } from './context'

function deadlineFor(ctx: ReportContext): { date: string; rule: string } | null {
  const { year, agency } = ctx.report
  if (year === null) return null
  const s = ctx.settings
  if (year <= 2018) return { date: `${year + 1}-${s.deadlineGovernment}`, rule: '原条例规定的发布期限' }
  const kind = bodyKind(agency)
  if (kind === 'county-or-above-government') {
    return { date: `${year + 1}-${s.deadlineGovernment}`, rule: '县级以上人民政府年度报告的发布期限' }
  }
  const who = kind === 'township-government' ? '乡镇人民政府' : kind === 'department' ? '政府部门' : '该类机关'
  return { date: `${year + 1}-${s.deadlineDepartment}`, rule: `${who}年度报告的发布期限` }
}

function zhDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso
}

/**
 * PUBLISHED_BEFORE_YEAR_END: a report signed before the year it reports on is over (a 2024 report dated
 * 2024年1月20日). An annual report covers the whole year, so its year or its date is wrong: most often a
 * year read from a publication date printed in the title (review hr34 W1/O2), or a 落款 copied from
 * another year's report. The reviewer checks both.
 */
export function checkPublishedBeforeYearEnd(ctx: ReportContext): Flag[] {
  const { year, publishedOn } = ctx.report
  if (year === null || !publishedOn || !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn) || publishedOn >= `${year}-12-31`) return []
  const loc = ctx.extraction.provenance.publishedOn?.loc
  return [
    flag('PUBLISHED_BEFORE_YEAR_END', `报告年度为 ${year} 年，落款日期 ${zhDate(publishedOn)} 在该年度结束之前：年度报告应在所报年度结束后发布，报告年度或落款日期可能有误，请核对。`, [
      { kind: 'metric', field: 'publishedOn', value: null, text: publishedOn, ...(loc ? { loc } : {}) },
      reportEvidence(ctx, `报告年度：${year}`),
    ]),
  ]
}

export function checkPublishedLate(ctx: ReportContext): Flag[] {
  const published = ctx.report.publishedOn
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return []
  const deadline = deadlineFor(ctx)
  if (!deadline || published <= deadline.date) return []
  const days = Math.round((Date.parse(published) - Date.parse(deadline.date)) / 86_400_000)
  const loc = ctx.extraction.provenance.publishedOn?.loc
  return [
    flag('PUBLISHED_LATE', `报告落款日期 ${zhDate(published)} 晚于${deadline.rule} ${zhDate(deadline.date)}，逾期 ${days} 天。`, [
      { kind: 'metric', field: 'publishedOn', value: null, text: published, ...(loc ? { loc } : {}) },
      reportEvidence(ctx, `期限：${deadline.date}`),
    ]),
  ]
}
