// A table as pandoc writes Markdown for a Word table whose cells wrap (its default, grid tables):
// rules of `+---+`, the header ruled off by `+===+`, each cell's text wrapped within its column,
// a row as tall as its tallest cell. Merged cells come out empty beside their text (pandoc 2's way).
// Widths count a Chinese character as two columns, as pandoc pads them. Generator rule md:grid-table.
import type { IRCell } from '../generator/ir'
import { toGrid } from '../generator/ir'
// The reader's width count (a Chinese character two columns), so the printed table lines up as it reads.
import { displayWidth } from '../../../shared/text/grid-table-spans'


/** The text cut into lines of at most `max` display columns; digits, Latin letters and signs stay with their run. */
export function wrapCell(text: string, max: number): string[] {
  const tokens = text.replace(/\n/g, '').match(/[0-9A-Za-z.,%+\-]+|./gu) ?? []
  const lines: string[] = []
  let line = ''
  for (const t of tokens) {
    if (line !== '' && displayWidth(line + t) > max) {
      lines.push(line.trimEnd())
      line = t.trimStart()
    } else line += t
  }
  if (line.trim() !== '' || !lines.length) lines.push(line.trimEnd())
  return lines
}

export function gridTableLines(rows: IRCell[][], maxWidth: number): string[] {
  const grid = toGrid(rows)
  const cols = Math.max(...grid.map((r) => r.length))
  const cells = grid.map((r) => Array.from({ length: cols }, (_, c) => wrapCell(r[c]?.text ?? '', maxWidth)))
  const widths = Array.from({ length: cols }, (_, c) => Math.max(3, ...cells.map((r) => Math.max(...r[c]!.map(displayWidth)))))
  const rule = (ch: string): string => `+${widths.map((w) => ch.repeat(w + 2)).join('+')}+`
  const out = [rule('-')]
  cells.forEach((r, i) => {
    const height = Math.max(...r.map((c) => c.length))
    for (let k = 0; k < height; k++) out.push(`|${r.map((c, j) => ` ${(c[k] ?? '')}${' '.repeat(widths[j]! - displayWidth(c[k] ?? ''))} `).join('|')}|`)
    out.push(rule(i === 0 ? '=' : '-'))
  })
  return out
}

interface Owned {
  id: number
  text: string
  top: number
  left: number
  rows: number
  cols: number
}

/**
 * With merged cells as pandoc 3 writes them: a cell spanning columns has no `|` inside it, a cell
 * spanning rows leaves its part of the rule between them blank. Its text stands on its first lines.
 */
export function gridTableLinesWithSpans(rows: IRCell[][], maxWidth: number): string[] {
  const owner: Owned[][] = []
  let id = 0
  rows.forEach((row, r) => {
    owner[r] ??= []
    let c = 0
    for (const cell of row) {
      while (owner[r]![c]) c++
      const o: Owned = { id: id++, text: cell.text, top: r, left: c, rows: cell.rowSpan ?? 1, cols: cell.colSpan ?? 1 }
      for (let i = 0; i < o.rows; i++) for (let j = 0; j < o.cols; j++) (owner[r + i] ??= [])[c + j] = o
      c += o.cols
    }
  })
  const cols = Math.max(...owner.map((r) => r.length))
  const blank = (r: number, c: number): Owned => ({ id: -1 - r * 1000 - c, text: '', top: r, left: c, rows: 1, cols: 1 })
  const at = (r: number, c: number): Owned => owner[r]?.[c] ?? blank(r, c)
  const widths = Array.from({ length: cols }, (_, c) => Math.max(3, ...owner.map((row, r) => (at(r, c).cols === 1 && at(r, c).top === r ? Math.max(...wrapCell(at(r, c).text, maxWidth).map(displayWidth)) : 3))))
  // A merged cell wider than its columns widens its last column.
  for (const o of new Set(owner.flat())) {
    if (o.cols === 1) continue
    const need = Math.max(...wrapCell(o.text, 1).map(displayWidth))
    const has = widths.slice(o.left, o.left + o.cols).reduce((a, b) => a + b, 0) + 3 * (o.cols - 1)
    if (need > has) widths[o.left + o.cols - 1]! += need - has
  }
  const spanWidth = (o: Owned): number => widths.slice(o.left, o.left + o.cols).reduce((a, b) => a + b, 0) + 3 * (o.cols - 1)
  const lines: string[] = []
  const rule = (r: number): string => {
    // The rule under row r (r = -1: the top border). Blank where a cell goes on below it.
    let s = ''
    for (let c = 0; c < cols; c++) {
      const goesOn = r >= 0 && r + 1 < owner.length && at(r, c).id === at(r + 1, c).id
      const leftGoesOn = c > 0 && r >= 0 && r + 1 < owner.length && at(r, c - 1).id === at(r + 1, c - 1).id
      const joint = c === 0 ? (goesOn ? '|' : '+') : goesOn && leftGoesOn && at(r, c - 1).id === at(r, c).id ? ' ' : goesOn && leftGoesOn ? '|' : '+'
      s += joint + (goesOn ? ' '.repeat(widths[c]! + 2) : '-'.repeat(widths[c]! + 2))
    }
    const lastGoesOn = r >= 0 && r + 1 < owner.length && at(r, cols - 1).id === at(r + 1, cols - 1).id
    return s + (lastGoesOn ? '|' : '+')
  }
  lines.push(rule(-1))
  owner.forEach((_, r) => {
    const starting = Array.from({ length: cols }, (_, c) => at(r, c)).filter((o, c) => o.left === c)
    const texts = new Map(starting.map((o) => [o.id, o.top === r ? wrapCell(o.text, spanWidth(o)) : []]))
    const height = Math.max(1, ...[...texts.values()].map((t) => t.length))
    for (let k = 0; k < height; k++) {
      lines.push(`|${starting.map((o) => {
        const t = texts.get(o.id)![k] ?? ''
        return ` ${t}${' '.repeat(Math.max(0, spanWidth(o) - displayWidth(t)))} `
      }).join('|')}|`)
    }
    lines.push(rule(r))
  })
  return lines
}
