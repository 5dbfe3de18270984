// Table 四 printed as ONE table whose blocks stand one above the other (a spreadsheet's layout, or a
// converter's): 行政复议's heading, its five result headings and its row of numbers (the other
// columns blank), then 行政诉讼's heading, its two groups' headings and their row of ten. The upper
// row is no row of fifteen under one header: its numbers belong to the groups named above them only.
import { fuzzy } from './row-labels'

/** Group headings; 行政诉讼 alone names the two litigation groups. */
const GROUP_HEADINGS: RegExp[] = [fuzzy('行政复议'), fuzzy('行政诉讼'), fuzzy('直接起诉'), `${fuzzy('复议后起诉')}|${fuzzy('经复议起诉')}`].map((s) => new RegExp(s))

/** A sentence or caption (「四、…行政复议、行政诉讼情况」): it names groups without heading any block. */
const SENTENCE_LINE = /^.*(?:[，。；,;、]|情况).*$/gm

/**
 * Between two rows of numbers (`rows`, in order), a group heading named nowhere above the first of them
 * (sentences and captions aside), with a header of result words (`headerWords`, 3 or more) under it: the
 * table's blocks are stacked, and each row holds the numbers of the groups named above it only.
 */
export function groupHeadedBetweenRows(text: string, rows: { start: number; end: number }[], headerWords: RegExp): boolean {
  return rows.slice(1).some((row, i) => {
    const above = text.slice(0, rows[i]!.start).replace(SENTENCE_LINE, '')
    const between = text.slice(rows[i]!.end, row.start)
    if ((between.match(new RegExp(headerWords.source, 'g')) ?? []).length < 3) return false
    return GROUP_HEADINGS.some((re) => re.test(between) && !re.test(above))
  })
}

export const STACKED_UNREAD_NOTE = '表四的各组分成上下几块印在同一张表中（下面一块另有组名和表头），各行数字按其上方的组名不能一一对应，未读取。'
