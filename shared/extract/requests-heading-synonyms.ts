// Other wordings of table 三's column headings that real reports print: 公民 for 自然人 (the 条例's
// 「公民、法人和其他组织」), 企业 for 商业企业, 公益组织 for 社会公益组织, 律师事务所 for 法律服务机构
// (科研院所 / 科研单位 and 法律服务… already hold the template's first pieces 科研, 法律). A synonym
// counts only for a column none of the template's words names anywhere in the header: 企业 on the
// line below 商业 is the second piece of a wrapped 商业企业, not a heading of its own.
import { headingHits, type HeadingHit, type HeadingWord } from './header-columns'
import { fuzzy } from './row-labels'

const SYNONYMS: HeadingWord[] = [
  // Not 「公民、法人和其他组织」 (prose naming all applicants), nor 个人信息 / 个人隐私.
  { column: 0, name: '自然人', re: new RegExp(`${fuzzy('公民')}(?![\\s\\u3000]*[、，,和及与])|${fuzzy('个人')}(?![\\s\\u3000]*[信隐、，,和及与])`) },
  { column: 1, name: '商业企业', re: new RegExp(fuzzy('企业')) },
  { column: 3, name: '社会公益组织', re: new RegExp(fuzzy('公益')) },
  { column: 4, name: '法律服务机构', re: new RegExp(fuzzy('律师')) },
]

const ANY_SYNONYM = /公[\s\u3000]*民|个[\s\u3000]*人|企[\s\u3000]*业|公[\s\u3000]*益|律[\s\u3000]*师/

/** Table 三's heading hits: the template's words (`words`), and a synonym's where its column has none. */
export function requestHeadingHits(header: string, words: readonly HeadingWord[]): HeadingHit[] {
  const hits = headingHits(header, words)
  const named = new Set(hits.map((h) => h.column))
  // (Most headers name every column in the template's words, or hold no synonym at all.)
  if ([0, 1, 3, 4].every((c) => named.has(c)) || !ANY_SYNONYM.test(header)) return hits
  const extra = headingHits(header, SYNONYMS.filter((s) => !named.has(s.column)))
  return [...hits, ...extra].sort((a, b) => a.line - b.line || a.at - b.at)
}
