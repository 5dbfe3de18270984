// Which column of a section 二 small table holds which of a row's fields, read from the table's own
// header words (信息内容 | 本年增/减 | 上一年项目数量 | …). Section 二 has no sums, so only the header can
// tell: some reports reorder the columns, leave one out, or add one the template does not have
// (本年修订件数, 本年项目数量, 备注). A column is placed only by a heading this file knows; a header
// with a column it does not know places the row only where the known headings alone place every
// number (the unknown columns after them all, the row printing just the known ones' cells, or each
// column a cell of its own); else the row is left unread.
import { fuzzy } from './row-labels'

/** Headings (and their synonyms) of each field, as printed in the small tables' headers. */
const HEADINGS: Record<string, string[]> = {
  newlyMade: ['新制作'],
  newlyPublished: ['新公开'],
  publishedTotal: ['公开总数', '公开总量', '累计公开'],
  issued: ['制发'],
  repealed: ['废止'],
  inForce: ['现行有效', '年底有效'],
  lastYearItems: ['上一年项目', '上年项目', '上一年度项目'],
  change: ['增/减', '增／减', '增减', '增（减）', '增(减)'],
  // 决定数 / 决定数量: the only decisions items （五）（六） count are 处理决定 (the template's 处理决定数量).
  decisions: ['处理决定', '决定数'],
  projects: ['采购项目数', '采购项目'],
  amountWanYuan: ['收费金额', '采购总金额', '总金额', '采购金额'],
}

/** Headings as a scan's recogniser misreads them (a fax's 1-bit or a worn copy's broken strokes):
 *  上一年's 一 read as a dash or a dot, 项目's 目 as 日, 口 or 自 (「上-年项目数量」「上一年项口数量」), and
 *  处理决定's 理 as any one character (「处牌决定」). Each still names only its own column: a dash or 一
 *  before 年项目 is 上一年's (本年项目 has none), and nothing else is 处…决定. */
const S = '[\\s\\u3000]*'
const LOOKALIKES: Record<string, string[]> = {
  lastYearItems: [`(?:上${S})?[一\\-—－―.·]${S}年${S}项${S}[目日口自]`],
  decisions: [`处${S}[\\u4e00-\\u9fff]${S}决${S}定`],
}

const headingRe = (field: string): RegExp => new RegExp([...(HEADINGS[field] ?? []).map(fuzzy), ...(LOOKALIKES[field] ?? [])].join('|'))

/** Words right before a heading that make it last year's column. */
const LAST_YEAR_BEFORE = /(?:上一?年度?|去年)[\u4e00-\u9fff]{0,1}$/
/** 累计 right before a heading: a running total (累计制发, 累计决定), not the year's count of that field. */
const RUNNING_TOTAL_BEFORE = /累计[\s\u3000]*[\u4e00-\u9fff]?$/
/** Fields that are a running total already (对外公开总数量 = 累计公开; 现行有效): 累计 before them is their own word. */
const TOTAL_FIELDS = new Set(['publishedTotal', 'inForce', 'lastYearItems'])

/** A whole header word that names the label column, not a data column (项目 | 信息内容 | …). */
const LABEL_WORD = /(?<=^|[\s\u3000|\uE000])(?:项目|内容|类别|名称)(?=$|[\s\u3000|\uE000])/g
/** Parts of a heading that name no column of their own: 本年, 数量, 件数, 对外, 截至 … */
const FILLER = /本年度?|数[量民]|件数|个数|总量|单位|对外|截至|[（(][^（()）]{0,10}[)）]|[（(]\s*(?:单位[：:]?\s*)?(?:亿元|万元|千元|元|件|个|项)\s*[)）]?|单位[：:]?\s*(?:亿元|万元|千元|元)/g
/** A unit in brackets (（单位：万元）「（万元）」「（件）」): part of the heading before it, no column. */
const UNIT_BRACKET = /[（(][^（()）]{0,10}[)）]/g
/** A caption inside the header's stretch (one-big-table layouts print it in the label column), and a title line (## 表二：主动公开政府信息情况). */
const CAPTION_LINE = new RegExp(`${fuzzy('第二十条')}[^\\n]*|^[ \\t#]*(?:表[一二]|#)[^\\n]*|^[^\\n]*主动公开[^\\n]*`, 'gm')
const LABEL_HEADING = new RegExp(fuzzy('信息内容'), 'g')
/** Word pieces: split at whitespace, tabs, pipes and table cell marks. */
const WORD = /[^\s\u3000|\uE000]+/g
/** What is left of a column's heading once the known words are taken out: two CJK characters or more. */
const LEFT_OVER = /[\u4e00-\u9fff]{2,}/g
const CJK = /[\u4e00-\u9fff]/

export interface HeaderColumns {
  /** For each printed column in order: the index of the row's field it holds, or null (a column not known). */
  columns: (number | null)[]
  /** The words of the columns no template has, for a note (other rows' columns of one wide table not among them). */
  unknown: string[]
  /** Each printed column's heading, in order (as `columns`). */
  headings: string[]
  /** The printed heading of each of the row's fields found (by field index). */
  words: (string | null)[]
  /** Headings of this row's fields printed over two columns (by year, by unit): which is this year's is open. */
  twice: string[]
}

interface Column {
  at: number
  field: number | null
  word: string
  foreign?: boolean
  /** The same heading stands over another column too (「处理决定数量（2021年） 处理决定数量（2022年）」). */
  twice?: boolean
}

/** The columns of one header string: known headings of `fields`, and the other words naming a column. */
function columnsOf(header: string, fields: string[], foreign: string[]): Column[] {
  let rest = header.replace(LABEL_WORD, (m) => ' '.repeat(m.length))
  const cols: Column[] = []
  const take = (re: RegExp, field: number | null, isForeign: boolean): void => {
    // Last year's column (上年度现行有效件数, 上年度收费金额) is not this year's field of the same name.
    const lastYears = field !== null && fields[field] === 'lastYearItems'
    const before = (x: RegExpMatchArray): string => rest.slice(Math.max(0, x.index! - 4), x.index)
    const total = field !== null && TOTAL_FIELDS.has(fields[field]!)
    const matches = [...rest.matchAll(new RegExp(re.source, 'g'))].filter((x) => (lastYears || !LAST_YEAR_BEFORE.test(before(x))) && (total || field === null || !RUNNING_TOTAL_BEFORE.test(before(x))))
    const m = matches[0]
    if (!m) return
    // Two columns of one heading (their years or units in brackets, blanked before): the first is no
    // likelier this year's than the second (review rv19d: 31 read for 27, 30568000 万元 for 3056.8).
    const twice = field !== null && matches.length > 1
    cols.push({ at: m.index, field, word: m[0], ...(isForeign ? { foreign: true } : {}), ...(twice ? { twice: true } : {}) })
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length)
  }
  fields.forEach((f, i) => take(headingRe(f), i, false))
  // Other rows' headings (one wide table for all rows): columns of their own, not this row's.
  for (const f of foreign) if (!fields.includes(f)) take(headingRe(f), null, true)
  rest = rest.replace(FILLER, (m) => ' '.repeat(m.length))
  for (const m of rest.matchAll(LEFT_OVER)) cols.push({ at: m.index, field: null, word: m[0] })
  return cols.sort((a, b) => a.at - b.at)
}

/**
 * A header printed over two lines (pdf, narrow cells: 「本年新 本年新 对外公开 / 制作数量 公开数量 总数量」):
 * its lines joined column by column, where each line has the same number of words; else null.
 */
function joinedLines(header: string): string | null {
  const lines = header
    .split('\n')
    .map((l) => [...l.matchAll(WORD)].map((m) => m[0]).filter((w) => CJK.test(w) || /[/／]/.test(w)))
    .filter((ws) => ws.length > 0)
  if (lines.length < 2 || lines.some((ws) => ws.length !== lines[0]!.length)) return null
  return lines[0]!.map((_, c) => lines.map((ws) => ws[c]).join('')).join(' ')
}

/** All fields named in any template, for one-wide-table headers. */
const ALL_FIELDS = Object.keys(HEADINGS)

/**
 * The header's columns for a row of `fields` (template order); null where the header names no column
 * at all (no header printed: the template's order is assumed, as before).
 */
export function headerColumns(header: string, fields: string[]): HeaderColumns | null {
  const clean = header.replace(CAPTION_LINE, (m) => ' '.repeat(m.length)).replace(LABEL_HEADING, (m) => ' '.repeat(m.length)).replace(UNIT_BRACKET, (m) => ' '.repeat(m.length))
  let cols = columnsOf(clean, fields, ALL_FIELDS)
  if (cols.some((c) => c.field === null)) {
    const joined = joinedLines(clean)
    const other = joined ? columnsOf(joined, fields, ALL_FIELDS) : null
    if (other && other.every((c) => c.field !== null)) cols = other
  }
  if (cols.length === 0) return null
  return {
    columns: cols.map((c) => c.field),
    unknown: cols.filter((c) => c.field === null && !c.foreign).map((c) => c.word),
    headings: cols.map((c) => c.word),
    words: fields.map((_, i) => cols.find((c) => c.field === i)?.word ?? null),
    twice: cols.filter((c) => c.twice).map((c) => c.word),
  }
}

/**
 * How a row's printed cells map onto its fields, given `printedCount` cells read from the row: for each
 * field its cell index, or null (no column for it); null where the header cannot place them.
 */
export function placeCells(hc: HeaderColumns, fieldCount: number, printedCount: number): (number | null)[] | null {
  const { columns } = hc
  const byColumn = (): (number | null)[] => Array.from({ length: fieldCount }, (_, f) => (columns.indexOf(f) >= 0 ? columns.indexOf(f) : null))
  // Each column a cell of its own: every number is placed by its column.
  if (printedCount === columns.length) return byColumn()
  // Just the known columns' cells, the unknown columns all after them (a 备注 column left blank).
  const known = columns.filter((c) => c !== null).length
  const lastKnown = columns.reduce((a, c, j) => (c !== null ? j : a), -1)
  if (printedCount === known && lastKnown === known - 1) return byColumn()
  return null
}

const TABLE_HEADER = new RegExp(fuzzy('信息内容'), 'g')
const CAPTION = new RegExp(`${fuzzy('第二十条')}[^\\n]{0,12}?项`, 'g')

/**
 * The header of the small table a row stands in: from the last 信息内容 before the row to the first row
 * label after it; '' where there is none, or where a caption of another item stands between that
 * table's first row and this row (then the header is another table's).
 */
export function headerBefore(text: string, rowStart: number, rowStarts: number[]): string {
  let at = -1
  for (const m of text.slice(0, rowStart).matchAll(TABLE_HEADER)) at = m.index + m[0].length
  if (at < 0) return ''
  const first = rowStarts.filter((s) => s >= at).sort((a, b) => a - b)[0] ?? rowStart
  if ([...text.slice(first, rowStart).matchAll(CAPTION)].length > 0) return ''
  // Up to the first row's line (a label's first words, 「行政」 of 行政规范性文件, are no heading).
  const lineStart = text.lastIndexOf('\n', first - 1) + 1
  return text.slice(at, lineStart > at ? lineStart : first).replace(/行政[\s\u3000]*$/, '')
}
