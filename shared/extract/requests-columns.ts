// Table 三's column map: where each printed column belongs, from its header's words (or the source's
// grid), and the header shapes whose order cannot be proven (refused with a note). The order the
// header's lines show is requests-column-order.ts's.
import type { ExtractionNote } from '../model/extraction'
import { fuzzy } from './row-labels'
import { ORG_INDENTS_NOTE, indentsContradict, orgIndentsContradictTemplate } from './requests-header-sides'
import { twoLevelLayouts } from './requests-column-agreement'
import { ascending, mapOf, onceEach, printedNames, type ColumnMap, type HeadingHit, type HeadingWord } from './header-columns'
import { HEADINGS, requestColumnOrder, withoutNotes } from './requests-column-order'
import { asOtherOnly, requestHeadingHits, twoColumnHeadings } from './requests-heading-synonyms'
import { displacedHeadings, headerLinesDisagree } from './requests-heading-places'
import { displacedCellPerLine } from './requests-heading-per-line'
import { unitGroupLine } from './requests-unit-group-line'
import { groupWordsOneLine, groupWordsPipeGrid } from './requests-group-words-line'

/** Every heading a cell of table 三's header may hold whole. */
const ALL_HEADINGS = [...HEADINGS, '其他', '总计', '合计'] as const

/** Table 三's column headings (whole, or the first piece a wrapped heading prints on its first line). */
const GROUP = 7
export const REQUEST_HEADINGS: HeadingWord[] = [
  // First: its 其他 is not the 其他 column (a wrapped heading prints 法人或其他 / 组织).
  { column: GROUP, name: '法人或其他组织', re: new RegExp([fuzzy('法人或其他组织'), fuzzy('法人或其他'), fuzzy('法人或其'), fuzzy('或其他组织'), fuzzy('其他组织')].join('|')) },
  { column: 0, name: '自然人', re: new RegExp(`${fuzzy('自然人')}|${fuzzy('自然')}`) },
  { column: 1, name: '商业企业', re: new RegExp(`${fuzzy('商业企业')}|${fuzzy('商业')}`) },
  { column: 2, name: '科研机构', re: new RegExp(`${fuzzy('科研机构')}|${fuzzy('科研')}`) },
  { column: 3, name: '社会公益组织', re: new RegExp(`${fuzzy('社会公益组织')}|${fuzzy('社会')}`) },
  { column: 4, name: '法律服务机构', re: new RegExp(`${fuzzy('法律服务机构')}|${fuzzy('法律')}`) },
  // 其 alone: the first line of 其他 wrapped in a narrow column (pdftotext -layout prints 他 below).
  { column: 5, name: '其他', re: new RegExp(`${fuzzy('其他')}|(?<![\\u4e00-\\u9fff])其(?![\\u4e00-\\u9fff])`) },
  { column: 6, name: '总计', re: new RegExp(`${fuzzy('总计')}|${fuzzy('合计')}`) },
]
const ORGS = [1, 2, 3, 4, 5]

/**
 * A complete printed order from the header's labels, or null. One line holding all seven headings
 * (a flat header, or pdftotext printing 自然人 and 总计 beside the sub-headings); one heading per line
 * (a cell per line); or the two-level header: 自然人 · 法人或其他组织 · 总计 on one level (their order
 * by place on a shared line, else by line), the five organisation headings under 法人或其他组织.
 */
function completeOrder(hits: HeadingHit[]): number[] | null {
  const leaves = hits.filter((h) => h.column !== GROUP)
  const cols = onceEach(leaves)
  if (!cols || cols.length !== 7) return null
  // (A two-level header printed on one line holds 法人或其他组织 too: read by its levels below.)
  const full = leaves.find((h) => leaves.filter((x) => x.line === h.line).length === 7 && !hits.some((x) => x.column === GROUP && x.line === h.line))
  if (full) return leaves.filter((h) => h.line === full.line).map((h) => h.column)
  // Across lines, reading order is the columns' order only where each line holds one heading (a
  // cell per line): PDF text prints short headings of a tall header row on lines of their own.
  const perLine = cellPerLine(hits)
  const groups = hits.filter((h) => h.column === GROUP)
  if (!groups.length) return perLine ? cols : null
  if (groups.length !== 1) return null
  const g = groups[0]!
  const orgs = leaves.filter((h) => ORGS.includes(h.column))
  const top = leaves.filter((h) => !ORGS.includes(h.column))
  if (!perLine && (new Set(orgs.map((h) => h.line)).size > 1 || top.some((t) => t.line !== g.line))) return null
  // 自然人 or 总计 on a line with organisation headings: which level it belongs to is not clear.
  if (top.some((t) => orgs.some((o) => o.line === t.line))) return null
  const before = (t: HeadingHit): boolean => (t.line === g.line ? t.at < g.at : t.line < g.line)
  return [...top.filter(before), ...orgs, ...top.filter((t) => !before(t))].map((h) => h.column)
}

const WHOLE_LINE = new RegExp(`^(?:${ALL_HEADINGS.join('|')})$`)

/** Every line with a heading holds that heading whole and nothing else. */
function wholeHeadingLines(hits: readonly HeadingHit[], header: string): boolean {
  const lines = header.split('\n')
  return hits.every((h) => WHOLE_LINE.test(withoutNotes(lines[h.line] ?? '').replace(/[\s\u3000\uE000|]/g, '')))
}

/** 自然人 on a line after 法人或其他组织's and before an organisation heading's, a heading a line. */
function naturalAmidTwoLevels(hits: readonly HeadingHit[]): boolean {
  const group = hits.find((h) => h.column === GROUP)
  const natural = hits.find((h) => h.column === 0)
  if (!group || !natural || !cellPerLine(hits)) return false
  return natural.line > group.line && hits.some((h) => ORGS.includes(h.column) && h.line > natural.line)
}

/**
 * 自然人 on a line after 法人或其他组织's, a heading a line: in PDF text in its stream order, where a tall
 * merged cell's text comes wherever it sat (rv24: 自然人 printed amid the organisations or after them;
 * rv26: 法人或其他组织 and 自然人 alone before the first row, the organisations after its label), no
 * column order, whether or not the organisation headings are found in the header.
 */
function naturalAfterGroup(hits: readonly HeadingHit[]): boolean {
  const group = hits.find((h) => h.column === GROUP)
  const natural = hits.find((h) => h.column === 0)
  if (!group || !natural || !cellPerLine(hits)) return false
  return natural.line > group.line
}

/**
 * The column orders a two-level header a cell per line leaves open, where its organisation headings
 * stand in the template's order: the five under 法人或其他组织 side by side as printed, 自然人 and 总计
 * (tall merged cells, whose line says nothing) around them (requests-column-agreement.ts; the rows rule
 * some out). Undefined where the organisation headings are out of order.
 */
function twoLevelReadings(complete: readonly number[]): number[][] | undefined {
  const orgs = complete.filter((c) => ORGS.includes(c))
  return orgs.join() === ORGS.join() ? twoLevelLayouts() : undefined
}

/** 总计 on a line after an organisation heading's: no cell order of a two-level header (总计 spans both rows). */
function totalAfterOrganisations(hits: readonly HeadingHit[]): boolean {
  const total = hits.find((h) => h.column === 6)
  return !!total && hits.some((h) => ORGS.includes(h.column) && h.line < total.line)
}

/**
 * 总计 printed before 自然人 or 法人或其他组织 on its line (text run together, 「总计法人或其他组织自然人…」):
 * the organisations-first order [five, 自然人, 总计] assumes 总计 last, and a row with one applicant's
 * number satisfies its total in both places (review hr34 W4). Across lines its place says nothing.
 */
function totalBeforeApplicants(hits: readonly HeadingHit[]): boolean {
  const total = hits.find((h) => h.column === 6)
  // Only 自然人 and 法人或其他组织 count: a two-level header run together prints the sub-headings
  // (商业企业 …) after 总计 whatever the columns' order (「法人或其他组织自然人总计商业企业…」).
  return !!total && hits.some((h) => (h.column === 0 || h.column === GROUP) && h.line === total.line && h.at > total.at)
}

/** Every line with a heading holds only that one heading. */
const cellPerLine = (hits: readonly HeadingHit[]): boolean => hits.every((h) => hits.filter((x) => x.line === h.line).length === 1)

/**
 * Labels found that stand against the template's order: organisation headings out of order. (Where
 * 总计 stands says little: pdftotext prints a tall heading on the first line of its neighbours.)
 */
function contradicts(hits: HeadingHit[]): boolean {
  const orgs = hits.filter((h) => ORGS.includes(h.column))
  // Across lines only where the organisation headings stand a cell per line (PDF text without
  // positions, in its stream order; 自然人 beside 法人或其他组织 on one line does not change that).
  // -layout text prints short headings a line lower than long ones, several on a line: there only
  // the order within a line counts.
  const lines = cellPerLine(orgs) ? [orgs] : [...new Set(orgs.map((h) => h.line))].map((l) => orgs.filter((h) => h.line === l))
  return lines.some((line) => {
    const cols = line.map((h) => h.column)
    return !ascending(cols.filter((c, i) => cols.indexOf(c) === i))
  })
}

/**
 * A header printing 法人或其他组织 as one column: 自然人 · 法人或其他组织 · 总计 in that order on one
 * line, and none of the five organisation headings anywhere (requests-merged-orgs.ts reads it).
 */
export function mergedOrganisationsHeader(header: string): boolean {
  // The heading's own wording (法人或…, wrapped or not), not 「法人 | 其他组织」: two columns.
  if (!header.replace(/[\s\u3000]+/g, '').includes('法人或')) return false
  const hits = requestHeadingHits(header, REQUEST_HEADINGS)
  if (hits.some((h) => ORGS.includes(h.column))) return false
  const line = hits.find((h) => h.column === GROUP)?.line
  const on = hits.filter((h) => h.line === line).map((h) => h.column)
  return line !== undefined && on.join(',') === [0, GROUP, 6].join(',')
}

/**
 * Where table 三's header comes from. `streamOrder`: a header a cell per line may be in a PDF's stream or
 * position order (false: the source's cell order). `gridOrder`: the columns as the table's own cells and
 * spans place them (requests-grid-order.ts; HTML, Word), which the header's words then need not prove.
 */
export interface ColumnSource {
  streamOrder: boolean
  gridOrder?: readonly number[] | null
  /**
   * The reader saw the headings print organisations first but could not place them over their columns
   * (an unruled PDF, a column of blank zeros: SourceDocument.applicantOrderUnknownPages). The header's
   * lines are then in no column order: the template's would rotate every row.
   */
  orderUnknown?: boolean
  /** The grid's leaf headings leave the order unproven (requests-grid-leaves.ts): this note. */
  gridRefused?: string
}

/** The note of a header whose order the reader could not place (ColumnSource.orderUnknown). */
export const ORDER_UNKNOWN_NOTE = '表三无表格线，表头把「法人或其他组织」各列印在「自然人」之前，但有的列没有可据以定位的数字（零印作空白等），各列名无法逐一对应到数字列，各列对应的申请人类别无法确定，本行未读取。'

export function requestColumnMap(header: string, { streamOrder, gridOrder, orderUnknown, gridRefused }: ColumnSource = { streamOrder: true }): ColumnMap {
  if (gridOrder) return ascending([...gridOrder]) ? { kind: 'template' } : { kind: 'labels', printed: [...gridOrder] }
  if (gridRefused) return withTotalLast({ kind: 'refused', message: gridRefused }, header)
  if (orderUnknown) return withTotalLast({ kind: 'refused', message: ORDER_UNKNOWN_NOTE }, header)
  // A heading naming two columns (其他企业) counts as 其他 only where the header's other words name the
  // other column elsewhere and every column once (企业 … 其他企业); else no order is proven.
  const twoNamed = twoColumnHeadings(header)
  if (twoNamed.length) {
    const asOther = asOtherOnly(header)
    const complete = onceEach(requestHeadingHits(asOther, REQUEST_HEADINGS).filter((h) => h.column !== GROUP))
    if (!complete || complete.length !== 7)
      return withTotalLast({ kind: 'refused', message: `表三表头的列名${twoNamed.map((t) => `「${t}」`).join('')}可指两类申请人（「其他」和另一类），各列的先后无法证实，各列数字属于哪一类申请人无法确定，本行未读取。` }, header)
    header = asOther
  }
  const hits = requestHeadingHits(header, REQUEST_HEADINGS)
  const map = withTotalLast(requestColumnMapByWords(header, hits, streamOrder), header)
  if (map.kind === 'refused') return map
  if (indentsContradict(header, hits, map))
    return withTotalLast({ kind: 'refused', message: '表三表头中「自然人」与「商业企业」的位置（按缩进）与读出的列序相反，表头文字的先后不可靠，无法确定各列对应的申请人类别，本行未读取。' }, header)
  if (orgIndentsContradictTemplate(header, hits, map)) return withTotalLast({ kind: 'refused', message: ORG_INDENTS_NOTE }, header)
  return map
}

/** Words of a column that is not this year's applicants (上年总计, 同比, 增减): with one, the last cell may be it. */
const OTHER_COLUMN = /上一?年|去年|同比|增减|较上年|比上年|变化|上期/

/** Row 二's label (「二、上年结转政府信息公开申请数量」), which labels printed before their numbers bring into the header. */
const CARRIED_OVER_LABEL = /上[\s\u3000]*年[\s\u3000]*结[\s\u3000]*转/g

/**
 * The header's own words: after the last number before it (a cell of the table before: 「上一年项目数量」
 * of section 二's header above its numbers, or prose 「…上年结转2件。」, is no column of this one). A year in
 * a heading (2022年) is no such number.
 */
function afterLastNumber(text: string): string {
  const numbers = [...text.matchAll(/\d+(?![\d,.]*[\s\u3000]*年)/g)]
  const last = numbers[numbers.length - 1]
  return last ? text.slice(last.index + last[0].length) : text
}

/**
 * A refused header keeps each row's 总计 (rowsInTemplateOrder) only where the header names no column of
 * another kind: then a last cell equal to the six before it is the total. Beside an
 * 上年总计 column twice this year's total, the six before it (this year's total among them) add up to
 * it too (review rv17b).
 */
function withTotalLast(map: ColumnMap, header: string): ColumnMap {
  return map.kind === 'refused' ? { ...map, totalLast: !OTHER_COLUMN.test(afterLastNumber(withoutNotes(header)).replace(CARRIED_OVER_LABEL, '')) } : map
}

/** Where each printed column of table 三 belongs, from its header's words; `all`: the header's heading hits. */
function requestColumnMapByWords(header: string, all: readonly HeadingHit[], streamOrder: boolean): ColumnMap {
  // A heading word printed twice (a word of the text before the table): the one nearest the table.
  const hits = all.filter((h, i) => !all.slice(i + 1).some((x) => x.column === h.column))
  const disagree = headerLinesDisagree(header, all)
  if (disagree) {
    const [a, b] = disagree.map((cols) => printedNames(cols, REQUEST_HEADINGS))
    return { kind: 'refused', message: `表三表头两行列名的先后互相矛盾（${a}与${b}），各列数字属于哪一类申请人无法确定，本行未读取。` }
  }
  const order = requestColumnOrder(header)
  if (order === 'unclear') return { kind: 'refused', message: '表三表头中「自然人」与「法人或其他组织」各列的先后不一致，无法确定各列对应的申请人类别，本行未读取。' }
  const complete = completeOrder(hits)
  // The group heading in other words, the two levels run together on one line or set in a pipe table's cells.
  const words = groupWordsOneLine(header, hits, REQUEST_HEADINGS, GROUP) ?? (complete ? null : groupWordsPipeGrid(header, hits, REQUEST_HEADINGS, GROUP))
  if (words?.kind === 'unproven')
    return { kind: 'refused', message: `表三表头的列名（「${words.line}」）是两层表头，「法人或其他组织」一级的列名认不出或各格对不齐，「自然人」与各组织列的先后无法证实（表内合计关系只能确定「总计」一列），各列对应的申请人类别无法确定，本行未读取。` }
  if (words && streamOrder && words.naturalAfter)
    return { kind: 'refused', message: `表三表头的列名连成一行，「${words.text}」应是「法人或其他组织」一级的列名，「自然人」印在其后（两层表头的高格在文字流中的先后不表示列序），各列对应的申请人类别无法确定，本行未读取。`, readings: twoLevelReadings(words.order) }
  if (words) return mapOf(words.order)
  // Headings broken over lines (商业企 / 业, 科研机 / 构), one per line, are PDF text in its stream
  // order, where a tall merged heading (自然人, 总计) comes wherever the PDF drew it: an order other
  // than the template's read from them is no proof either way, so the rows stay unread (review-s8 §0:
  // a real report's raw pdftotext read with every column permuted, 66 cells, the sums unmoved).
  if (complete && !ascending(complete) && cellPerLine(hits) && !wholeHeadingLines(hits, header))
    return { kind: 'refused', message: `表三表头的列名被拆成多行（PDF 文字流的次序），读出的列序（${printedNames(complete, REQUEST_HEADINGS)}）与模板不同，无法确定各列对应的申请人类别，本行未读取。` }
  // A cell per line, two levels: 自然人 after 法人或其他组织 but before the organisations under it. In PDF
  // text a tall merged cell's line is where its text sat, not its column (rv24: a template-ordered table
  // read with every applicant column rotated, the sums unmoved); in a web page's or Word file's cell order
  // it is an organisations-first header, unless 总计 comes after the organisations (no cell order at all).
  if (complete && !ascending(complete) && ((streamOrder && naturalAfterGroup(hits)) || (naturalAmidTwoLevels(hits) && totalAfterOrganisations(hits))))
    return { kind: 'refused', message: `表三表头各列名一格一行，「自然人」印在「法人或其他组织」之后（两层表头的高格在 PDF 文字流中的先后不表示列序），读出的列序（${printedNames(complete, REQUEST_HEADINGS)}）与模板不同却无法证实，各列对应的申请人类别无法确定，本行未读取。`, readings: twoLevelReadings(complete) }
  // A cell per line, two levels, the group heading in other words (「单位」): its line places the five.
  const unit = complete ? unitGroupLine(header, hits, GROUP) : null
  if (unit && streamOrder && unit.naturalAfter)
    return { kind: 'refused', message: `表三表头各列名一格一行，「${unit.text}」一行应是「法人或其他组织」一级的列名，「自然人」印在其后（两层表头的高格在 PDF 文字流中的先后不表示列序），各列对应的申请人类别无法确定，本行未读取。`, readings: twoLevelReadings(unit.order) }
  if (unit) return mapOf(unit.order)
  if (complete) return mapOf(complete)
  if (contradicts(hits)) {
    const names = printedNames(hits.filter((h) => h.column !== GROUP).map((h) => h.column), REQUEST_HEADINGS)
    return { kind: 'refused', message: `表三表头的列名（${names}）与模板的列序不同，又不能逐列对应，各列数字属于哪一类申请人无法确定，本行未读取。` }
  }
  if (order === 'organisations-first') {
    if (streamOrder && naturalAfterGroup(hits))
      return { kind: 'refused', message: '表三表头各列名一格一行，「自然人」印在「法人或其他组织」之后（两层表头的高格在 PDF 文字流中的先后不表示列序），各列对应的申请人类别无法确定，本行未读取。' }
    if (totalBeforeApplicants(hits))
      return { kind: 'refused', message: '表三表头把「总计」印在各类申请人之前，「法人或其他组织」又在「自然人」之前，各列的先后读不全（本行的合计关系按两种列序都成立），各列对应的申请人类别无法确定，本行未读取。' }
    return displacedNote(header, hits, ORGS_FIRST) ?? { kind: 'labels', printed: [...ORGS_FIRST] }
  }
  return displacedNote(header, hits, [0, 1, 2, 3, 4, 5, 6]) ?? { kind: 'template' }
}

const ORGS_FIRST = [1, 2, 3, 4, 5, 0, 6]

/** A header not fully recognised whose recognised headings stand in other cells than `expected` puts them: refused. */
function displacedNote(header: string, hits: readonly HeadingHit[], expected: readonly number[]): ColumnMap | null {
  const unknown = displacedHeadings(header, hits, expected, GROUP) ?? displacedCellPerLine(header, hits, expected, GROUP)
  if (!unknown) return null
  const names = printedNames(hits.filter((h) => h.column !== GROUP).map((h) => h.column), REQUEST_HEADINGS)
  const what = unknown.length ? `列名${unknown.map((u) => `「${u}」`).join('')}认不出，` : ''
  return { kind: 'refused', message: `表三表头${what}认得出的列名（${names}）不在模板的列位上，各列数字属于哪一类申请人无法确定，本行未读取。` }
}

/** A line that starts with an applicant heading and goes on with a number: a row of a transposed table. */
const APPLICANT_ROW = new RegExp(`^[\\s\\u3000|]*(?:${[...HEADINGS.filter((h) => h !== '法人或其他组织'), '总计'].map(fuzzy).join('|')})[\\s\\u3000|:：]*[\\t|][\\s\\u3000|]*\\d`, 'gm')

/**
 * Table 三 printed transposed (a row per applicant class, a column per 办理情况): its rows are not the
 * template's rows, and reading it as if they were gives wrong numbers. It is refused with a note.
 */
export function transposedRequestsNote(text: string): ExtractionNote | null {
  const rows = new Set([...text.matchAll(APPLICANT_ROW)].map((m) => m[0].replace(/[\s\u3000|:：\d]/g, '')))
  return rows.size >= 3 ? { field: 'requests', message: '表三行列转置（每行是一类申请人，每列是一项办理情况），与模板不同，未读取。' } : null
}
