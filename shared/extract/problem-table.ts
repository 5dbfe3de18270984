// Section 五 written as a table of problems and their measures (an 整改台账: 序号 | 存在问题 | 整改措施 |
// 完成时限), as a Markdown/pipe table or as plain text whose columns are kept apart by runs of spaces.
// Each row is one problem and its measure. Null unless a header names both a problem column and a
// measure column and two rows or more follow it with those cells filled.

import { flatCellRows } from './problem-flat-cells'

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

/** A document table's row as the flat text keeps it: its cells apart by one tab each (an empty cell is ''). */
function tabCells(line: string): string[] | null {
  const cells = line.split('\t').map((c) => c.trim())
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

// ── a plain-text table whose cells wrap onto lines of their own ─────────────────────────────────

/** Width as a monospaced copy shows it: a CJK or full-width character takes two columns. */
const widthOf = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffdc]/u.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1), 0)

/** The line's cells (apart by a tab or two spaces or more), each with the column where it starts. */
function placedCells(line: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = []
  const re = /[^\t \u3000]+(?:[ \u3000][^\t \u3000]+)*/g
  for (const m of line.matchAll(re)) out.push({ at: widthOf(line.slice(0, m.index)), text: m[0] })
  return out
}

const NUMBER_COLUMN = /^(?:序号?|编号|号)$/
const ROW_NUMBER = /^[\d０-９]{1,2}[.．、]?$/

/**
 * "序号  存在问题  整改措施  完成时限" with each row's cells wrapped onto the lines below (the 序号 column
 * blank there): a line with a row number opens a row; each cell of the lines after it joins the
 * column whose header starts nearest. Without a 序号 column ("存在的问题  整改措施  整改时限"), a line
 * that fills both the problem and the measure column opens a row, a line filling fewer is the row's
 * wrapped cells, and a line running across the columns (a sentence after the table) ends it. Null
 * unless two rows or more each have a problem and a measure.
 */
function wrappedRows(lines: string[]): TablePairs | null {
  for (const [i, line] of lines.entries()) {
    const header = placedCells(line)
    const cols = columnsOf(header.map((h) => h.text))
    const numbered = header.length > 0 && NUMBER_COLUMN.test(header[0]!.text)
    if (!cols || header.length < (numbered ? 3 : 2)) continue
    const rows: string[][] = []
    const column = (at: number): number =>
      header.reduce((best, h, k) => (Math.abs(h.at - at) < Math.abs(header[best]!.at - at) ? k : best), 0)
    /** The column a cell starts in, or -1 when it runs on past the start of the next one. */
    const fits = (c: { at: number; text: string }): number => {
      const k = column(c.at)
      const next = header[k + 1]
      return next && c.at + widthOf(c.text) > next.at + 1 ? -1 : k
    }
    for (const row of lines.slice(i + 1)) {
      const cells = placedCells(row)
      if (cells.length === 0) {
        if (rows.length) break
        continue
      }
      const kinds = cells.map(fits)
      if (!numbered && kinds.includes(-1)) break
      const opens = numbered ? column(cells[0]!.at) === 0 : kinds.includes(cols.problem) && kinds.includes(cols.measure)
      if (numbered && opens && !ROW_NUMBER.test(cells[0]!.text)) break
      if (opens) rows.push(header.map(() => ''))
      const current = rows[rows.length - 1]
      if (!current) return null
      for (const c of cells.slice(numbered && opens ? 1 : 0)) {
        const k = column(c.at)
        if (numbered && k === 0) return null
        current[k] += c.text
      }
    }
    const pairs = rows.map((r) => ({ p: r[cols.problem]!, m: r[cols.measure]! }))
    if (pairs.length < 2 || pairs.some((r) => r.p === '' || r.m === '')) return null
    return { problems: pairs.map((r) => r.p), improvements: pairs.map((r) => r.m) }
  }
  return null
}

/** A document table (HTML, DOCX) flattened with its cells apart by tabs. */
export function cellTablePairs(text: string): TablePairs | null {
  return rowsOf(text.split(/\r\n|\r|\n/), tabCells)
}

/** The table flattened one cell a line (problem-flat-cells.ts), read by its header's columns. */
function flatRows(lines: string[]): TablePairs | null {
  const flat = flatCellRows(lines)
  const cols = flat && columnsOf(flat.header)
  if (!flat || !cols) return null
  // A blank cell (the last row cut short) is no entry: the row's other side is still listed.
  const filled = (k: number): string[] => flat.rows.map((r) => r[k]!).filter((c) => c !== '')
  return { problems: filled(cols.problem), improvements: filled(cols.measure) }
}

export function tablePairs(text: string): TablePairs | null {
  const lines = text.split(/\r\n|\r|\n/)
  return rowsOf(lines, pipeCells) ?? wrappedRows(lines) ?? flatRows(lines) ?? rowsOf(lines, spacedCells)
}

/**
 * A table's header (序号 | 存在的主要问题 | 改进情况) whose rows could not be read by columns: a PDF's text
 * line runs the two columns together and interleaves their wrapped lines, so neither list can be told
 * apart from the other. True where one of the section's first lines names a problem column and a
 * measure column, holds no sentence, and 序(号) heads it or stands on the line before or after.
 */
export function unreadTableHeader(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '').slice(0, 5)
  return lines.some((line, i) => {
    const flat = line.replace(/[\s\u3000|]+/g, '')
    if (flat.length > 40 || /[。，；,;]/.test(flat)) return false
    const body = flat.replace(/^序号?/, '')
    if (!PROBLEM_COLUMN.test(body) || !MEASURE_COLUMN.test(body.replace(/^[^问]*问题/, ''))) return false
    return /^序/.test(flat) || /^序号?$/.test(lines[i - 1] ?? '') || /^号$/.test(lines[i + 1] ?? '')
  })
}
