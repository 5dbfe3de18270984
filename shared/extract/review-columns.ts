// Table 四's fifteen columns by their header labels: the three groups (行政复议, 未经复议直接起诉,
// 复议后起诉) and in each the five results (维持, 纠正, 其他, 尚未审结, 总计) may be printed in another
// order than the template's. The header is read line by line as text prints it (header-wrap.ts): a
// wrapped heading's pieces stand on several lines, each line holding the pieces that reach it in
// column order. The template's order stands where every line fits it; another order is read only
// where it is the one order every line fits; where none or several fit, the table is refused.
import { bestFittingOrders, orderFromLines, ordersFitting, isSubsequence, linesFit, mergeRuns, oneCellPerLine } from './header-wrap'
import { reviewGroupsHold } from './review-sums'
import { headingsInterleaved } from './review-header-interleaved'
import { checkResultPlaces } from './review-heading-places'
import { cleanLine, GROUP_NAMES, groupHits, PARENT_MARK, RESULT_NAMES, resultHits, type Hit } from './review-heading-words'
import type { ColumnMap } from './header-columns'
import { ALL_GROUP_ORDERS, groupOrderUnshown, STREAM_GROUPS_WHY } from './review-group-order-stream'

/**
 * A group order fits the lines: each line's group headings in that order. Where a 行政诉讼 heads the
 * two litigation groups, 行政复议 stands a level above them and its place is told by 行政诉讼 alone:
 * before it on a line (or row) puts 行政复议 last, after it first, on both sides (a converter prints
 * the heading over each of its runs) between them. A cell per line (each line one group heading, or
 * the results' headings one per line): the lines are the header's cells one after the other, read as one row.
 */
function groupsFit(lines: Hit[][], order: number[], cellPerLine: boolean, groupsAlone: boolean, parentCounts = true): boolean {
  const hitLines = lines.filter((l) => l.length)
  // A 行政诉讼 heading the groups does not count: 「行政诉讼 复议后 / 起诉 未经复议直 / 接起诉」 is one
  // cell's text wrapped, a group's piece a line, read one line after the other. Not where a group's
  // heading shares its line with result headings (plain pdftotext of a spaced-out header prints
  // 「结 果 … 结未经复议直接起诉」 after 「复议后起诉」: stream order, not the columns' order).
  const oneGroupALine = groupsAlone && hitLines.every((l) => l.filter((h) => h.column !== PARENT_MARK).length <= 1)
  const rows = cellPerLine || oneGroupALine ? [hitLines.flat()] : hitLines
  const parent = rows.some((l) => l.some((h) => h.column === PARENT_MARK))
  const ordered = (l: Hit[]): number[] => mergeRuns(l.filter((h) => h.column !== PARENT_MARK && !(parent && h.column === 0)).map((h) => h.column))
  if (!rows.every((l) => isSubsequence(ordered(l), order))) return false
  const reviewAt = order.indexOf(0)
  if (!parentCounts) return true
  for (const l of rows) {
    const r = l.findIndex((h) => h.column === 0)
    if (r < 0) continue
    const before = l.slice(0, r).some((h) => h.column === PARENT_MARK)
    const after = l.slice(r + 1).some((h) => h.column === PARENT_MARK)
    if ((before || after) && reviewAt !== (before && after ? 1 : before ? 2 : 0)) return false
  }
  return true
}

/** The printed headings of the line that names the most, for a note. */
function namesSeen(lines: number[][], names: string[]): string {
  const longest = lines.map(mergeRuns).reduce<number[]>((a, b) => (b.length > a.length ? b : a), [])
  return longest.map((c) => `「${names[c]}」`).join('')
}

/**
 * A column map, with a note where the header's words were overruled by the groups' sums; or 'some':
 * several printed orders the header's words allow (printed[i] = template column of printed column i),
 * of which a cell is read only where all of them give the same number.
 */
export type ReviewColumnMap = (ColumnMap & { note?: string }) | { kind: 'some'; orders: number[][]; /** Why the header allows several orders, for the note (default: only part of the headings printed). */ why?: string }

const TEMPLATE5 = [0, 1, 2, 3, 4]
const same = (a: readonly number[], b: readonly number[]): boolean => a.join() === b.join()

/**
 * Where each of the fifteen printed cells belongs, from the header before the data row. `cells`: the
 * data row as printed (15 numbers), where the groups' sums can check where the labels put 总计.
 */
export function reviewColumnMap(header: string, cells: readonly (number | null)[] | null = null): ReviewColumnMap {
  const lines = header.split('\n').map(cleanLine).filter((l): l is string => l !== null)
  const groupLines = lines.map(groupHits)
  const resultsByLine = lines.map(resultHits)
  const resultLines = resultsByLine.filter((l) => l.length)
  const resultCells = resultLines.length > 1 && oneCellPerLine(resultLines)
  const groupsAlone = !groupLines.some((l, i) => l.some((h) => h.column !== PARENT_MARK) && resultsByLine[i]!.length > 0)
  const groups = orderFromLines(3, (o) => groupsFit(groupLines, o, resultCells, groupsAlone))
  // Where no order fits: a 合计 / 案件总数 column may stand before or after the three groups.
  const plainFits = ordersFitting(5, (o) => linesFit(resultLines, o, 3))
  // Where still none fits, and the text has no cell separators (PDF text, where two visual lines of
  // a header may be joined into one): the orders that need the fewest pieces per line.
  const aroundFits = plainFits.length ? plainFits : ordersFitting(5, (o) => linesFit(resultLines, o, 3, [4]))
  const fits = aroundFits.length || header.includes('\t') ? aroundFits : bestFittingOrders(resultLines, 5, 3)
  // Headings' characters mixed on a line (review-header-interleaved.ts): another order than the
  // template's read from them is no order the header shows. Any order of the five results may be the
  // columns' (a group whose five cells are equal still reads: every order gives the same).
  if (!fits.some((o) => same(o, TEMPLATE5)) && lines.some(headingsInterleaved)) {
    const why = '各列名的文字在同一行中相互穿插（列名宽于其列，逐字排印），读出的列序不可靠'
    // (Only where the groups' headings stand in the template's order: mixed too, they would show none.)
    if (typeof groups === 'string' || !same(groups, [0, 1, 2])) return { kind: 'refused', message: `表四表头${why}，各格数字属于哪一项无法确定，未读取。` }
    return { kind: 'some', orders: ordersFitting(5, () => true).map((r) => groups.flatMap((g) => r.map((x) => g * 5 + x))), why }
  }
  const known = cells?.length === 15 ? cells : null
  const holds = (r: readonly number[]): boolean => known !== null && reviewGroupsHold(labelled(known, r))
  let results: number[] | 'unclear' | 'none' = fits.some((o) => same(o, TEMPLATE5)) ? TEMPLATE5 : fits.length === 1 ? fits[0]! : fits.length ? 'unclear' : 'none'
  let note: string | undefined
  let several: number[][] | null = null
  if (known && fits.length > 1 && !(typeof results !== 'string' && holds(results))) {
    // Several orders fit the words (a line shows only part of a group), and the template's is not
    // proven by the sums: those under which the groups add up (all, where none does) are the readings.
    const adding = fits.filter(holds)
    several = adding.length ? adding : results === 'unclear' ? fits : null
    if (several?.length === 1) [results, several] = [several[0]!, null]
  }
  if (typeof results !== 'string' && !several && results[4] !== 4 && known && totalMovedAgainstSums(known, results)) {
    // The words put 总计 where the numbers do not add up, and the printed order adds up: the header's
    // text is out of order (PDF text joins a centred one-line heading to the line of its wrapped
    // neighbours). The template stands only where the other four headings show its order and no other.
    const four = resultLines.map((l) => l.filter((c) => c !== 4))
    const fitsFour = ordersFitting(4, (o) => linesFit(four, o, 3))
    if (fitsFour.length !== 1 || fitsFour[0]!.join() !== '0,1,2,3') {
      return { kind: 'refused', message: `表四表头列名的先后（${namesSeen([results], RESULT_NAMES)}）与各组合计不符：按列名对应各组合计不成立，按印出的顺序却成立，表头文字的先后不可靠，未读取。` }
    }
    results = TEMPLATE5
    note = '表四表头文字中「总计」的位置与各组合计不符（按印出的顺序各组合计成立），其余列名的先后与模板相同，按模板的列序读取。'
  }
  // Headings no word of is known beside the recognised ones (review-heading-places.ts): the cells
  // they stand in must fit the order read.
  const places = checkResultPlaces(header, typeof results === 'string' ? null : results, several, fits, known, holds)
  if (places?.kind === 'refused') return places
  if (places?.kind === 'some') several = places.results
  if (places?.kind === 'read') [results, note] = [places.results, places.note]
  if (typeof groups === 'string') {
    const seen = namesSeen(groupLines.map((l) => l.filter((h) => h.column !== PARENT_MARK).map((h) => h.column)), GROUP_NAMES)
    const why = groups === 'unclear' ? '可有多种对应' : '与任何一种组序都不符'
    return { kind: 'refused', message: `表四表头的组别（${seen}）与模板的先后不同，${why}，各格数字属于哪一组无法确定，未读取。` }
  }
  if (groupIndentsContradict(lines, groupLines, groups)) {
    return { kind: 'refused', message: '表四表头的组别分在多行，按各组名的位置（缩进）其先后与读出的组序相反，表头文字的先后不可靠，各格数字属于哪一组无法确定，未读取。' }
  }
  const full = (r: readonly number[]): number[] => groups.flatMap((g) => r.map((x) => g * 5 + x))
  // Group headings a line each in text with no positions, read out of the template's order: any group
  // order is a reading (review-group-order-stream.ts).
  if ((several || typeof results !== 'string') && !same(groups, [0, 1, 2]) && groupOrderUnshown(header, lines, groupLines)) {
    const rs = several ?? [results as number[]]
    return { kind: 'some', orders: ALL_GROUP_ORDERS.flatMap((g) => rs.map((r) => g.flatMap((x) => r.map((y) => x * 5 + y)))), why: STREAM_GROUPS_WHY }
  }
  if (several) return { kind: 'some', orders: several.map(full), ...(places?.kind === 'some' ? { why: places.why } : {}) }
  // A cell per line where only 行政诉讼's line puts 行政复议 elsewhere than first: the stream order of
  // two tall top-level cells (PDF text without positions) is where their text sat, not the columns'
  // order (rv24: 「行政诉讼 / 行政复议 / 结果维持…」 of a template-ordered table read with its three
  // groups rotated). Both orders are readings; a cell is read only where they agree.
  if (typeof results !== 'string' && resultCells && groups[0] !== 0 && groupsFit(groupLines, [0, 1, 2], resultCells, groupsAlone, false)) {
    return { kind: 'some', orders: [full(results), [0, 1, 2].flatMap((g) => results.map((x) => g * 5 + x))], why: '「行政诉讼」与「行政复议」两格一格一行，其先后不表示组序，可按模板的组序也可按文字的先后' }
  }
  // A cell per line with 复议后起诉 before 未经复议直接起诉: two cells of one header row come out in the
  // order their text sat, not surely the columns' (rv24 r3: a template-ordered table's header copied
  // so read with the two litigation groups swapped). Both orders are readings; a cell is read only where they agree.
  if (typeof results !== 'string' && resultCells && groups.indexOf(2) < groups.indexOf(1)) {
    const swapped = groups.map((g) => (g === 1 ? 2 : g === 2 ? 1 : g))
    return { kind: 'some', orders: [full(results), swapped.flatMap((g) => results.map((x) => g * 5 + x))], why: '「未经复议直接起诉」与「复议后起诉」两格一格一行，其先后不表示组序，可按模板的组序也可按文字的先后' }
  }
  // Plain text (no cell separators) where a litigation group's heading stands among the result
  // headings and no line names both litigation groups: the stream order of the two headings does
  // not show the columns' order (review 12 R12-10: 复议后起诉 printed first, read as 未经复议直接起诉).
  // Both orders are readings; a cell is read only where they agree.
  if (typeof results !== 'string' && litigationOrderUnshown(header, lines, groupLines, resultsByLine)) {
    const swapped = groups.map((g) => (g === 1 ? 2 : g === 2 ? 1 : g))
    return { kind: 'some', orders: [full(results), swapped.flatMap((g) => results.map((x) => g * 5 + x))], why: '「未经复议直接起诉」与「复议后起诉」的列名与结果列名连排或分在多行，文字的先后不表示两组的先后' }
  }
  if (typeof results === 'string') {
    const seen = namesSeen(oneCellPerLine(resultLines) ? [resultLines.flat()] : resultLines, RESULT_NAMES)
    const why = results === 'unclear' ? '可有多种对应' : '与任何一种列序都不符'
    return { kind: 'refused', message: `表四表头的结果列（${seen}）与模板的列序不同，${why}，各格数字属于哪一项无法确定，未读取。` }
  }
  const printed = full(results)
  const map: ColumnMap = printed.every((c, i) => c === i) ? { kind: 'template' } : { kind: 'labels', printed }
  return note ? { ...map, note } : map
}

/**
 * In -layout text (some header line indented) a group heading's indent is its place on the page, and
 * each group's heading stands over its own columns: two group headings on different lines standing the
 * other way round from the order read (「行政复议」 right of 「复议后起诉」 while read first, a header
 * whose lines give no order of their own; review rv16: a table 四 printed 诉讼 groups first, read in
 * the template's order, 10 cells wrong) leave the header contradicting itself.
 */
function groupIndentsContradict(lines: string[], groupLines: Hit[][], order: number[]): boolean {
  // pdftotext -layout pads with ASCII spaces; a line padded with full-width spaces is a wrapped line
  // of a converter or crawler (its indent is no position).
  const positional = (l: string): boolean => !l.includes('\u3000')
  if (!lines.some((l) => /^ {2,}\S/.test(l) && positional(l))) return false
  // Not the header's first line: the header may begin in the middle of a line (its indent lost).
  const hits = groupLines
    .flatMap((l, line) => l.filter((h) => h.column !== PARENT_MARK).map((h) => ({ ...h, line })))
    .filter((h) => h.line > 0 && positional(lines[h.line] ?? ''))
  return hits.some((a) => hits.some((b) => a.line !== b.line && order.indexOf(a.column) < order.indexOf(b.column) && a.at > b.at + 1))
}

function litigationOrderUnshown(header: string, lines: string[], groupLines: Hit[][], resultsByLine: number[][]): boolean {
  if (header.includes('\t')) return false
  const lit = (l: Hit[]): Hit[] => l.filter((h) => h.column === 1 || h.column === 2)
  if (groupLines.some((l) => new Set(lit(l).map((h) => h.column)).size === 2)) return false
  // The heading run into a result heading with no space (「结果纠复议后起诉」): the stream order of
  // plain pdftotext, not the page's (in -layout text the headings stand apart).
  if (groupLines.some((l, i) => resultsByLine[i]!.length > 0 && lit(l).some((h) => /[持正果结审总计维纠其他尚未]$/.test(lines[i]!.slice(0, h.at))))) return true
  // The two litigation headings on lines of their own while the result headings stand wrapped several
  // to a line (「结果维 结果纠 其他结 尚未审 总」): positioned text in its stream order, where a heading cell
  // padded or aligned otherwise comes a line earlier or later; only a cell per line (a crawled page,
  // every heading alone on its line) keeps the page's order (rv5 RV5-4: the groups read swapped).
  // (In text laid out by position, -layout or OFD, a heading's indent is its place on the page: there
  // the headings' places are read, not their lines' order; only unindented lines are stream order.)
  const litHits = groupLines.flatMap(lit)
  const litLines = groupLines.filter((l) => lit(l).length > 0).length
  // Result headings wrapped in narrow cells (「结果维 结果纠 其他结 尚未审 总」 over 「持 正 果 结 计」):
  // the header's rows are tall, and a tall cell's line lands anywhere in the stream.
  const wrapped = lines.some((l, i) => new Set(resultsByLine[i]).size >= 2 && /结果维(?!持)|结果纠(?!正)|其他结(?!果)|尚未审(?!结)/.test(l))
  return litLines >= 2 && litHits.every((h) => h.at === 0) && wrapped
}

/** The printed cells in the template's result order (groups as printed: the sums are per group). */
const labelled = (cells: readonly (number | null)[], results: readonly number[]): (number | null)[] =>
  [0, 1, 2].flatMap((g) => TEMPLATE5.map((r) => cells[g * 5 + results.indexOf(r)] ?? null))

/** Every group adds up with 总计 where it is printed, and not where the labels put it. */
function totalMovedAgainstSums(cells: readonly (number | null)[], results: readonly number[]): boolean {
  return reviewGroupsHold([...cells]) && !reviewGroupsHold(labelled(cells, results))
}

/**
 * The results' order of table 四 printed one group per row (项目 | 维持 … 总计, then a row per group):
 * the header names the five once. The template's order, another that is the only one to fit, or the
 * note why the columns cannot be told.
 */
export function groupRowsResultOrder(header: string): number[] | { refused: string } {
  const lines = header.split('\n').map(cleanLine).filter((l): l is string => l !== null)
  const resultLines = lines.map(resultHits).filter((l) => l.length)
  const order = orderFromLines(5, (o) => linesFit(resultLines, o, 1))
  if (typeof order !== 'string') {
    // Headings no word of is known (review-heading-places.ts): with no sums to prove a place, refused
    // wherever the cells do not fit the order, or two or more of them stand in open places.
    const places = checkResultPlaces(header, order, null, ordersFitting(5, (o) => linesFit(resultLines, o, 1)), null, () => false)
    return places?.kind === 'refused' ? { refused: places.message } : order
  }
  const seen = namesSeen(oneCellPerLine(resultLines) ? [resultLines.flat()] : resultLines, RESULT_NAMES)
  return { refused: `表四表头的结果列（${seen}）与模板的列序不同，${order === 'unclear' ? '可有多种对应' : '与任何一种列序都不符'}，各格数字属于哪一项无法确定，未读取。` }
}


/** The note of a table read by its labels, naming the order printed (15 columns, or the five results of a group per row). */
export function reviewOrderNote(printed: readonly number[]): string {
  const results = printed.slice(0, 5).map((c) => RESULT_NAMES[c % 5]!)
  if (printed.length === 5) return `表四各格按表头的列名对应：列序为「${results.join('」「')}」，与模板不同。`
  const groups = [0, 5, 10].map((i) => GROUP_NAMES[Math.floor(printed[i]! / 5)]!)
  return `表四各格按表头的组别和列名对应：表头的组序为「${groups.join('」「')}」，列序为「${results.join('」「')}」，与模板不同。`
}
