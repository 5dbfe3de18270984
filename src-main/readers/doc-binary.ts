// Word 97–2003 binary (MS-DOC): the main document's text through the piece table (CLX), and each
// paragraph's properties (PAPX in the FKP pages) as its raw sprm list; text whose character
// properties (CHPX) mark it a tracked deletion or hidden is left out (doc-char-props.ts). Every offset read is checked
// against the stream it points into; a bad offset is a CorruptDoc error, never an out-of-range read.
import { charMarkOf, readChpxRuns, runAtOffset, type CharMark, type ChpxRun } from './doc-char-props'
import { charStyleOf, effectivePosition, effectiveSize, positionSetBy, readStyleSheet, sizeSetBy, type SizeSet } from './doc-styles'
import { joinRunPieces, type RunPiece } from './docx-position'
import { parseSprms, type Sprm } from './doc-sprms'
import { textBoxStories, type TextBoxFib } from './doc-text-boxes'

export class DocFormatError extends Error {
  constructor(
    message: string,
    readonly kind: 'corrupt' | 'encrypted' | 'not-word' | 'too-long' = 'corrupt',
  ) {
    super(message)
  }
}

export interface DocStreams {
  wordDocument: Uint8Array
  table0: Uint8Array | null
  table1: Uint8Array | null
  data: Uint8Array | null
}

/** One paragraph of the main text: its characters (control marks kept) and its sprms. */
export interface DocParagraph {
  /** Text including the final mark (\r paragraph end, \x07 cell or row end). */
  text: string
  /** Paragraph property sprms (from the FKP, and from the Data stream for huge PAPX). */
  sprms: Sprm[]
  /** The paragraphs of the text boxes anchored in this paragraph (doc-text-boxes.ts), one list per box. */
  boxes?: DocParagraph[][]
}

interface Piece {
  cpStart: number
  cpEnd: number
  fc: number
  compressed: boolean
}

interface PapxRun {
  fcStart: number
  fcEnd: number
  grpprl: Uint8Array
  /** The paragraph's style (istd), null where the page holds no properties for it. */
  istd: number | null
}

function u16(b: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > b.length) throw new DocFormatError('偏移超出数据流')
  return b[at]! | (b[at + 1]! << 8)
}

function u32(b: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > b.length) throw new DocFormatError('偏移超出数据流')
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
}

/** The FIB's counts and places; those of the text boxes (ccpText, the stories' lengths, PlcSpaMom,
 *  PlcftxbxTxt) are doc-text-boxes.ts's TextBoxFib. */
export interface Fib extends TextBoxFib {
  tableStream: '0Table' | '1Table'
  fcClx: number
  lcbClx: number
  fcPlcfBtePapx: number
  lcbPlcfBtePapx: number
  fcPlcfBteChpx: number
  lcbPlcfBteChpx: number
  fcStshf: number
  lcbStshf: number
}

export function readFib(wd: Uint8Array): Fib {
  if (wd.length < 0x200 || u16(wd, 0) !== 0xa5ec) throw new DocFormatError('WordDocument 流的文件头无效', 'not-word')
  // nFib: Word 97 and later write 0x00C1 or above; Word 6.0/95 (0x0065–0x0068) lay the FIB out differently.
  if (u16(wd, 2) < 0xc0) throw new DocFormatError('Word 6.0/95 等更早的格式', 'not-word')
  const flags = u16(wd, 0x0a)
  if (flags & 0x0100) throw new DocFormatError('已加密', 'encrypted')
  const csw = u16(wd, 0x20)
  let at = 0x22 + csw * 2
  const cslw = u16(wd, at)
  const lw = at + 2
  const ccp = (i: number): number => (i < cslw ? u32(wd, lw + i * 4) : 0)
  const ccpText = ccp(3)
  at = lw + cslw * 4
  const cbRgFcLcb = u16(wd, at)
  const fcLcb = at + 2
  if (cbRgFcLcb < 34) throw new DocFormatError('FIB 过短（不是 Word 97 及以后的格式）', 'not-word')
  const pair = (i: number): [number, number] => (i < cbRgFcLcb ? [u32(wd, fcLcb + i * 8), u32(wd, fcLcb + i * 8 + 4)] : [0, 0])
  const [fcStshf, lcbStshf] = pair(1)
  const [fcPlcfBteChpx, lcbPlcfBteChpx] = pair(12)
  const [fcPlcfBtePapx, lcbPlcfBtePapx] = pair(13)
  const [fcClx, lcbClx] = pair(33)
  const [fcPlcSpaMom, lcbPlcSpaMom] = pair(40)
  const [fcPlcftxbxTxt, lcbPlcftxbxTxt] = pair(56)
  return {
    ccpText,
    ccpFtn: ccp(4),
    ccpHdd: ccp(5),
    ccpMcr: ccp(6),
    ccpAtn: ccp(7),
    ccpEdn: ccp(8),
    ccpTxbx: ccp(9),
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    fcClx,
    lcbClx,
    fcPlcfBtePapx,
    lcbPlcfBtePapx,
    fcPlcfBteChpx,
    lcbPlcfBteChpx,
    fcStshf,
    lcbStshf,
    fcPlcSpaMom,
    lcbPlcSpaMom,
    fcPlcftxbxTxt,
    lcbPlcftxbxTxt,
  }
}

function readPieces(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] {
  if (fcClx + lcbClx > table.length) throw new DocFormatError('CLX 超出表格流')
  let at = fcClx
  const end = fcClx + lcbClx
  while (at < end && table[at] === 0x01) at += 3 + u16(table, at + 1) // Prc: skip
  if (table[at] !== 0x02) throw new DocFormatError('缺少分段表（Pcdt）')
  const lcb = u32(table, at + 1)
  const plc = at + 5
  if (plc + lcb > table.length || lcb < 4) throw new DocFormatError('分段表超出表格流')
  const n = Math.floor((lcb - 4) / 12)
  const pieces: Piece[] = []
  for (let i = 0; i < n; i++) {
    const cpStart = u32(table, plc + i * 4)
    const cpEnd = u32(table, plc + (i + 1) * 4)
    const pcd = plc + (n + 1) * 4 + i * 8
    const fcRaw = u32(table, pcd + 2)
    const compressed = (fcRaw & 0x40000000) !== 0
    const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw
    if (cpEnd < cpStart) throw new DocFormatError('分段表顺序错乱')
    pieces.push({ cpStart, cpEnd, fc, compressed })
  }
  return pieces
}

function readPapxRuns(wd: Uint8Array, table: Uint8Array, fc: number, lcb: number): PapxRun[] {
  if (fc + lcb > table.length) throw new DocFormatError('段落属性表超出表格流')
  const n = Math.floor((lcb - 4) / 8)
  const runs: PapxRun[] = []
  const pages = new Set<number>()
  for (let i = 0; i < n; i++) {
    const pn = u32(table, fc + (n + 1) * 4 + i * 4) & 0x3fffff
    if (pages.has(pn)) continue
    pages.add(pn)
    const page = pn * 512
    if (page + 512 > wd.length) throw new DocFormatError('段落属性页超出文件', 'corrupt')
    const crun = wd[page + 511]!
    for (let k = 0; k < crun; k++) {
      const fcStart = u32(wd, page + k * 4)
      const fcEnd = u32(wd, page + (k + 1) * 4)
      const bOffset = wd[page + (crun + 1) * 4 + k * 13]! * 2
      let grpprl: Uint8Array = new Uint8Array(0)
      // No properties in the page: the paragraph is in the default style, Normal (istd 0).
      let istd: number | null = bOffset === 0 ? 0 : null
      if (bOffset > 0 && bOffset < 511) {
        let cb = wd[page + bOffset]!
        let start = page + bOffset + 1
        let len: number
        if (cb === 0) {
          cb = wd[start]!
          start++
          len = cb * 2
        } else len = cb * 2 - 1
        // istd (2 bytes) first, then the sprms.
        if (len >= 2 && start + len <= page + 512) {
          istd = u16(wd, start)
          grpprl = wd.subarray(start + 2, start + len)
        }
      }
      runs.push({ fcStart, fcEnd, grpprl, istd })
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart)
}

const SPRM_P_HUGE_PAPX = 0x6646
const SPRM_P_FIN_TABLE = 0x2416

/** Whether a paragraph's sprms put it in a table (sprmPFInTable). */
const inTable = (sprms: readonly Sprm[]): boolean => sprms.some((s) => s.op === SPRM_P_FIN_TABLE && s.arg[0] === 1)

/** Huge paragraph properties live in the Data stream: a 2-byte length, then the sprms. */
function expandHuge(sprms: Sprm[], data: Uint8Array | null): Sprm[] {
  const huge = sprms.find((s) => s.op === SPRM_P_HUGE_PAPX)
  if (!huge || !data || huge.arg.length < 4) return sprms
  const at = u32(huge.arg, 0)
  const cb = u16(data, at)
  if (at + 2 + cb > data.length) throw new DocFormatError('段落属性超出 Data 流')
  return [...sprms.filter((s) => s !== huge), ...parseSprms(data.subarray(at + 2, at + 2 + cb))]
}

/** A run's look as its CHPX sets it: raise or drop, its own size and its character style. */
interface RunStyle {
  /** Set on the run itself, or null: its styles' (doc-styles.ts). */
  position: number | null
  size: SizeSet
  charStyle: number | null
}

/** Characters of one look, gathered until the paragraph's mark gives their paragraph style. */
interface StyledPiece extends RunStyle {
  text: string
}

/** Text left out of the paragraphs: tracked deletions and hidden text, one entry per run. */
export interface DroppedText {
  deleted: string[]
  hidden: string[]
}

/** The main document's paragraphs, in order, without deleted or hidden text (listed in `dropped`),
 *  each text box's paragraphs attached to the paragraph its shape is anchored in. `maxChars` bounds the text read. */
export function readDocParagraphs(streams: DocStreams, maxChars: number, dropped: DroppedText = { deleted: [], hidden: [] }): DocParagraph[] {
  const wd = streams.wordDocument
  const fib = readFib(wd)
  const table = fib.tableStream === '1Table' ? streams.table1 : streams.table0
  if (!table) throw new DocFormatError(`缺少 ${fib.tableStream} 流`)
  if (fib.ccpText > maxChars) throw new DocFormatError(`正文过长（共 ${fib.ccpText} 字，超过 ${maxChars} 字的上限），不像年度报告，未读取`, 'too-long')
  const read = rangeReader(streams, table, fib, dropped)
  const main = read(0, fib.ccpText)
  if (fib.ccpTxbx <= maxChars) {
    for (const box of textBoxStories(table, fib)) {
      // The paragraph holding the anchor: the first whose mark is at or after the anchor's position.
      const at = main.ends.findIndex((end) => end >= box.anchorCp)
      if (at < 0) continue
      const p = main.paragraphs[at]!
      ;(p.boxes ??= []).push(read(box.cpStart, box.cpEnd).paragraphs)
    }
  }
  return main.paragraphs
}

/** Reads the paragraphs of a range of character positions; `ends[i]`: the position of paragraph i's mark. */
function rangeReader(streams: DocStreams, table: Uint8Array, fib: Fib, dropped: DroppedText): (cpFrom: number, cpTo: number) => { paragraphs: DocParagraph[]; ends: number[] } {
  const wd = streams.wordDocument
  const pieces = readPieces(table, fib.fcClx, fib.lcbClx)
  const runs = readPapxRuns(wd, table, fib.fcPlcfBtePapx, fib.lcbPlcfBtePapx)
  const chpx = readChpxRuns(wd, table, fib.fcPlcfBteChpx, fib.lcbPlcfBteChpx)
  const sheet = readStyleSheet(table, fib.fcStshf, fib.lcbStshf)
  const marks = new Map<ChpxRun, { mark: CharMark; look: RunStyle }>()
  const plain: RunStyle = { position: null, size: null, charStyle: null }
  const propsAt = (fc: number): { mark: CharMark; look: RunStyle } => {
    const r = runAtOffset(chpx, fc)
    if (!r) return { mark: null, look: plain }
    let m = marks.get(r)
    if (m === undefined) {
      const sprms = parseSprms(r.grpprl)
      marks.set(r, (m = { mark: charMarkOf(sprms), look: { position: positionSetBy(sprms), size: sizeSetBy(sprms), charStyle: charStyleOf(sprms) } }))
    }
    return m
  }
  // A piece's effective size, once its paragraph's style is known (doc-styles.ts); undefined where
  // it cannot be known (then the cautious rule of piecesUndecidedApart holds): in a table, where a
  // table style of the document sets a size, only a size set on the run itself is known.
  const resolved = (ps: StyledPiece[], para: PapxRun | null, sprms: readonly Sprm[]): RunPiece[] => {
    const styled = para && !(sheet?.tableStyleSized && inTable(sprms)) ? para.istd : null
    return ps.map((p) => {
      const position = effectivePosition(sheet, p.position, p.charStyle, styled)
      const size = effectiveSize(sheet, p.size, p.charStyle, styled)
      // A run naming a character style (a footnote mark's, say) whose raise cannot be known: its size
      // is taken as unknown too, so the cautious rule holds. Without one, a run sits on the line.
      return { text: p.text, position: position ?? 0, size: position === undefined && p.charStyle !== null ? undefined : size }
    })
  }
  const latin = new TextDecoder('windows-1252')
  return (cpFrom, cpTo) => {
    // The run of left-out text being gathered (for the note).
    let out = null as { kind: 'deleted' | 'hidden'; text: string } | null
    const closeOut = (): void => {
      const t = out?.text.replace(/[\x00-\x1f]/g, '').trim()
      if (out && t) dropped[out.kind].push(t)
      out = null
    }
    const paragraphs: DocParagraph[] = []
    const ends: number[] = []
    // The paragraph's characters by run look (raised, lowered, size): joined as docx-position.ts joins
    // a DOCX's runs, so a raised footnote mark is never glued onto the number it follows.
    let cur: StyledPiece[] = []
    const add = (ch: string, look: RunStyle): void => {
      const last = cur[cur.length - 1]
      if (last && last.position === look.position && last.size === look.size && last.charStyle === look.charStyle) last.text += ch
      else cur.push({ text: ch, ...look })
    }
    // The last character's file offset (the style of a paragraph without a mark).
    let lastFc = -1
    // In a table cell, digit runs of undecided sizes (one unknown) are set apart (the cell left unread); in running
    // text they stay joined as printed, since a year or a figure cut in two would be read wrong there.
    const textOf = (ps: RunPiece[], inCell: boolean): string =>
      ps.some((x) => x.position !== 0 || x.size !== ps[0]!.size)
        ? (inCell ? piecesUndecidedApart(ps) : [ps]).map((part) => joinRunPieces(part)).join(' ')
        : ps.map((x) => x.text).join('')
    for (const p of pieces) {
      if (p.cpStart >= cpTo) break
      if (p.cpEnd <= cpFrom) continue
      const start = Math.max(p.cpStart, cpFrom)
      const end = Math.min(p.cpEnd, cpTo)
      const bytesPer = p.compressed ? 1 : 2
      const from = p.fc + (start - p.cpStart) * bytesPer
      const to = from + (end - start) * bytesPer
      if (to > wd.length) throw new DocFormatError('正文超出 WordDocument 流')
      const raw = wd.subarray(from, to)
      const text = p.compressed ? latin.decode(raw) : new TextDecoder('utf-16le').decode(raw)
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!
        // Paragraph, cell and row marks stay (a deleted row keeps the table's shape, empty).
        const props = propsAt(from + i * bytesPer)
        const mark = ch === '\r' || ch === '\x07' ? null : props.mark
        if (mark) {
          if (out?.kind === mark) out.text += ch
          else {
            closeOut()
            out = { kind: mark, text: ch }
          }
          continue
        }
        closeOut()
        // A paragraph or cell mark ends the text after its runs are joined (set apart from a mark's digits).
        if (ch === '\r' || ch === '\x07') {
          const run = runAtOffset(runs, from + i * bytesPer)
          const sprms = run ? parseSprms(run.grpprl) : []
          paragraphs.push({ text: textOf(resolved(cur, run, sprms), ch === '\x07') + ch, sprms: expandHuge(sprms, streams.data) })
          ends.push(start + i)
          cur = []
        } else {
          add(ch, props.look)
          lastFc = from + i * bytesPer
        }
      }
    }
    closeOut()
    if (cur.length) {
      const run = runAtOffset(runs, lastFc)
      paragraphs.push({ text: textOf(resolved(cur, run, run ? parseSprms(run.grpprl) : []), false), sprms: [] })
      ends.push(cpTo)
    }
    return { paragraphs, ends }
  }
}

/**
 * A paragraph's runs cut where two digit runs meet on one line, one of known size and one whose
 * size cannot be known (the style sheet unread or damaged, a relative size): whether the second is
 * a smaller mark or the rest of the number cannot be told, so the two are set apart (the cell is
 * left unread, never read as one number or as a number and its mark).
 */
function piecesUndecidedApart(ps: RunPiece[]): RunPiece[][] {
  const parts: RunPiece[][] = [[]]
  ps.forEach((p, i) => {
    const prev = ps[i - 1]
    const undecided = prev !== undefined && prev.position === p.position && (prev.size === undefined) !== (p.size === undefined) && /[0-9０-９]$/.test(prev.text) && /^[0-9０-９]/.test(p.text)
    if (undecided) parts.push([])
    parts[parts.length - 1]!.push(p)
  })
  return parts
}
