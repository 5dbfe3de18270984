// Prints a variant's document as a Word file (docx package): merged label cells as vertical merges
// and column spans, as drafts come.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx'
import type { CellMark, IRCell, IRDoc } from '../generator/ir'

type Merge = (typeof VerticalMergeType)[keyof typeof VerticalMergeType]

/** Character styles a mark can be set in: each based on another that hides or raises text, as
 *  company templates chain them (review s6 §9; the reader must follow w:basedOn). */
const MARK_STYLES = [
  { id: 'FnHideBase', name: 'FnHideBase', run: { vanish: true } },
  { id: 'FnHide', name: 'FnHide', basedOn: 'FnHideBase', run: { bold: false } },
  { id: 'FnSupBase', name: 'FnSupBase', run: { superScript: true } },
  { id: 'FnSup', name: 'FnSup', basedOn: 'FnSupBase', run: { size: 16 } },
]

/** The run of a mark (cell-marks.ts): superscript by w:vertAlign, w:position (raised 3 pt, smaller:
 *  LibreOffice's way) or a based-on style; hidden by w:vanish or a based-on style. */
function markRun(mark: CellMark): TextRun {
  const text = mark.text
  if (mark.kind === 'sup') {
    if (mark.raise === 'inline') return new TextRun({ text, position: '3pt', size: 16 })
    if (mark.raise === 'small') return new TextRun({ text, size: 12 })
    if (mark.raise === 'style-rule') return new TextRun({ text, style: 'FnSup' })
    return new TextRun({ text, superScript: true })
  }
  return mark.hide === 'hidden-class' ? new TextRun({ text, style: 'FnHide' }) : new TextRun({ text, vanish: true })
}

/** A cell's text with its mark. */
function marked(text: string, mark: CellMark): Paragraph {
  const run = markRun(mark)
  return new Paragraph({ children: mark.at === 'before' ? [run, new TextRun(text)] : [new TextRun(text), run] })
}

function cell(text: string, colSpan: number, merge?: Merge, mark?: CellMark): TableCell {
  return new TableCell({
    children: mark ? [marked(text, mark)] : text.split('\n').map((l) => new Paragraph(l)),
    ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
    ...(merge ? { verticalMerge: merge } : {}),
  })
}

function table(rows: IRCell[][]): Table {
  // Positions covered by a cell merged from a row above: column → its span, per row.
  const covered: Map<number, number>[] = rows.map(() => new Map())
  const out: TableRow[] = rows.map((row, r) => {
    const cells: TableCell[] = []
    let c = 0
    let i = 0
    while (i < row.length || covered[r]!.has(c)) {
      const cov = covered[r]!.get(c)
      if (cov !== undefined) {
        cells.push(cell('', cov, VerticalMergeType.CONTINUE))
        c += cov
        continue
      }
      const x = row[i++]!
      const cs = x.colSpan ?? 1
      const rs = x.rowSpan ?? 1
      for (let k = 1; k < rs && r + k < rows.length; k++) covered[r + k]!.set(c, cs)
      cells.push(cell(x.text, cs, rs > 1 ? VerticalMergeType.RESTART : undefined, x.mark))
      c += cs
    }
    return new TableRow({ children: cells })
  })
  return new Table({ rows: out })
}

export async function renderDocxDoc(doc: IRDoc): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = []
  for (const b of doc) {
    if (b.kind === 'para') children.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: !!b.heading })] }))
    else if (b.kind === 'table') children.push(table(b.rows))
    else for (const x of [b.footer, b.header]) if (x) children.push(new Paragraph(x))
  }
  const d = new Document({ styles: { characterStyles: MARK_STYLES }, sections: [{ children }] })
  return new Uint8Array(await Packer.toBuffer(d))
}
