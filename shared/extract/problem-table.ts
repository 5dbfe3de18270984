// Section 五 written as a table of problems and their measures (an 整改台账: 序号 | 存在问题 | 整改措施 |
// 完成时限), as a Markdown/pipe table or as plain text whose columns are kept apart by runs of spaces.
// Each row is one problem and its measure. Null unless a header names both a problem column and a
// measure column and two rows or more follow it with those cells filled.

export interface TablePairs {
  problems: string[]
  improvements: string[]
}

const PROBLEM_COLUMN = /问题|不足/
const MEASURE_COLUMN = /措施|整改|改进|举措/
/** The row that only rules the header off (|---|:---:|). */
const RULE_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/

function pipeCells(line: string): string[] | null {
  const t = line.trim()
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return null
  return t.slice(1, -1).split('|').map((c) => c.trim())
}

/** Columns apart by a tab or two spaces or more (full-width spaces too). */
function spacedCells(line: string): string[] | null {
  const cells = line.trim().split(/\t+|[ \u3000]{2,}/).map((c) => c.trim())
  return cells.length >= 2 ? cells : null
}

function columnsOf(header: string[]): { problem: number; measure: number } | null {
  // The measure column first: "问题整改措施" names the measure; a problem column is one that is not it.
  const measure = header.findIndex((h) => MEASURE_COLUMN.test(h) && !/时限|时间|期限|责任/.test(h))
  const problem = header.findIndex((h, i) => i !== measure && PROBLEM_COLUMN.test(h))
  return problem >= 0 && measure >= 0 ? { problem, measure } : null
}

function rowsOf(lines: string[], cellsOf: (line: string) => string[] | null): TablePairs | null {
  for (const [i, line] of lines.entries()) {
    const header = cellsOf(line)
    const cols = header && columnsOf(header)
    if (!header || !cols) continue
    const out: TablePairs = { problems: [], improvements: [] }
    for (const row of lines.slice(i + 1)) {
      if (row.trim() === '' || RULE_ROW.test(row)) continue
      const cells = cellsOf(row)
      if (!cells || cells.length !== header.length) break
      const p = cells[cols.problem] ?? ''
      const m = cells[cols.measure] ?? ''
      if (p === '' || m === '') break
      out.problems.push(p)
      out.improvements.push(m)
    }
    return out.problems.length >= 2 ? out : null
  }
  return null
}

export function tablePairs(text: string): TablePairs | null {
  const lines = text.split(/\r\n|\r|\n/)
  return rowsOf(lines, pipeCells) ?? rowsOf(lines, spacedCells)
}
