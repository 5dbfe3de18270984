// Whether a prose count of requests is the whole year's for the report's body, judged by the words
// of its clause before the verb (review rv17c). A count is only a part where that clause names
//  - a part of the year (上半年, 第四季度, 11月, 截至11月底),
//  - one channel (通过网络平台, 网上, 信函),
//  - a year other than the report's (2021年),
//  - another body as the subject (「县自然资源局受理…」 in a county government's report).
// The body's own words (本局, 我委, 全县, 各级行政机关) and a clause naming nothing keep the count.
// Pure: works on the compact text the metric patterns read.
import { wholeSubject, widerSubject } from '../text/agency-level'

/** A part of the year before the verb. 「1月至12月」 is the whole year (blanked before this is tested). */
const PERIOD = /上半年|下半年|季度|截至|截止|\d{1,2}月|[一二三四五六七八九十]{1,2}月/
/** One channel of several before the verb. */
const CHANNEL = /通过|网上|网络|线上|线下|平台|信函|当面|邮件|电子邮箱|现场/
/** 1月至12月 / 1月1日至12月31日 / 1-12月 / 2022年1月1日至2022年12月31日: the whole year (the year named
 *  is kept for the test of another year; review rv18b). Not 11月至12月 (review rv18c). 「截至12月31日」 is
 *  not: a count up to a day may be cumulative over years (「截至12月31日累计受理…500件」). */
const WHOLE_YEAR_SPAN = /(?:(\d{4})年)?(?<!\d)1月?(?:1日)?(?:至|到|—|–|-|～|~)(?:\1年)?12月(?:31日)?(?:底|末)?/g
/** All channels named as such: 通过各种渠道, 线上线下. A list 「网上、信函等方式」 is not: another
 *  channel may follow with its own count (「…等方式受理30件，当面受理20件」, review rv18c). */
const ALL_CHANNELS = /(?:通过)?(?:(?:各种|各类|多种|所有|各)渠道|线上线下)/g
/** A count since a date (历年, 自…以来). */
const SINCE = /以来|历年/
/** A running total, the whole year's only where the year is named (「全年累计受理」). */
const CUMULATIVE = /累计|总计/
const YEAR_SCOPE = /全年|本年|今年|当年|年度|\d{4}年/
/** Year words and scope words that may open the clause before its subject. */
const OPENER = /^(?:\d{4}年度?|本年度?|今年|当年|全年)(?:，)?/
/** A body named as the subject: a department, an office, a town (ending the clause before the verb,
 *  with only 共/累计/依法… after it). */
const NAMED_BODY = /([^，；。、\d（）]{1,20}?(?:委员会|局|委|厅|署|办公室|政府办|中心|街道办事处|街道|镇|乡))(?:共计|共|累计|依法|全年|本年度?|已)?$/
/** Words that make the subject the body itself or all its bodies: 本局, 我委, 全县, 各级. */
const OWN_SUBJECT = /^(?:本|我|全|各级)/

/** A whole (a place, several bodies) as the subject before the verb at `at` (全县各部门, 系统内各单位, 全区):
 *  'wider' than the report's body (a place whose government it is not), or the body's own place's or a
 *  whole with the body unknown (review rv20c 1: a town's 「全镇…其中本机关…」). */
export function wholeSubjectBefore(s: string, at: number, agency: string | null): 'wider' | 'own-or-unknown' | null {
  const before = s.slice(0, at)
  if (wholeSubject(before) === null) return null
  return widerSubject(before, agency) !== null ? 'wider' : 'own-or-unknown'
}

/** Why the count whose verb stands at `at` in `s` is not the whole year's of the body (a phrase for
 *  the note: 「上半年」这一时段 …), or null where nothing in its clause says so. `agency` is the
 *  report's body; when it is unknown a named body is not judged (it may be the report's own). */
export function requestCountPart(s: string, at: number, year: number | null, agency: string | null): string | null {
  const from = Math.max(s.lastIndexOf('，', at - 1), s.lastIndexOf('；', at - 1)) + 1
  const head = s.slice(from, at)
    .replace(WHOLE_YEAR_SPAN, (_, y?: string) => (y ? `${y}年 ` : ' '))
    .replace(ALL_CHANNELS, ' ')
  // A time phrase may stand in a clause of its own before the verb's (「2022年11月1日至12月31日，共受理…」).
  const before = s.slice(Math.max(s.lastIndexOf('。', at - 1), s.lastIndexOf('；', at - 1)) + 1, at).replace(WHOLE_YEAR_SPAN, (_, y?: string) => (y ? `${y}年 ` : ' '))
  const period = PERIOD.exec(head) ?? PERIOD.exec(before)
  if (period) return `“${period[0]}”这一时段`
  // A count since some date, or 累计 with no year named: it may run over years (review rv18c).
  if (SINCE.test(before) || (CUMULATIVE.test(head) && !YEAR_SCOPE.test(before))) return '累计（可能跨越多个年度）'
  const channel = CHANNEL.exec(head)
  if (channel) return `“${head.slice(channel.index).replace(/(?:共计|共|累计)$/, '')}”这一渠道`
  const other = [...head.matchAll(/(\d{4})年/g)].find((m) => year !== null && Number(m[1]) !== year)
  if (other) return `${other[1]}年`
  // 「全市共收到…866件」「系统内各单位共收到…」 in a department's report: a whole wider than the body (rv20b W8, W10).
  const wider = widerSubject(head, agency)
  if (wider) return `“${wider}”的合计（不是本报告的机关“${agency}”的）`
  const subject = NAMED_BODY.exec(head.replace(OPENER, ''))
  if (subject && agency !== null && !OWN_SUBJECT.test(subject[1]!) && !isTheBody(subject[1]!, agency)) return `“${subject[1]}”（不是本报告的机关“${agency}”）`
  return null
}

/** The named body is the report's: the body's name contains it, place prefix (县, 某县) aside. */
function isTheBody(named: string, agency: string): boolean {
  const core = named.replace(/^(?:[^省市县区]{0,6}?[省市县区])+/, '')
  return agency.includes(named) || (core.length >= 2 && agency.endsWith(core))
}

/** The note for a count refused by requestCountPart. */
export function partCountNote(part: string, figure: string, printed: string): string {
  if (/的合计（/.test(part)) return `正文所述政府信息公开申请数“${figure}”是${part}申请数，未读取。（原句：${printed}）`
  return /^\d{4}年$/.test(part)
    ? `正文所述政府信息公开申请数“${figure}”是${part}的申请数，不是本年度新收申请数，未读取。（原句：${printed}）`
    : `正文所述政府信息公开申请数“${figure}”只是${part}的申请数，不是全年新收申请数，未读取。（原句：${printed}）`
}
