// A table as pandoc writes Markdown for a Word table whose cells wrap (its default, grid tables):
// rules of `+---+`, the header ruled off by `+===+`, each cell's text wrapped within its column,
// a row as tall as its tallest cell. Merged cells come out empty beside their text (pandoc 2's way).
// Widths count a Chinese character as two columns, as pandoc pads them. Generator rule md:grid-table.
import type { IRCell } from '../generator/ir'
import { toGrid } from '../generator/ir'

const wide = (ch: string): boolean => /[\u2E80-\uFFEF]/.test(ch)
const displayWidth = (s: string): number => [...s].reduce((n, ch) => n + (wide(ch) ? 2 : 1), 0)

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
