// Table 四 printed as ONE table whose blocks stand one above the other (a spreadsheet's layout, or a
// converter's): 行政复议's heading, its five result headings and its row of numbers (the other
// columns blank), then 行政诉讼's heading, its two groups' headings and their row of ten. The upper
// row is no row of fifteen under one header: its numbers belong to the groups named above them only.
import { fuzzy } from './row-labels'

/** Group headings; 行政诉讼 alone names the two litigation groups. */
const GROUP_HEADINGS: RegExp[] = [fuzzy('行政复议'), fuzzy('行政诉讼'), fuzzy('直接起诉'), `${fuzzy('复议后起诉')}|${fuzzy('经复议起诉')}`].map((s) => new RegExp(s))

/**
 * A group heading printed below a data row (between its last cell and the next data row's start) that
 * is named nowhere above the row, with a header of result words (`headerWords`, 3 or more) under it: the
 * table's blocks are stacked, and the row holds the numbers of the groups named above it only.
 */
export function groupHeadedBelowRow(text: string, rowStart: number, rowEnd: number, nextRowStart: number, headerWords: RegExp): boolean {
  const above = text.slice(0, rowStart)
  const below = text.slice(rowEnd, nextRowStart)
  if ((below.match(new RegExp(headerWords.source, 'g')) ?? []).length < 3) return false
  return GROUP_HEADINGS.some((re) => re.test(below) && !re.test(above))
}

export const STACKED_UNREAD_NOTE = '表四的各组分成上下几块印在同一张表中（下面一块另有组名和表头），各行数字按其上方的组名不能一一对应，未读取。'
