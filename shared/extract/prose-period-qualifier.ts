// The words before a prose count that make it something else than the year's figure (hostile review
// hr38 F2): a part of the year (上半年, 第四季度, 1—9月), an average (月均, 日均, 平均每月), a peak
// (单日最高), or a running total over years (累计 with no year named, 截至…, 开通以来, 近三年来). One
// rule for every count read from prose (主动公开, requests, 12345 calls, messages) and for the check
// that compares the prose with the tables. Pure: works on the compact text the metric patterns read.

/** 1月至12月 / 1—12月 / 1月1日至12月31日: the whole year, blanked before the months are looked for. */
const WHOLE_YEAR_SPAN = /(?:\d{4}年)?(?<!\d)1月?(?:1日)?起?(?:至|到|—|–|-|～|~)(?:\d{4}年)?12月(?:31日)?(?:底|末)?/g
/** A part of the year: 上半年, 第四季度, 前三季度, 1—9月, 12月份. */
const PART = /上半年|下半年|前三季度|(?:第?[一二三四1-4])?季度|(?<![\d.])\d{1,2}月(?:份)?|(?<![\d.])\d{1,2}(?:—|–|-|～|~|至|到)\d{1,2}月|[一二三四五六七八九十]{1,2}月份/
/** An average or a peak: 月均, 日均, 平均每月, 单日最高. */
const AVERAGE = /月均|日均|周均|年均|平均每(?:个)?(?:月|天|日|周|年|工作日)|每(?:月|天|日|周)平均|平均/
/** Not 最多 alone: 「最多跑一次」 is a reform's name. */
const PEAK = /单日|单月|单周|峰值|高峰|最高/
/** Over years: 开通以来, 自2019年以来, 历年, 近三年来, 多年来, 截至年底. */
const OVER_YEARS = /以来|历年|多年来|近(?:[两二三四五六七八九十\d]+)年|(?<!一)[两二三四五六七八九十\d]+年(?:来|间)|截至|截止/
/** 累计 is the year's only with the year named before it in its clause: 全年累计, 本年度共累计, 2023年累计. */
const CUMULATIVE = /累计|总计/
const THIS_YEAR_WORDS = /全年|本年度?|今年|年内|当年|一年来|(\d{4})年度?/g
/** A count or a unit in a clause: the clause says something of its own, it is no time phrase of the sentence. */
const OWN_FIGURE = /\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:条|件|个|次|篇|名|位|项|场|人|期|家|份|通)/

export interface PeriodQualifier {
  /** The words as printed (compact): 「上半年」「月均」「累计」. */
  words: string
  /** What the count is, for the note: 「“上半年”这一时段的数量」. */
  what: string
}

const blankTitles = (s: string): string => s.replace(/《[^》]*》/g, (m) => ' '.repeat(m.length))

/** Whether `clause` names the report's year as the time of its count (全年, 本年度, 2023年). */
function namesTheYear(clause: string, year: number | null): boolean {
  for (const m of clause.matchAll(THIS_YEAR_WORDS)) if (m[1] === undefined || (year !== null && Number(m[1]) === year)) return true
  return false
}

/** The qualifier in one clause (the whole-year spans blanked), or null. */
function qualifierIn(clause: string, year: number | null, verbClause: boolean): PeriodQualifier | null {
  const c = clause.replace(WHOLE_YEAR_SPAN, ' ')
  const over = OVER_YEARS.exec(c)
  if (over) return { words: over[0], what: `“${over[0]}”的累计数（可能跨越多个年度），不是本年的数量` }
  const part = PART.exec(c)
  if (part) return { words: part[0], what: `“${part[0]}”这一时段的数量，不是全年的` }
  const avg = AVERAGE.exec(c)
  if (avg) return { words: avg[0], what: `“${avg[0]}”的平均数，不是全年总数` }
  const peak = PEAK.exec(c)
  if (peak) return { words: peak[0], what: `“${peak[0]}”的数量，不是全年总数` }
  const cum = CUMULATIVE.exec(c)
  // 全年累计 / 2023年累计: the year's own total; 累计 with no year before it in its clause runs over years.
  if (cum && !(verbClause && namesTheYear(c.slice(0, cum.index), year))) return { words: cum[0], what: `“${cum[0]}”数（未说明是本年度的，可能跨越多个年度），不是本年的数量` }
  return null
}

/**
 * What makes the count whose verb (or number) stands at `at` in the sentence `s` not the year's figure,
 * or null. Looked for in the count's own clause, and in the clauses before it that are time phrases of
 * the sentence (「第四季度，全市…」「截至2023年底，…累计…」: no count of their own) unless the count's
 * clause names the year itself (「截至12月31日，本局当年发布…」).
 */
export function periodQualifierBefore(s: string, at: number, year: number | null): PeriodQualifier | null {
  const head = blankTitles(s.slice(0, at))
  const clauses = head.split(/[，：；,（]/)
  const own = clauses.pop() ?? ''
  const q = qualifierIn(own, year, true)
  if (q) return q
  if (namesTheYear(own, year)) return null
  for (const c of clauses.reverse()) {
    if (OWN_FIGURE.test(c)) break
    const earlier = qualifierIn(c, year, false)
    if (earlier) return earlier
    if (namesTheYear(c, year)) return null
  }
  return null
}

/** The note for a count refused by periodQualifierBefore. */
export function periodNote(what: string, figure: string, q: PeriodQualifier, printed: string): string {
  return `正文所述${what}“${figure}”是${q.what}，未读取。（原句：${printed}）`
}
