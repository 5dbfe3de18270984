// A place as the subject of a prose figure (hostile review hr38 F4): a department's report quoting its
// city's figures — 「我市在…位列86个县级政府第20名」「云溪市政务公开水平在…位列…」「全年全市通过门户网站
// 主动公开…50028条」 — gives the place's rank and counts, not the department's. The rule for every prose
// metric (rank, 主动公开, requests, 12345 calls, messages): a figure whose clause opens with a place (全市,
// 我市, 本县, or the place named in the body's own name, 云溪市) is the body's own only in the report of
// that place's government. Where the body is unknown nothing is judged. Pure: compact text.
import { governmentLevel, widerSubject } from '../text/agency-level'

/** Words that may open a clause before its subject: a year, 全年, 本年度. */
const OPENER = /^(?:(?:主动公开|依申请公开|政府信息公开|总体)(?:情况|工作)?)?(?:(?:\d{4}年度?|本年度?|今年|全年|当年|年内)[，,]?)*/
/** 全市 / 我县 / 本区 at the start of a clause. */
/** Not 全省: 「全省政务公开指数评估中」 names the evaluation's scope, not the subject. */
const PLACE_WORD = /^(?:全|我|本)(县|市|区|州|旗|盟|镇|乡)/
/** A body named right after a place: 「我市教育局」「云溪市人力资源和社会保障局」「全市政府门户网站」 (not after a
 *  preposition: 「全市通过市政府门户网站…」 is the place's count). */
const BODY_AFTER_PLACE = /^(?:(?!通过|依托|利用|借助|在|经)[^，。；\d]){0,14}?(?:局|委|办公室|政府|中心|厅|署)/

/** The places the body's own name starts with (「浙江省云溪市教育局」 → 浙江省, 浙江省云溪市, 云溪市), each
 *  with whether the body is that place's government (its 人民政府, or its office as governmentLevel reads it). */
function namedPlaces(agency: string): { name: string; own: boolean }[] {
  const out: { name: string; own: boolean }[] = []
  const level = governmentLevel(agency)
  for (const m of agency.matchAll(/[省市县区州旗盟镇乡]/g)) {
    const end = m.index + 1
    if (end < 2 || end === agency.length) continue
    const rest = agency.slice(end)
    const own = level !== null && /^(?:人民)?政府(?:办公室|办公厅|办)?$/.test(rest)
    for (let from = 0; from < end - 1; from++) {
      // From the start, or from right after an earlier place (浙江省|云溪市).
      if (from > 0 && !/[省市县区州旗盟]/.test(agency[from - 1]!)) continue
      out.push({ name: agency.slice(from, end), own })
    }
  }
  return out.sort((a, b) => b.name.length - a.name.length)
}

/**
 * The place that is the subject of the figure whose verb (or rank) stands at `at` in `s`, where the
 * report's body (`agency`) is not that place's government: its words (「全市」「云溪市」), or null. The
 * subject opens the figure's clause (a year or 全年 may come first), or stands right before the verb
 * (「…，全县各部门共收到…」, text/agency-level.ts).
 */
export function placeSubjectNotBody(s: string, at: number, agency: string | null): string | null {
  if (agency === null) return null
  const head = s.slice(0, at)
  const adjacent = widerSubject(head, agency)
  if (adjacent) return adjacent
  // From the clause's start; a heading glued before it (「（一）主动公开」) is no subject.
  const clause = head.slice(Math.max(...['，', '；', '：', '。', '）'].map((p) => head.lastIndexOf(p))) + 1).replace(OPENER, '')
  const word = PLACE_WORD.exec(clause)
  if (word) {
    // 「我市教育局…」「全市政府门户网站…」: a body of the place, not the place itself.
    if (BODY_AFTER_PLACE.test(clause.slice(word[0].length))) return null
    return governmentLevel(agency) === word[1] ? null : word[0]
  }
  for (const p of namedPlaces(agency)) {
    if (!clause.startsWith(p.name) || BODY_AFTER_PLACE.test(clause.slice(p.name.length))) continue
    return p.own ? null : p.name
  }
  return null
}

/** The note for a figure refused by placeSubjectNotBody. */
export function placeNote(what: string, figure: string, place: string, agency: string | null, printed: string): string {
  return `正文所述${what}“${figure}”是“${place}”的，不是本机关（${agency ?? ''}）的，未读取。（原句：${printed}）`
}
