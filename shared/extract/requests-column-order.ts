// Table 三's column order as its header prints it. The template puts 自然人 first, then the five
// 法人或其他组织 columns, then 总计; some reports print the five organisation columns first and
// 自然人 after them. The sums cannot tell the two apart (总计 is the last column in both), so only
// the header's words can: a header line where an organisation heading stands before 自然人 (on the
// same line: across lines, pdftotext prints a merged heading above or below its neighbours).
import type { RequestRow } from '../model/report'
import { fuzzy } from './row-labels'

export type ColumnOrder = 'template' | 'organisations-first' | 'unclear'

/**
 * The template's applicant headings. Every pattern below is built from these words (or their
 * first pieces, which a heading wrapped in a narrow cell leaves on a line): NATURAL and
 * WHOLE_NATURAL find 自然人, SUB_HEADING the five organisation sub-headings, ORGANISATION any
 * organisation heading; REQUEST_HEADINGS (requests-columns.ts) maps each heading to its template column.
 */
export const HEADINGS = ['自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构'] as const

/**
 * 自然人, or the piece 自然 a narrow column leaves on the heading line (「商业 科研 … 其 自然 总」 over
 * 「企业 机构 … 他 人 计」): the piece alone still tells where the column stands (not 自然资源, a body's name).
 */
const NATURAL = new RegExp(`${fuzzy('自然')}(?![\\s\\u3000]*资)`)
const WHOLE_NATURAL = new RegExp(fuzzy('自然人'))
/** The five organisation sub-headings' first pieces (商业 / 企业 wrapped), not 法人或其他组织. */
const SUB_HEADING = new RegExp([fuzzy('商业'), fuzzy('科研'), fuzzy('社会公'), fuzzy('法律服')].join('|'), 'g')
/** Organisation headings, in pieces that survive a heading wrapped inside its cell (科研机 / 构, 法人或其他 / 组织). */
const ORGANISATION = new RegExp([fuzzy('法人'), fuzzy('商业企业'), fuzzy('科研'), fuzzy('社会公益'), fuzzy('法律服务')].join('|'), 'g')

const SENTENCE = /[，。；,;]|\d[ \u3000]*件/
/**
 * The header's bracketed note (本列数据的勾稽关系为：…，…) is left out before a line is judged; also
 * where a reader ran it together with the headings on a line and its brackets close on another
 * (「（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项法人或其他组织自然总」).
 */
const NOTE_PIECES = /[（(]?本列数据的勾稽关系为[：:]?|第[一二三四]项|之和[，,]?|[加等于]+(?=第)|等于|[)）]/g
export const withoutNotes = (line: string): string => line.replace(/（[^）]*）|\([^)]*\)/g, '').replace(NOTE_PIECES, '')

/** The order the header's lines show: decided only by lines holding 自然人 and an organisation heading. */
export function requestColumnOrder(header: string): ColumnOrder {
  let natFirst = false
  let orgFirst = false
  let pieceAfterOrg = false
  for (const line of header.split('\n').map(withoutNotes)) {
    // A sentence (其中法人或其他组织申请5件，自然人…) is prose before the table, not its header.
    if (SENTENCE.test(line)) continue
    const nat = NATURAL.exec(line)
    ORGANISATION.lastIndex = 0
    const org = ORGANISATION.exec(line)
    if (!nat || !org) continue
    if (WHOLE_NATURAL.test(line)) {
      // The first organisation heading decides (the sub-headings 商业企业… follow 自然人 in both orders).
      if (org.index < nat.index) orgFirst = true
      else natFirst = true
      continue
    }
    // Only the piece 自然 (a narrow cell wrapped 自然 / 人): a tall merged cell's piece may be printed
    // after 法人或其他组织 in either order (a PDF table's header lines run together), so only the
    // sub-headings (商业 科研 社会公 法律服) tell: 自然 after them, organisations first; before them, the
    // template's order; with 法人或其他组织 alone before it, unclear.
    SUB_HEADING.lastIndex = 0
    const sub = SUB_HEADING.exec(line)
    if (sub) {
      if (sub.index < nat.index) orgFirst = true
      else natFirst = true
    } else if (org.index < nat.index) pieceAfterOrg = true
  }
  if (orgFirst && natFirst) return 'unclear'
  if (pieceAfterOrg && !orgFirst && !natFirst) return 'unclear'
  if (orgFirst) return 'organisations-first'
  return natFirst ? 'template' : (stackedNaturalOrder(header) ?? soloLineOrder(header))
}

/**
 * 自然人 stacked a character per line in a narrow column (「商 科 社会 法律 自 总」 over 「业 研 公益 服务
 * 其 然 计」): where 「自」 stands first among the heading pieces of its line, the template's order;
 * where organisation pieces stand before it, the order cannot be told from the lines (the pieces of
 * the other headings are stacked too), so it is unclear and the table is not read by column.
 */
function stackedNaturalOrder(header: string): ColumnOrder | null {
  for (const line of header.split('\n')) {
    const tokens = line.split(/[\s\u3000]+/).filter((t) => t !== '')
    const at = tokens.indexOf('自')
    if (at < 0 || tokens.length < 3) continue
    const piecesBefore = tokens.slice(0, at).filter((t) => /^[\u4e00-\u9fff]{1,7}$/.test(t) && HEADINGS.some((h) => h.includes(t)))
    return piecesBefore.length ? 'unclear' : 'template'
  }
  return null
}

/**
 * A line that is one heading cell, or one piece of a heading a narrow cell wrapped (自然 / 人,
 * 科研 / 机构), and nothing else (a cell per line: crawled pages, pdftotext without -layout).
 */
const isHeadingCell = (line: string): boolean => HEADINGS.some((h) => h.includes(line))

/**
 * Where every line holding a heading holds that one heading alone (a cell per line), the order of
 * the lines is the order of the cells: 自然人 after the first organisation heading → organisations
 * first. Any longer line with a heading (pdftotext -layout, where a merged heading stands on a line
 * above its neighbours) leaves the template's order.
 */
function soloLineOrder(header: string): ColumnOrder {
  let nat = -1
  let org = -1
  const lines = header.split('\n').map((l) => withoutNotes(l).replace(/[\s\u3000\uE000|]/g, ''))
  for (const [i, line] of lines.entries()) {
    if (SENTENCE.test(line)) continue
    ORGANISATION.lastIndex = 0
    const orgs = line.match(ORGANISATION)?.length ?? 0
    const hasNat = NATURAL.test(line)
    if (!orgs && !hasNat) continue
    // A line of several heading pieces (「自然 总」 beside each other): the line of the wrapped headings'
    // second pieces tells the order where there is one (rv5: 「商业 科研 … 其 人 计」, organisations first).
    if (!isHeadingCell(line)) return wrappedTailOrder(header) ?? 'template'
    if (hasNat && nat < 0) nat = i
    if (orgs && org < 0) org = i
  }
  const byLines: ColumnOrder = nat >= 0 && org >= 0 && org < nat ? 'organisations-first' : 'template'
  if (nat < 0 || WHOLE_NATURAL.test(lines[nat]!)) return byLines
  // 自然人 wrapped 自然 / 人 may be positioned text in its stream order (pdftotext without -layout),
  // which prints a tall merged heading (法人或其他组织, 自然人 over two header rows) on the line of its
  // vertical middle: 法人或其他组织's line before 自然's is then no column order. A sub-heading's line
  // before 自然 is (a header of one row). The line of the wrapped headings' second pieces
  // (「人 企业 机构 益组织 务机构 他 计」) is in the columns' order (review 12 R12-2).
  const subBefore = lines.slice(0, nat).some((l) => !SENTENCE.test(l) && new RegExp(SUB_HEADING.source).test(l))
  const tail = wrappedTailOrder(header)
  if (tail && subBefore && tail !== byLines) return 'unclear'
  if (tail) return tail
  return byLines === 'organisations-first' && !subBefore ? 'unclear' : byLines
}

/** The organisation headings and 其他, whose second pieces stand on the tail line beside 人. */
const TAIL_HEADINGS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']

/**
 * The order the tail line of wrapped headings shows: 「人」 (自然人's second piece) before the
 * organisation headings' pieces → the template's order; after them → organisations first; a line
 * with pieces on both sides → unclear. Null where no line holds 人 beside such pieces.
 */
function wrappedTailOrder(header: string): ColumnOrder | null {
  const isPiece = (t: string): boolean => t !== '人' && TAIL_HEADINGS.some((h) => h.includes(t))
  for (const line of header.split('\n')) {
    const tokens = line.split(/[\s\u3000|]+/).filter((t) => t !== '')
    const at = tokens.indexOf('人')
    if (at < 0) continue
    const before = tokens.slice(0, at).filter(isPiece).length
    const after = tokens.slice(at + 1).filter(isPiece).length
    if (!before && !after) continue
    if (before && after) return 'unclear'
    return before ? 'organisations-first' : 'template'
  }
  return null
}

/** A row printed organisations first (商业企业 … 其他, 自然人, 总计) in the template's order. */
export const organisationsFirstToTemplate = (row: RequestRow): RequestRow => [row[5] ?? null, ...row.slice(0, 5), ...row.slice(6)]
