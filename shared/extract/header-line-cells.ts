// The cells of one header line where the line shows them: a table's cells joined by tabs or pipes
// (every cell kept, an empty one too), or pdftotext -layout's cells set apart by runs of spaces (an
// empty cell leaves no trace there). Shared by table 三's and table 四's heading-place checks.

/** Tabs or pipes between a table's cells. */
export const CELL_SEPARATOR = /[\t|]/g
/** Two or more spaces between pdftotext -layout's cells. */
export const CELL_SPACES = /[ \u3000]{2,}/g

/** The cells of a line split by `separator`: start offsets and texts. */
export function cellsOf(line: string, separator: RegExp = CELL_SEPARATOR): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = []
  let start = 0
  for (const m of line.matchAll(separator)) {
    out.push({ start, text: line.slice(start, m.index) })
    start = m.index + m[0].length
  }
  out.push({ start, text: line.slice(start) })
  return out
}

/** Characters of table 三's template headings: a cell or line of only these is a heading or a piece of a wrapped one. */
export const TEMPLATE_HEADING_CHARS = /^[自然人商业企科研机构社会公益组织法律服务其他它总计合或申请情况]*$/
/** Table 三's five organisation columns (template indexes). */
export const ORG_COLUMNS = [1, 2, 3, 4, 5]
/** A heading's text without its bracketed notes (（件）, (单位)). */
export const withoutHeadingNotes = (line: string): string => line.replace(/（[^）]*）|\([^)]*\)/g, '')
