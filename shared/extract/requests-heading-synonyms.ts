// Other wordings of table 三's column headings that real reports print (the words: request-column-words.ts,
// shared with the grid path): 公民 / 个人 / 群众 / 市民 for 自然人, 企业 / 公司 for 商业企业, 高等院校 / 高校
// for 科研机构, 公益组织 for 社会公益组织, 律师事务所 for 法律服务机构 (科研院所 / 科研单位 and 法律服务…
// already hold the template's first pieces 科研, 法律). A synonym counts only for a column none of the
// template's words names anywhere in the header: 企业 on the line below 商业 is the second piece of a
// wrapped 商业企业, not a heading of its own.
import { headingHits, type HeadingHit, type HeadingWord } from './header-columns'
import { fuzzy } from './row-labels'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { REQUEST_COLUMN_WORDS } from './request-column-words'

/** What may not follow a word for 自然人: 「公民、法人和其他组织」 (prose naming all applicants), 个人信息 / 个人隐私. */
const NOT_AFTER: Record<number, string> = { 0: '(?![\\s\\u3000]*[信隐、，,和及与])' }

const SYNONYMS: HeadingWord[] = REQUEST_COLUMN_WORDS.map(({ column, words }) => ({
  column,
  name: REQUEST_COLUMN_LABELS[column]!,
  re: new RegExp(words.map((w) => `${fuzzy(w)}${NOT_AFTER[column] ?? ''}`).join('|')),
}))

const ANY_SYNONYM = new RegExp(REQUEST_COLUMN_WORDS.flatMap((w) => w.words).map(fuzzy).join('|'))

/** Table 三's heading hits: the template's words (`words`), and a synonym's where its column has none. */
export function requestHeadingHits(header: string, words: readonly HeadingWord[]): HeadingHit[] {
  const hits = headingHits(header, words)
  const named = new Set(hits.map((h) => h.column))
  // (Most headers name every column in the template's words, or hold no synonym at all.)
  if ([0, 1, 2, 3, 4].every((c) => named.has(c)) || !ANY_SYNONYM.test(header)) return hits
  const extra = headingHits(header, SYNONYMS.filter((s) => !named.has(s.column)))
  return [...hits, ...extra].sort((a, b) => a.line - b.line || a.at - b.at)
}

/**
 * Headings naming two columns at once: 其他 glued to another column's word (「其他企业」: 其他 and 企业 for
 * 商业企业). Which column such a heading heads, and so the columns' order, is not proven (review hr36 F5:
 * 企业 … 其他企业 in the template's order read with the five organisation columns rotated). Their texts.
 */
const OTHER_GLUED = new RegExp(`其[\\s\\u3000]*[他它](?:${['商业', ...REQUEST_COLUMN_WORDS.flatMap((w) => w.words)].join('|')})`, 'g')
export function twoColumnHeadings(header: string): string[] {
  // As headingHits reads a line: only what follows its last sentence mark or number (prose before the table is no header).
  const lines = header.split('\n').map((raw) => {
    const text = raw.replace(/（[^）]*）|\([^)]*\)/g, '')
    return text.slice(Math.max(...[...text.matchAll(/[，。；,;\d]/g)].map((m) => m.index + 1), 0))
  })
  return [...new Set(lines.flatMap((l) => [...l.matchAll(OTHER_GLUED)].map((m) => m[0].replace(/[\s\u3000]+/g, ''))))]
}

/** The header with each such heading's other word blanked (「其他企业」 → 「其他##」: a heading of 其他 alone). */
export function asOtherOnly(header: string): string {
  return header.replace(OTHER_GLUED, (m) => m.replace(/^(其[\s\u3000]*[他它])(.*)$/, (_, o: string, rest: string) => o + '#'.repeat(rest.length)))
}
