// Prints a variant's document as the text shapes the extractor meets: pdftotext -layout (a row per
// line, label columns wrapped around the numbers), pdftotext plain (a cell per line), labels grouped
// before their numbers, Markdown pipe tables, crawled pages (a cell per line, or a table run together).
import type { IRBlock, IRCell, IRDoc } from '../generator/ir'
import { toGrid } from '../generator/ir'
import { gridTableLines, gridTableLinesWithSpans } from './grid-table'

export type TextShape = 'text-layout' | 'text-plain' | 'text-grouped' | 'markdown' | 'crawled-lines' | 'crawled-run' | 'text-tab'

function chunks(s: string, width: number): string[] {
  const lines = s.split('\n')
  if (!width) return lines
  return lines.flatMap((l) => {
    const out: string[] = []
    for (let i = 0; i < l.length; i += width) out.push(l.slice(i, i + width))
    return out.length ? out : ['']
  })
}

const isLabel = (c: IRCell): boolean => !c.num && c.text.trim() !== ''
const numText = (row: IRCell[]): string[] => row.filter((c) => c.num && c.text !== '').map((c) => c.text)

/** pdftotext -layout: label columns wrap; the numbers stand on the middle line of the row. */
function layoutRow(row: IRCell[], width: number): string[] {
  const cols = row.filter(isLabel).map((c) => chunks(c.text, width))
  const nums = numText(row)
  const height = Math.max(1, ...cols.map((c) => c.length))
  const mid = Math.floor((height - 1) / 2)
  const lines: string[] = []
  for (let i = 0; i < height; i++) {
    const labels = cols.map((c) => (c[i] ?? '').padEnd(width || c[0]!.length, '\u3000')).join('  ')
    lines.push(i === mid && nums.length ? `${labels}    ${nums.join('    ')}` : labels)
  }
  return lines.map((l) => l.replace(/[\s\u3000]+$/, '')).filter((l) => l !== '')
}

/** A group's numbers column by column (rows with fewer cells drop out of the later columns): pdftotext printing each number column as a block. */
function byColumn(rows: IRCell[][]): string[] {
  const nums = rows.map(numText)
  return Array.from({ length: Math.max(0, ...nums.map((n) => n.length)) }, (_, c) => nums.flatMap((n) => (c < n.length ? [n[c]!] : []))).flat()
}

function tableLines(rows: IRCell[][], shape: TextShape, width: number, grid: boolean | 'spans', columns = false): string[] {
  if (shape === 'markdown' && grid === 'spans') return gridTableLinesWithSpans(rows, Math.max(8, 2 * (width || 6)))
  if (shape === 'markdown' && grid) return gridTableLines(rows, Math.max(8, 2 * (width || 6)))
  switch (shape) {
    case 'text-layout':
      return rows.flatMap((r) => layoutRow(r, width))
    case 'text-plain':
      return rows.flatMap((r) => r.filter((c) => c.text !== '').flatMap((c) => (c.num ? [c.text] : chunks(c.text, width))))
    case 'text-grouped': {
      const out: string[] = []
      for (let i = 0; i < rows.length; i += 3) {
        const g = rows.slice(i, i + 3)
        out.push(...g.flatMap((r) => r.filter(isLabel).flatMap((c) => chunks(c.text, width || 8))))
        out.push(...(columns ? byColumn(g) : g.flatMap(numText)))
      }
      return out
    }
    case 'markdown': {
      const grid = toGrid(rows)
      const width0 = Math.max(...grid.map((r) => r.length))
      const line = (r: { text: string }[]): string => `| ${Array.from({ length: width0 }, (_, i) => (r[i]?.text ?? '').replace(/\n/g, '')).join(' | ')} |`
      return grid.length ? [line(grid[0]!), `|${' --- |'.repeat(width0)}`, ...grid.slice(1).map(line)] : []
    }
    case 'crawled-lines':
      return rows.flatMap((r) => r.filter((c) => c.text !== '').map((c) => c.text.replace(/\n/g, '')))
    case 'crawled-run':
      return [rows.flatMap((r) => r.map((c) => c.text.replace(/\n/g, ''))).join('')]
    case 'text-tab':
      // A table copied as tab text: a row per line, its cells (merged ones once) between tabs.
      return rows.map((r) => r.map((c) => c.text.replace(/\n/g, '')).join('\t'))
  }
}

function pageLines(b: Extract<IRBlock, { kind: 'page' }>, shape: TextShape): string[] {
  if (shape === 'crawled-run' || shape === 'crawled-lines') return b.header ? [b.header] : []
  const out: string[] = []
  if (b.footer) out.push(b.footer)
  // pdftotext starts each page with a form feed.
  out.push(`\f${b.header ?? ''}`)
  return out
}

/**
 * `grid`: Markdown tables as pandoc's grid tables (md:grid-table), not pipe tables; 'spans': with merged cells (pandoc 3).
 * `disclosureByColumn`: text-grouped section 二 tables with each group's numbers column by column (t2-grouped-columns.ts);
 * `requestsByColumn`: table 三 so (t3-grouped-columns.ts).
 */
export function renderTextShape(doc: IRDoc, shape: TextShape, labelWidth: number, opts: { grid?: boolean | 'spans'; disclosureByColumn?: boolean; requestsByColumn?: boolean } = {}): string {
  const lines: string[] = []
  for (const b of doc) {
    if (b.kind === 'para') lines.push(shape === 'markdown' && b.heading ? `## ${b.text}` : b.text)
    else if (b.kind === 'table') lines.push(...tableLines(b.rows, shape, labelWidth, opts.grid ?? false, (!!opts.disclosureByColumn && b.part === 'disclosure') || (!!opts.requestsByColumn && b.part === 'requests')))
    else lines.push(...pageLines(b, shape))
  }
  return lines.join('\n') + '\n'
}
