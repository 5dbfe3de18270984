// Another report's title quoted in a sentence — 「对照《某局2021年度政府信息公开工作年度报告》…」,
// 「根据某局2021年度政府信息公开工作年度报告…」 — is never this report's (review rv19 #3). Such quotes are
// blanked before a year is looked for in prose. A line that is nothing but a title in 《》 is kept
// (a page may print its own title so).

const QUOTED = /《[^《》]*》/g
/** 根据/按照/依据/对照/参照 … 报告, within one clause. */
const CITED_REPORT = /(?:根据|按照|依据|对照|参照)[^，。；《》]{0,40}?(?:报告|年报)/g

export function withoutQuotedTitles(line: string): string {
  const t = line.trim()
  if (/^《[^《》]*》$/.test(t)) return line
  return line.replace(QUOTED, '《》').replace(CITED_REPORT, '')
}
