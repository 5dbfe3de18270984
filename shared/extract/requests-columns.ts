// Table 三's column order as its header prints it. The template puts 自然人 first, then the five
// 法人或其他组织 columns, then 总计; some reports print the five organisation columns first and
// 自然人 after them. The sums cannot tell the two apart (总计 is the last column in both), so only
// the header's words can: a header line where an organisation heading stands before 自然人 (on the
// same line: across lines, pdftotext prints a merged heading above or below its neighbours).
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { fuzzy } from './row-labels'

export type ColumnOrder = 'template' | 'organisations-first' | 'unclear'

const NATURAL = new RegExp(fuzzy('自然人'))
/** Organisation headings, in pieces that survive a heading wrapped inside its cell (科研机 / 构). */
const ORGANISATION = new RegExp([fuzzy('法人或其他组织'), fuzzy('商业企业'), fuzzy('科研'), fuzzy('社会公益'), fuzzy('法律服务')].join('|'), 'g')

const SENTENCE = /[，。；,;]|\d[ \u3000]*件/
/** The header's bracketed note (本列数据的勾稽关系为：…，…) is left out before a line is judged. */
const withoutNotes = (line: string): string => line.replace(/（[^）]*）|\([^)]*\)/g, '')

/** The order the header's lines show: decided only by lines holding 自然人 and an organisation heading. */
export function requestColumnOrder(header: string): ColumnOrder {
  let natFirst = false
  let orgFirst = false
  for (const line of header.split('\n').map(withoutNotes)) {
    // A sentence (其中法人或其他组织申请5件，自然人…) is prose before the table, not its header.
    if (SENTENCE.test(line)) continue
    const nat = NATURAL.exec(line)
    ORGANISATION.lastIndex = 0
    const org = ORGANISATION.exec(line)
    if (!nat || !org) continue
    // The first organisation heading decides (the sub-headings 商业企业… follow 自然人 in both orders).
    if (org.index < nat.index) orgFirst = true
    else natFirst = true
  }
  if (orgFirst && natFirst) return 'unclear'
  if (orgFirst) return 'organisations-first'
  return natFirst ? 'template' : soloLineOrder(header)
}

/** A line that is one whole heading cell and nothing else (a cell per line: crawled pages, pdftotext without -layout). */
const WHOLE_HEADING = /^(?:自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构)$/

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
    if (!WHOLE_HEADING.test(line)) return 'template'
    if (hasNat && nat < 0) nat = i
    if (orgs && org < 0) org = i
  }
  return nat >= 0 && org >= 0 && org < nat ? 'organisations-first' : 'template'
}

/** A row printed organisations first (商业企业 … 其他, 自然人, 总计) in the template's order. */
export const organisationsFirstToTemplate = (row: RequestRow): RequestRow => [row[5] ?? null, ...row.slice(0, 5), ...row.slice(6)]

/**
 * The rows in the template's column order. A header whose lines contradict each other leaves the
 * table unread: which cell is 自然人's is then a guess.
 */
export function inTemplateOrder(
  rows: Partial<Record<RequestRowKey, RequestRow>>,
  order: ColumnOrder,
  notes: ExtractionNote[],
): Partial<Record<RequestRowKey, RequestRow>> {
  if (order === 'template') return rows
  const out: Partial<Record<RequestRowKey, RequestRow>> = {}
  for (const [k, row] of Object.entries(rows) as [RequestRowKey, RequestRow][]) {
    if (order === 'organisations-first') out[k] = organisationsFirstToTemplate(row)
    else {
      out[k] = row.map(() => null)
      notes.push({ field: `requests.${k}`, message: '表三表头中「自然人」与「法人或其他组织」各列的先后不一致，无法确定各列对应的申请人类别，本行未读取。' })
    }
  }
  return out
}
