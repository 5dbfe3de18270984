// A caption that names last year in words rather than by a leading year: 「附：上年度（2022年）收到和
// 处理政府信息公开申请情况（供对比）」「上一年度情况：」「去年同期对比如下：」 (review 10 R10-7). The table
// under it is last year's, never this year's. A caption is a line of its own: no full stop and no
// comma (a wrapped line of prose, 「…较上年有所增长，主要…」, is no caption), no figure but a year, and a
// word of a table's name or of comparison, so that prose mentioning last year is not taken for one.

/** Numbering before a caption: （一） 一、 附： 附表1： 表2： */
const NUMBERING = /^[ \u3000\t]*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|附表?\d{0,2}[ \u3000]*[：:]?|表\d{1,2}[ \u3000]*[：:]?|[一二三四五六七八九十]{1,2}[、.．])?[ \u3000\t]*/
/** Last year in words (not the row 「二、上年结转…」), or a table printed for comparison. */
// Not 「对比」 alone: 「与上年数据对比情况」 names last year anyway, 「数据对比情况」 may caption this year's table.
const LAST_YEAR = /上一?年度?(?!度?结转)|去年|供对比|作对比/
/** A caption names a table or its data, or says the table follows. */
const TABLE_WORD = /情况|数据|表|申请|复议|诉讼|如下|[：:][ \u3000]*$/
const YEAR = /((?:19|20)\d\d)[ \u3000]*年度?/g

export interface YearCaption {
  at: number
  year: number
  label: string
}

/**
 * Captions naming last year in the text. The year is the one printed in the caption (「（2022年）」),
 * else the report's year less one; with neither known, -1 (another year, number unknown).
 */
export function lastYearCaptions(text: string, reportYear: number | null): YearCaption[] {
  const out: YearCaption[] = []
  let at = 0
  for (const line of text.split('\n')) {
    const start = at
    at += line.length + 1
    const body = line.replace(NUMBERING, '').trim()
    if (body.length < 3 || body.length > 60 || /[。；，,]/.test(body)) continue
    if (!LAST_YEAR.test(body) || !TABLE_WORD.test(body)) continue
    const years = [...body.matchAll(YEAR)].map((m) => Number(m[1]))
    if (/\d/.test(body.replace(YEAR, ''))) continue
    // Two years named (「2022年与2021年对比」): a table of both, not last year's alone — not a caption here.
    if (new Set(years).size > 1) continue
    const printed = years[0]
    if (printed !== undefined && printed === reportYear) continue
    const year = printed ?? (reportYear !== null ? reportYear - 1 : -1)
    out.push({ at: start, year, label: printed !== undefined ? `${printed}年度` : '上年度' })
  }
  return out
}
