// Where a header line's cells are known — a table's cells joined by tabs or pipes, or the cells
// pdftotext -layout sets apart by runs of spaces — a result heading's cell says where it stands among
// its group's five. The words alone only say the recognised headings' order among themselves: 「结果纠正
// | 驳回 | 其他结果 | 尚未审结 | 总计」 shows 纠正 · 其他 · 尚未审结 · 总计 in the template's order, but 纠正 in
// the first cell, where the template has 维持 (hostile review hr35; t436). Pure helper of review-columns.ts.
import { cleanLine, groupHits, resultHits } from './review-heading-words'
import { cellsOf, CELL_SPACES } from './header-line-cells'

/** One cell of a run of result headings: the template result it names, or null (a heading no word of is known). */
interface PlacedCell {
  index: number
  column: number | null
  text: string
}

/** The result headings of one header line between group headings or empty cells. */
export interface ResultRun {
  cells: PlacedCell[]
  /** Cells kept apart by tabs or pipes (every cell kept); else by spaces (an empty cell leaves no trace). */
  tabbed: boolean
}

/** Characters of the template's result headings: a cell of only these is a piece of a wrapped heading (果, 结). */
const TEMPLATE_CHARS = /^[结結果维維持纠糾正其他它尚未审審总總计計]*$/
/** A row-label heading before the results (项目, 类别 …), no result heading. */
const LABEL_CELL = /^(?:项目|項目|类别|類別|类型|名称|内容|单位)$/
const EMPTY_CELL = /^[\s\u3000\uE000]*$/

function lineCells(line: string): { cells: string[]; tabbed: boolean } | null {
  if (/[\t|]/.test(line)) return { cells: cellsOf(line).map((c) => c.text), tabbed: true }
  const cells = cellsOf(line.trim(), CELL_SPACES).map((c) => c.text)
  return cells.length >= 2 ? { cells, tabbed: false } : null
}

/**
 * The runs of result headings of the header's lines with cells, each holding two or more recognised
 * headings (only those can show a heading out of its place). A line with a cell naming two results is
 * no line of cells one heading each, and is left out.
 */
export function resultRuns(header: string): ResultRun[] {
  const out: ResultRun[] = []
  for (const raw of header.split('\n')) {
    const line = cleanLine(raw)
    const split = line === null ? null : lineCells(line)
    if (!split) continue
    const runs: PlacedCell[][] = [[]]
    let mixed = false
    split.cells.forEach((cell, index) => {
      const text = cell.replace(/[\s\u3000\uE000]+/g, '')
      if (EMPTY_CELL.test(cell) || groupHits(cell).length > 0) {
        runs.push([])
        return
      }
      const named = new Set(resultHits(text))
      if (named.size > 1) mixed = true
      const column = named.size === 1 ? [...named][0]! : null
      runs[runs.length - 1]!.push({ index, column, text })
    })
    if (mixed) continue
    for (const cells of runs) if (cells.filter((c) => c.column !== null).length >= 2) out.push({ cells, tabbed: split.tabbed })
  }
  return out
}

/** A cell no heading word of is known: CJK text, no result's character, no piece of a template heading, no row label. */
const isUnknown = (c: PlacedCell): boolean => c.column === null && /[\u4e00-\u9fff]/.test(c.text) && !TEMPLATE_CHARS.test(c.text) && !LABEL_CELL.test(c.text)

/** The texts of the runs' cells no heading word of is known (each once). */
export function unknownHeadings(runs: readonly ResultRun[]): string[] {
  return [...new Set(runs.flatMap((r) => r.cells.filter(isUnknown).map((c) => c.text)))]
}

/**
 * The recognised headings of some run stand in other cells than `order` (printed k = template result)
 * puts them. Neighbouring recognised cells less than a group apart are compared: between them stand
 * as many cells as the order puts between their columns — exactly, where tabs keep every cell; at
 * most, where spaces part them (an empty piece of a wrapped header leaves no cell). A run of whole
 * groups (five cells a group, a 项目 cell before them aside) also puts each heading in its own place
 * of the five: 「项目 | 案件数 | 维持 | 纠正 | 其他 | 尚未审结」 holds the template's order turned round.
 */
export function displacedUnder(runs: readonly ResultRun[], order: readonly number[]): boolean {
  return runs.some(({ cells, tabbed }) => {
    const known = cells.filter((c) => c.column !== null)
    const apartWrong = known.slice(1).some((b, i) => {
      const a = known[i]!
      const seen = b.index - a.index
      if (seen >= 5) return false
      const apart = (((order.indexOf(b.column!) - order.indexOf(a.column!)) % 5) + 5) % 5 || 5
      return tabbed ? seen !== apart : seen > apart
    })
    const groups = cells.filter((c, i) => !(i === 0 && LABEL_CELL.test(c.text)))
    const start = groups[0]?.index ?? 0
    const wholeGroups = groups.length % 5 === 0 && groups.every((c, i) => c.index === start + i)
    return apartWrong || (wholeGroups && known.some((c) => order.indexOf(c.column!) !== (c.index - start) % 5))
  })
}

/** The one place q (0…4) where every group's cell q is the sum of its other four; null where none or several. */
function totalPlaceBySums(cells: readonly (number | null)[]): number | null {
  const v = (x: number | null | undefined): number => x ?? 0
  const places = [0, 1, 2, 3, 4].filter((q) => [0, 1, 2].every((g) => {
    const five = cells.slice(g * 5, g * 5 + 5)
    return v(five[q]) === five.reduce<number>((a, x, i) => (i === q ? a : a + v(x)), 0)
  }))
  return places.length === 1 ? places[0]! : null
}

/** All orders of `order` with the items at `places` exchanged among themselves. */
function permutedAt(order: readonly number[], places: readonly number[]): number[][] {
  if (places.length === 0) return [[...order]]
  const [p, ...rest] = places
  return [p!, ...rest].flatMap((q) => {
    const o = [...order]
    ;[o[p!], o[q]] = [o[q]!, o[p!]!]
    return permutedAt(o, rest)
  })
}

/** What the header's cells make of a reading by its words: kept (null), refused, or other readings. */
export type PlacesVerdict = { kind: 'refused'; message: string } | { kind: 'read'; results: number[]; note: string } | { kind: 'some'; results: number[][]; why: string }

/**
 * A header with result headings no word of is known (t436): `results` (printed k = template result),
 * the one order its words gave, or `several`, the orders they allow, checked against the cells the
 * recognised headings stand in. An order that puts a recognised heading in another cell is refused —
 * unless the unrecognised heading is 总计's (no heading names 总计), the cells leave one order, and the
 * sums prove 总计 there (its cell, and no other, adds up in every group). Where it fits, two or more
 * unrecognised headings are read in any order among themselves: the sums choose (they tell 总计 from
 * the outcomes, not the outcomes apart). `fits`: every order the words allow; `known`: the data row.
 */
export function checkResultPlaces(header: string, results: number[] | null, several: number[][] | null, fits: readonly number[][], known: readonly (number | null)[] | null, holds: (r: readonly number[]) => boolean): PlacesVerdict | null {
  const runs = resultRuns(header)
  const unknown = unknownHeadings(runs)
  if (!unknown.length) return null
  const names = unknown.map((u) => `「${u}」`).join('')
  const refused = (why: string): PlacesVerdict => ({ kind: 'refused', message: `表四表头的列名${names}认不出，${why}，各格数字属于哪一项无法确定，未读取。` })
  if (several) return several.every((o) => displacedUnder(runs, o)) ? refused('认得出的列名所在的格与按列名读出的任何一种列序都不符') : null
  if (!results) return null
  const recognised = new Set(runs.flatMap((r) => r.cells.flatMap((c) => (c.column === null ? [] : [c.column]))))
  if (displacedUnder(runs, results)) {
    const candidates = fits.filter((o) => !displacedUnder(runs, o))
    const only = candidates.length === 1 ? candidates[0]! : null
    if (only && !recognised.has(4) && known && totalPlaceBySums(known) === only.indexOf(4) && holds(only)) {
      return { kind: 'read', results: only, note: `表四表头的列名${names}认不出；其余列名按所在的格对应，「总计」所在的列由各组合计证实（只有这一列等于其余四列之和）。` }
    }
    return refused('认得出的列名不在模板（或按列名推定）的列位上')
  }
  const open = [0, 1, 2, 3, 4].filter((p) => !recognised.has(results[p]!))
  if (open.length < 2) return null
  const orders = permutedAt(results, open)
  if (!known) return refused('这几列的先后不能由列名确定')
  const adding = orders.filter(holds)
  const readings = adding.length ? adding : orders
  const why = `列名${names}认不出，这几列的先后不能由列名确定`
  if (readings.length === 1) return readings[0]!.join() === results.join() ? null : { kind: 'read', results: readings[0]!, note: `表四表头的列名${names}认不出，这几列由各组合计定其先后。` }
  return { kind: 'some', results: readings, why }
}
