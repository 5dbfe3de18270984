// A line of table 四's cells alone under its header: where it starts in the text. Cells a reader set
// apart by tabs (a table's cells) count from five; cells set apart by spaces only (a PDF's unruled
// value row read as a line of text) only as a whole row, fifteen or more: fewer spaced digits may be
// one number printed with its digits spread (「1 2 7 4 8」), and fifteen only where the three groups'
// totals hold (blank zeros beside a spread number may also leave fifteen); more are left to the sums
// that choose the row's fifteen (review rv18 o14: a header whose narrow cells LibreOffice clipped,
// the row right under it).
import { reviewGroupsHold, WIDTH } from './review-sums'

/** A line of cells only (numbers, dashes, 无, blanks), five or more, tab-separated. */
const TABBED = /(?<=^|\n)(?:[ \u3000]*(?:\d+|无|[-—/／－]|\uE000)[ \u3000]*\t){4,}[ \u3000]*(?:\d+|无|[-—/／－]|\uE000)[ \u3000]*(?=\n|$)/g
/** A line of fifteen or more numbers set apart by spaces, nothing else. */
const SPACED = /(?<=^|\n)[ \u3000]*\d+(?:[ \u3000]+\d+){14,}[ \u3000]*(?=\n|$)/g

/** Where each line of cells alone starts. */
export function cellsLineStarts(text: string): number[] {
  const spaced = [...text.matchAll(SPACED)].filter((m) => {
    const cells = m[0].trim().split(/[ \u3000]+/).map(Number)
    return cells.length > WIDTH || reviewGroupsHold(cells)
  })
  return [...text.matchAll(TABBED), ...spaced].map((m) => m.index).sort((a, b) => a - b)
}
