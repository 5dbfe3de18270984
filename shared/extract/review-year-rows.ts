// Table 四 with a 年度 column: one data row per year, 「2022年 | 3 | 12 | …」 and 「2021年（上年）| 2 | 0 | …」
// (review 10 R10-8). The report's own year picks its row, proven by the row's label: the other rows are
// blanked out (same length, so positions hold) and said in a note. A row is taken only where its label
// is followed by exactly its 15 numbers, before the next year's label: where a text format prints the
// labels apart from the numbers, or a row's numbers wrap over lines, nothing but position would tie a
// label to its numbers — then the row is read only where every group's 总计 holds for those 15, else
// table 四 is left unread with a note.
import type { ExtractionNote } from '../model/extraction'
import { normalizeDigits, readCells, type CellToken } from './cells'
import { reviewGroupsHold, WIDTH } from './review-sums'
import type { Zone } from './table-zones'

/** A year label before a cell, 「2022年」「2022年度」「2021年（上年）」: at a row's start, or anywhere in text
 *  run together (a crawled page: 「…总计2019年度6001770…2018年（上年）1800…」). */
// No boundary before the year: run together, the previous row's last digit touches it (「…00122018年」).
const YEAR_ROW = /[ \u3000\t]*((?:19|20)\d\d)[ \u3000]*年度?[ \u3000]*(?:[（(][^）)\n\d]{0,6}[)）])?(?=[ \u3000\t\uE000]*(?:\d|[—–－\-/／]|\uE000|\n|$))/g
/** Two CJK characters between cells, outside brackets: the row has ended (a sentence, a note). */
const PROSE_GAP = /[\u4e00-\u9fff]{2,}/
/** A label's bracketed rest on a line of its own after the row (「2022年 8 5 …」 / 「（上年）」). */
const LABEL_TAIL = /^[ \u3000\t]*\n[ \u3000\t]*[（(][^）)\n\d]{1,6}[)）](?=[ \u3000\t]*(?:\n|$))/

interface YearRow {
  year: number
  label: string
  start: number
  end: number
  cells: CellToken[]
}

function yearRows(printed: string): YearRow[] {
  // Full-width digits as ASCII, one for one (positions hold).
  const text = normalizeDigits(printed)
  YEAR_ROW.lastIndex = 0
  const labels = [...text.matchAll(YEAR_ROW)].filter((m) => {
    // A date (「2023年1月20日」) is no row label.
    const lineEnd = text.indexOf('\n', m.index + m[0].length)
    return !/^[ \u3000]*\d{1,2}[ \u3000]*月/.test(text.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd))
  })
  return labels.map((m, i) => {
    const from = m.index + m[0].length
    const to = labels[i + 1]?.index ?? text.length
    const cells: CellToken[] = []
    for (const t of readCells(text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }))) {
      const gap = text.slice(cells[cells.length - 1]?.end ?? from, t.start).replace(/（[^）]*）|\([^)]*\)/g, '')
      if (PROSE_GAP.test(gap)) break
      cells.push(t)
    }
    return { year: Number(m[1]), label: m[0].trim(), start: m.index, end: cells[cells.length - 1]?.end ?? from, cells }
  })
}

const NAME = '表四（行政复议、行政诉讼情况）'

/**
 * The zone with only this year's data row, where table 四 prints one row per year; the zone unchanged
 * where it does not; null (with a note) where this year's row cannot be told by its label.
 */
export function thisYearReviewRow(zone: Zone, year: number | null): { zone: Zone | null; notes: ExtractionNote[] } {
  const rows = yearRows(zone.text)
  if (new Set(rows.map((r) => r.year)).size < 2) return { zone, notes: [] }
  const seen = rows.map((r) => `「${r.label}」`).join('、')
  const refuse = (why: string): { zone: null; notes: ExtractionNote[] } => ({
    zone: null,
    notes: [{ field: 'reviewLitigation', message: `${NAME}按年度分行印出（${seen}），${why}，为免读错年度，未读取。` }],
  })
  const mine = rows.filter((r) => r.year === year)
  if (year === null) return refuse('而报告年度未读出，不知哪一行是本年度的')
  if (mine.length !== 1) return refuse(mine.length === 0 ? `未见标为本年度（${year}年）的一行` : `有 ${mine.length} 行都标为${year}年`)
  const own = mine[0]!
  const values = own.cells.map((t) => t.value)
  if (own.cells.length !== WIDTH || own.cells.some((t) => t.glued)) return refuse(`标为${year}年的一行之后读到 ${own.cells.length} 个数字，不是一行 15 格，行名与数字的对应不能确定`)
  // The row's numbers on its label's own line (a table row): the label proves them. Spread over lines
  // (text where the labels and numbers are printed apart): only where the groups' 总计 hold.
  const oneLine = !zone.text.slice(own.start, own.end).includes('\n')
  if (!oneLine && !reviewGroupsHold(values)) return refuse(`标为${year}年的一行的数字不在行名同一行，各组合计也不相符，行名与数字的对应不能确定`)
  let text = zone.text
  for (const r of rows) {
    if (r === own) continue
    // The rest of a label wrapped onto the next line (「（上年）」) goes with its row.
    const tail = LABEL_TAIL.exec(text.slice(r.end))
    const end = r.end + (tail?.[0].length ?? 0)
    text = text.slice(0, r.start) + text.slice(r.start, end).replace(/[^\n]/g, ' ') + text.slice(end)
  }
  const others = rows.filter((r) => r !== own).map((r) => `「${r.label}」`).join('、')
  return { zone: { text, offset: zone.offset }, notes: [{ field: 'section.reviewLitigation', message: `${NAME}按年度分行印出，只读取标为本年度（${year}年）的一行；${others}一行未读取。` }] }
}
