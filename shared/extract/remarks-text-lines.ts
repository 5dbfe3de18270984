// A remarks column (备注, 说明 …) in a table printed as text (a .txt file, a crawled page, Markdown
// text): no grid tells which cell a word or a dash stands in. Under such a heading a lone 「—」「/」
// or 「无」 may be a remark as well as a zero cell of the row, and where a cell is blank (text leaves
// nothing for it) the row's cells cannot be placed (issue 10: 行政许可 「— 447,228」 read 0; table
// 三's rows one column off). From a header line naming the remarks column to the next section
// heading, such tokens are taken out of the text lines: a row is then read only where its numbers
// fill the template's cells (the row readers leave a short row unread with a note).
import { REMARKS_HEADING } from './remarks-columns'

/** A line of a table header holding a remarks heading among its words (no digit: not a data row). */
function namesRemarksColumn(line: string): boolean {
  if (/[0-9０-９]/.test(line)) return false
  return line.split(/[\t \u3000|｜]+/).some((w) => REMARKS_HEADING.test(w))
}

/**
 * A section heading (「四、政府信息公开行政复议、行政诉讼情况」) ends the remarks column's reach; table
 * 三's row labels are numbered the same way (「四、结转下一年度继续办理」) but name no 情况/问题/事项.
 */
const SECTION_HEADING = /^[ \u3000]*[一二三四五六七八九十]{1,2}[、．.][^0-9０-９\t]*(?:情况|问题|事项)[ \u3000]*$/

// A dash or slash alone between separators (tab, two spaces, a pipe, the line's ends), and 无 alone
// the same way: a letter-spaced label (「4 . 无 正 当 理 由」) parts its characters by one space only.
const REMARK_TOKEN = /(?<=^|\t|[ \u3000]{2}|[|｜])([ \u3000]*)([-－—–―/／]{1,3}|无|無)(?=[ \u3000]*(?:$|\t|[ \u3000]{2}|[|｜]))/g

// A cell of a row on the same line: a number or a dash between separators (「1.」 of a label is none).
const CELL_ON_LINE = /(?:^|[\t \u3000|｜])(?:[0-9０-９][0-9０-９,，]*(?:\.[0-9]+)?件?|[-－—–―/／]{1,3}|无)(?=$|[\t \u3000|｜])/

/**
 * Whether part of a line holds a cell. A remark stands beside the row's cells (after its label or
 * after its last cell), never between two of them: a dash with cells on both sides is a zero cell.
 */
function holdsCell(part: string): boolean {
  return CELL_ON_LINE.test(part)
}

/**
 * The lines of text (null for a table row with its own cells, left alone) with the lone dash and 无
 * tokens blanked (same length: positions hold) where a remarks column stands above them.
 */
export function withoutTextRemarks(lines: readonly (string | null)[]): (string | null)[] {
  let inRemarks = false
  return lines.map((line) => {
    if (line === null) return line
    if (SECTION_HEADING.test(line)) inRemarks = false
    if (namesRemarksColumn(line)) inRemarks = true
    if (!inRemarks) return line
    return line.replace(REMARK_TOKEN, (m, _pad: string, _tok: string, at: number) =>
      holdsCell(line.slice(0, at)) && holdsCell(line.slice(at + m.length)) ? m : ' '.repeat(m.length),
    )
  })
}
