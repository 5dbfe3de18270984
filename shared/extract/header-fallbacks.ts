// Where the title gives no year or no body: the year from the period (统计期限) and the opening of the
// text, the body from the preamble (由…编制) and the 落款. Split from header.ts.
import { parseYear, toHalfWidthDigits } from './numbers-cn'
import { YEAR, lastSentence } from './header-date'
import { cleanAgency, prepareLine } from './header-names'
import { latinOAsNumeralZero } from './numeral-o'
import { normalizePunctuation, toSimplifiedForMatching } from './prose-text'
import { withoutQuotedTitles } from './quoted-titles'

const PERIOD_YEAR = new RegExp(`统计(?:期限|时限|周期|时间|区间|范围)[^。]{0,12}?${YEAR}年`)
/** 统计期限自2022年1月1日…: the period's first day (not an update date 「（截至2023年1月5日更新）」 before it). */
const PERIOD_START = new RegExp(`统计(?:期限|时限|周期|时间|区间|范围)[^。]{0,30}?${YEAR}年0?1月0?1日`)
/** 截止2023年12月31日 — the end of the reporting period. */
const PERIOD_END_YEAR = new RegExp(`(?:截止|截至|至)${YEAR}年12月31日`)
/** 汇报我镇2023年政府信息公开工作 / 现编制并公布本单位2023年度政府信息公开工作年度报告 */
const REPORTING_ON_YEAR = new RegExp(`(?:汇报|报告|编制|公布|发布|现将)[^，。；]{0,8}?${YEAR}年度?的?(?:政府信息公开|政务公开)工作`)
const REPORT_YEAR_IN_SENTENCE = new RegExp(`${YEAR}年度?(?:的)?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)`)
const YEAR_REPORT_BASED = new RegExp(`${YEAR}年度报告(?:根据|依据|按照|是)`)
const YEAR_OPENING = new RegExp(`^${YEAR}年度?[，,]`)

/** The lines of the header zone ready for matching, other reports' quoted titles blanked. */
function yearZone(lines: readonly string[], end: number): string[] {
  return lines
    .slice(0, Math.max(end, 12) + 8)
    .map((l) => withoutQuotedTitles(normalizePunctuation(toSimplifiedForMatching(prepareLine(l))).replace(/\u241e/g, '')))
}

function firstYear(zone: readonly string[], tries: readonly RegExp[]): { year: number; line: number } | null {
  for (const re of tries) {
    for (let i = 0; i < zone.length; i++) {
      const m = re.exec(zone[i] ?? '')
      if (!m) continue
      const year = parseYear(m[1] ?? '')
      if (year !== null) return { year, line: i }
    }
  }
  return null
}

export function yearFallback(lines: readonly string[], end: number): { year: number; line: number } | null {
  return firstYear(yearZone(lines, end), [PERIOD_YEAR, YEAR_REPORT_BASED, REPORT_YEAR_IN_SENTENCE, REPORTING_ON_YEAR, PERIOD_END_YEAR, YEAR_OPENING])
}

/** The year the text says it reports on, apart from its title: the 统计期限, else the opening 「2022年，」. */
export function textYear(lines: readonly string[], end: number): { year: number; line: number; period: boolean } | null {
  const zone = yearZone(lines, end)
  const period = firstYear(zone, [PERIOD_START])
  if (period) return { ...period, period: true }
  const opening = firstYear(zone, [YEAR_OPENING])
  return opening ? { ...opening, period: false } : null
}

/** 本报告由 XX局 根据/结合/编制 … — the body named in the preamble, when there is no title. */
const PREAMBLE_BODY = /由([^，。；、《（\s]{2,30}?)(?:组织|负责)?(?:根据|结合|综合|依据|按照|汇总|编制|编写)/
/** …要求，编制 XX 2024年政府信息公开工作年度报告 — the report's own title inside the preamble. */
const PREAMBLE_TITLE = /(?:编制|公布|发布|印发)(?:完成)?了?本?([^，。；、《（\s\d]{2,30}?)\d{4}年度?(?:政府信息公开|政务公开)工作年度报告/

/** `compiler`: named as the one who compiled the report (由…编制), which may be an office, not the body. */
export function agencyFallback(lines: readonly string[], end: number): { agency: string; line: number; compiler: boolean } | null {
  // The preamble sometimes follows the heading of section 一 (crawled pages lose the title).
  for (let i = 0; i < Math.min(lines.length, end + 3); i++) {
    const t = prepareLine(lines[i] ?? '').replace(/\u241e/g, '')
    const simple = normalizePunctuation(toSimplifiedForMatching(t))
    const byBody = PREAMBLE_BODY.exec(simple)
    const m = byBody ?? PREAMBLE_TITLE.exec(simple)
    if (!m) continue
    // The office (办公室) of a department compiles the department's report: name the department.
    const named = t.substr(m.index + m[0].indexOf(m[1] ?? ''), (m[1] ?? '').length).replace(/(?<=(?:局|中心|委员会|委|厅|院|所|站|队))办公室$/, '')
    const agency = cleanAgency(named)
    if (agency) return { agency, line: i, compiler: m === byBody }
  }
  return null
}

/** The body signing the report: the text before the date on its line, or the line above it. A PDF's
 *  text layer may space the date out (「2023 年 1 月 15 日」): that line holds no body either. */
export function signatureBody(lines: readonly string[], dateLine: number): { agency: string; line: number } | null {
  const own = lastSentence(latinOAsNumeralZero(toHalfWidthDigits((lines[dateLine] ?? '').trim()))).replace(/\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年.*$/, '')
  if (own !== '') {
    const agency = cleanAgency(own)
    return agency ? { agency, line: dateLine } : null
  }
  for (let i = dateLine - 1; i >= Math.max(0, dateLine - 2); i--) {
    const raw = (lines[i] ?? '').trim()
    if (raw === '') continue
    const agency = cleanAgency(raw)
    return agency ? { agency, line: i } : null
  }
  return null
}
