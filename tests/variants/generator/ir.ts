// The variant's document before it is printed in a format: paragraphs, tables with merged cells,
// and page breaks. Every renderer (text shapes, HTML, DOCX, PDF) prints this one structure, so a
// new format is one new renderer.
export interface IRCell {
  text: string
  rowSpan?: number
  colSpan?: number
  /** A data cell (a number, a dash or blank), as opposed to a label or heading cell. */
  num?: boolean
  /** Text in the cell that is not printed as part of its number (cell-marks.ts). */
  mark?: CellMark
}

/** How a web page hides a digit (none of them prints a glyph). */
export const HIDE_STYLES = ['display-none', 'hidden-attr', 'visibility-hidden', 'hidden-class'] as const
/** More ways (review s6): a descendant or id selector, opacity:0, moved off-screen ("sr-only"), and
 *  a rule inside @media print (shown on screen, not on paper: a reader must keep it apart, not glue it). */
export const MORE_HIDE_STYLES = ['descendant-class', 'id-rule', 'opacity', 'offscreen', 'media-print'] as const
export type HideStyle = (typeof HIDE_STYLES)[number] | (typeof MORE_HIDE_STYLES)[number]

/** How a raised mark is set. HTML: <sup>, an inline vertical-align, a <style> class. DOCX: w:vertAlign,
 *  w:position (Word's 字符位置 提升, LibreOffice's superscript), a character style based on a superscript style. */
export const RAISE_STYLES = ['tag', 'inline', 'style-rule'] as const
/** 'small': not raised at all, only set much smaller on the baseline (a mark that lost its raise; cell-refs.ts). */
export type RaiseStyle = (typeof RAISE_STYLES)[number] | 'small'

/** A footnote mark set raised, or a hidden digit, before or after the cell's number. */
export interface CellMark {
  kind: 'sup' | 'hidden'
  /** The mark's text: a digit (or two for a footnote number). */
  text: string
  at: 'before' | 'after'
  hide?: HideStyle
  raise?: RaiseStyle
}

export type IRBlock =
  | { kind: 'para'; text: string; heading?: boolean }
  /** `part`: the report's table this is (set for table 三 and section 二's tables, where rules need to find them). */
  /** `narrowLabels`: printed with a narrow label column (CSS width and vertical-align; narrow-labels.ts). */
  /** `unruled`: printed without borders (t3-unruled.ts). */
  | { kind: 'table'; rows: IRCell[][]; part?: 'requests' | 'disclosure'; narrowLabels?: { width: number; valign: 'middle' | 'top' | 'bottom'; unruled?: boolean }; unruled?: boolean }
  /** A page break: the old page's footer and the new page's running header (either may be absent). */
  | { kind: 'page'; footer: string | null; header: string | null }

export type IRDoc = IRBlock[]

export const para = (text: string, heading = false): IRBlock => ({ kind: 'para', text, ...(heading ? { heading } : {}) })

/**
 * The table as a full grid: a merged cell's text in its first position, '' in the positions it
 * covers (what converters and crawlers print). `covered` marks the covered positions.
 */
export function toGrid(rows: IRCell[][]): { text: string; num: boolean; covered: boolean }[][] {
  const grid: { text: string; num: boolean; covered: boolean }[][] = []
  rows.forEach((row, r) => {
    grid[r] ??= []
    let c = 0
    for (const cell of row) {
      while (grid[r]![c]) c++
      const rs = cell.rowSpan ?? 1
      const cs = cell.colSpan ?? 1
      for (let i = 0; i < rs; i++) {
        for (let j = 0; j < cs; j++) {
          grid[r + i] ??= []
          grid[r + i]![c + j] = { text: i === 0 && j === 0 ? cell.text : '', num: !!cell.num, covered: i > 0 || j > 0 }
        }
      }
      c += cs
    }
  })
  return grid.map((row) => Array.from(row, (x) => x ?? { text: '', num: false, covered: true }))
}
