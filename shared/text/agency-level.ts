// The level of government a reporting body is, from its name, and whether the subject of a clause in
// its prose (全县, 我市, 系统内各单位) is that body or a wider whole. A department's report may quote
// its county's or city's figures (「全县共主动公开政府信息78810条」「全市12345热线受理来电…」「我县排名全省
// 第15位」): those are the place's, not the department's (review-s8 §3 p21, rv20b W8–W12).

/** The level of government a body is ("某县人民政府" / "某县政府办公室" → 县; a place named alone or by its
 *  管委会, "平潭综合实验区" / "某经济开发区管委会" → 区), or null for a department or unknown. */
export function governmentLevel(agency: string | null): string | null {
  const m = agency ? /(?<![社小园])([省县市区旗州镇乡])(?:(?:人民)?政府(?:办公室|办公厅|办)?|(?:党工委)?(?:管委会|管理委员会))?$/.exec(agency) : null
  return m ? m[1]! : null
}

/** Words that may stand between a subject and its verb: 共, 累计, 全年, 依法. */
const FILLER = '(?:共计|共|累计|合计|全年|本年度?|今年|依法)*'
/** The bodies of all levels (各级行政机关, 各级政府部门, 各级机关单位) after a place or a system (F1 of hr36:
 *  「全市各级行政机关共收到…」 is the place's whole). */
const LEVELS_BODIES = '各级(?:各类)?(?:行政机关|国家行政机关|机关(?:单位)?|(?:人民)?政府(?:及其?(?:工作)?部门|部门)?|政府部门)'
/** A place as the subject right before the verb (or before 「12345」): 全县 / 我市 / 本区 / 全省, then
 *  范围内 or its bodies (各部门, 各级各部门…). */
const PLACE_SUBJECT = new RegExp(`(?:全|我|本)(县|市|区|省|州|旗|盟|镇|乡)(?:范围内)?(?:各级各部门|各级各单位|${LEVELS_BODIES}|各部门|各单位|各乡镇|各街道|政府部门)?${FILLER}$`)
/** Several bodies as the subject, no place named: 系统内各单位, 全系统, 各部门, 各单位, 教育系统各级行政机关
 *  (not 各级行政机关 alone, which a government's report uses for itself). */
const MANY_BODIES_SUBJECT = new RegExp(`(?:(?:全|本)?系统(?:内|内外)?(?:各单位|${LEVELS_BODIES}|各级)?|各(?:部门|单位|乡镇|街道))${FILLER}$`)

/** A whole as the subject at the end of `before` (the text right before the verb): its words and, for a
 *  place, its level (县, 市…). A heading glued in front (「（一）依申请公开情况全县共…」) does not hide it. */
export function wholeSubject(before: string): { words: string; place: string | null } | null {
  const p = PLACE_SUBJECT.exec(before)
  if (p) return { words: p[0].replace(new RegExp(`${FILLER}$`), ''), place: p[1]! }
  const many = MANY_BODIES_SUBJECT.exec(before)
  return many ? { words: many[0].replace(new RegExp(`${FILLER}$`), ''), place: null } : null
}

/** The subject words right before the verb (end of `before`) when they name a whole wider than the
 *  reporting body: a place whose government the body is not, or several bodies. Null where they name
 *  neither, the place is the body's own (a county government's 「全县…」), or the body is unknown. */
export function widerSubject(before: string, agency: string | null): string | null {
  const whole = wholeSubject(before)
  if (!whole || agency === null) return null
  return whole.place !== null && governmentLevel(agency) === whole.place ? null : whole.words
}
