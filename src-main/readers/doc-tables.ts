// Word 97 paragraphs → document blocks, the same model as the DOCX reader: prose paragraphs, and
// tables rebuilt from the cell marks (\x07), the row-end paragraphs (sprmPFTtp) and their row
// definitions (sprmTDefTable: cell edges → column spans; vertMerge → row spans).
import type { Block } from '../../shared/model/document'
import type { DocParagraph } from './doc-binary'
import type { Sprm } from './doc-sprms'
import { resolveMerges } from './docx'

const SPRM_P_FIN_TABLE = 0x2416
const SPRM_P_FTTP = 0x2417
const SPRM_P_ITAP = 0x6649
const SPRM_P_FINNER_TTP = 0x244c
const SPRM_T_DEF_TABLE = 0xd608
const SPRM_T_VERT_MERGE = 0xd62b

/** Cell edges closer than this (twips) are one grid line. */
const EDGE_TOLERANCE = 30

interface RowDef {
  /** Cell edges, left to right (twips), one more than the cells. */
  edges: number[]
  /** Per cell: 'restart' (first of a vertical merge), 'continue' (merged with the cell above), null. */
  vMerge: ('restart' | 'continue' | null)[]
  /** Per cell: true where an old-style horizontal merge continues the cell on its left. */
  hMergeContinue: boolean[]
}

interface RawRow {
  cells: string[][]
  def: RowDef | null
}

function byteArg(sprms: Sprm[], op: number): number | null {
  const s = sprms.find((x) => x.op === op)
  return s && s.arg.length >= 1 ? s.arg[0]! : null
}

function itap(sprms: Sprm[]): number {
  const s = sprms.find((x) => x.op === SPRM_P_ITAP)
  if (s && s.arg.length >= 4) return s.arg[0]! | (s.arg[1]! << 8)
  return byteArg(sprms, SPRM_P_FIN_TABLE) === 1 ? 1 : 0
}

function int16(b: Uint8Array, at: number): number {
  const v = b[at]! | (b[at + 1]! << 8)
  return v >= 0x8000 ? v - 0x10000 : v
}

function vMergeOf(flag: number): 'restart' | 'continue' | null {
  return flag === 3 ? 'restart' : flag === 1 || flag === 2 ? 'continue' : null
}

export function rowDefinition(sprms: Sprm[]): RowDef | null {
  const def = sprms.find((s) => s.op === SPRM_T_DEF_TABLE)
  if (!def || def.arg.length < 1) return null
  const a = def.arg
  const n = a[0]!
  if (1 + (n + 1) * 2 > a.length) return null
  const edges = Array.from({ length: n + 1 }, (_, i) => int16(a, 1 + i * 2))
  const vMerge: RowDef['vMerge'] = []
  const hMergeContinue: boolean[] = []
  const tcAt = 1 + (n + 1) * 2
  for (let i = 0; i < n; i++) {
    const at = tcAt + i * 20
    const grf = at + 2 <= a.length ? a[at]! | (a[at + 1]! << 8) : 0
    hMergeContinue.push((grf & 0x3) === 2)
    vMerge.push(vMergeOf((grf >> 5) & 0x3))
  }
  // Later sprmTVertMerge entries override the row definition's flags.
  for (const s of sprms) if (s.op === SPRM_T_VERT_MERGE && s.arg.length >= 2 && s.arg[0]! < n) vMerge[s.arg[0]!] = vMergeOf(s.arg[1]!)
  return { edges, vMerge, hMergeContinue }
}

/** Field codes hidden (between \x13 and \x14), field marks dropped, Word's special characters mapped. */
class TextCleaner {
  private depth: boolean[] = [] // per open field: true while in its instructions

  clean(s: string): string {
    let out = ''
    for (const ch of s) {
      if (ch === '\x13') {
        this.depth.push(true)
        continue
      }
      if (ch === '\x14') {
        if (this.depth.length) this.depth[this.depth.length - 1] = false
        continue
      }
      if (ch === '\x15') {
        this.depth.pop()
        continue
      }
      if (this.depth.some((inCode) => inCode)) continue
      if (ch === '\x0b' || ch === '\x0c') out += '\n'
      else if (ch === '\x1e') out += '-'
      else if (ch === '\u00a0') out += ' '
      else if (ch === '\t' || ch === '\n' || ch >= ' ') out += ch
    }
    return out
  }
}

/** Grid lines of a table: every row's cell edges, clustered. */
function gridOf(rows: RawRow[]): number[] {
  const all = rows.flatMap((r) => r.def?.edges ?? []).sort((a, b) => a - b)
  const grid: number[] = []
  for (const x of all) if (grid.length === 0 || x - grid[grid.length - 1]! > EDGE_TOLERANCE) grid.push(x)
  return grid
}

function tableRows(rows: RawRow[]): Block | null {
  const grid = gridOf(rows)
  const col = (x: number): number => {
    let best = 0
    grid.forEach((g, i) => {
      if (Math.abs(g - x) < Math.abs(grid[best]! - x)) best = i
    })
    return best
  }
  const raw = rows.map((r) => {
    const def = r.def
    const usable = def && def.edges.length === r.cells.length + 1 && grid.length > 1
    const cells: { paras: string[]; gridSpan: number; vMerge: 'restart' | 'continue' | null }[] = []
    r.cells.forEach((paras, i) => {
      if (usable && def.hMergeContinue[i] && cells.length) {
        const prev = cells[cells.length - 1]!
        prev.gridSpan += Math.max(1, col(def.edges[i + 1]!) - col(def.edges[i]!))
        return
      }
      const gridSpan = usable ? Math.max(1, col(def.edges[i + 1]!) - col(def.edges[i]!)) : 1
      cells.push({ paras, gridSpan, vMerge: usable ? def.vMerge[i] ?? null : null })
    })
    return { cells, gridBefore: usable ? col(def.edges[0]!) : 0 }
  })
  const out = resolveMerges({ rows: raw })
  return out.length ? { kind: 'table', rows: out, loc: { block: 0 } } : null
}

/** Blocks of paragraphs. A text box's own paragraphs follow the paragraph it is anchored in, as
 *  blocks of their own (a table in the box is a table); boxes anchored in a table cell follow the
 *  table, never in the cell — as the DOCX reader places them. */
export function docBlocks(paragraphs: DocParagraph[]): Block[] {
  const blocks: Block[] = []
  const cleaner = new TextCleaner()
  let rows: RawRow[] = []
  let cells: string[][] = []
  let cell: string[] = []
  let boxesAfterTable: DocParagraph[][] = []
  const pushBoxes = (boxes: DocParagraph[][]): void => {
    for (const box of boxes) blocks.push(...docBlocks(box))
  }
  const closeTable = (): void => {
    if (cell.length) cells.push(cell)
    if (cells.length) rows.push({ cells, def: null })
    const t = rows.length ? tableRows(rows) : null
    if (t) blocks.push(t)
    rows = []
    cells = []
    cell = []
    pushBoxes(boxesAfterTable)
    boxesAfterTable = []
  }
  for (const p of paragraphs) {
    const depth = itap(p.sprms)
    const mark = p.text.slice(-1)
    const text = cleaner.clean(p.text.slice(0, -1))
    if (depth === 0) {
      if (rows.length || cells.length || cell.length || boxesAfterTable.length) closeTable()
      for (const line of text.split('\n')) if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim(), loc: { block: 0 } })
      if (p.boxes) pushBoxes(p.boxes)
      continue
    }
    if (p.boxes) boxesAfterTable.push(...p.boxes)
    // Inside a nested table: its text belongs to the outer cell; its row ends are skipped.
    if (depth > 1) {
      if (byteArg(p.sprms, SPRM_P_FINNER_TTP) !== 1) cell.push(text)
      continue
    }
    if (byteArg(p.sprms, SPRM_P_FTTP) === 1) {
      if (cell.length) cells.push(cell)
      rows.push({ cells, def: rowDefinition(p.sprms) })
      cells = []
      cell = []
      continue
    }
    cell.push(text)
    if (mark === '\x07') {
      cells.push(cell)
      cell = []
    }
  }
  closeTable()
  blocks.forEach((b, i) => (b.loc.block = i))
  return blocks
}
