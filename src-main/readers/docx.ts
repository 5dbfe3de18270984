// DOCX → SourceDocument: unzip (zip.ts: guarded against bombs and lying directories), walk word/document.xml: paragraphs
// and tables in order, merged cells (w:gridSpan → colSpan, w:vMerge restart/continue → rowSpan, a
// continued cell is not repeated), nested runs, tabs and line breaks. Hidden and struck runs are
// left out and raised/lowered runs kept apart as marks (docx-runs.ts), so a footnote mark or a hidden
// digit is never glued onto a number.
import type { Block, TableCell } from '../../shared/model/document'
import { breach, DEFAULT_CONTENT_LIMITS } from './bounds'
import { applyRunProperty, paragraphSize, PLAIN_RUN, runStyles, sizeBase, withStyle, type RunLook, type SizeBase } from './docx-runs'
import { joinRunPieces, type RunPiece } from './docx-position'
import { asSubscript, asSuperscript } from './footnote-marks'
import { altChunkReader, type AltChunkReader } from './docx-alt-chunks'
import { fail, type ReaderOutcome } from './errors'
import { xmlCutShort } from './xml-scan'
import { mainPartName, stylesPartName, wordTokens } from './docx-names'
import { readZipEntry, type ZipLimits, type ZipRefusal } from './zip'

/** Bounds of a DOCX archive: declared sizes and entry count (zip.ts), actual size of document.xml. */
export type DocxLimits = ZipLimits

export const DEFAULT_DOCX_LIMITS: DocxLimits = { maxUncompressedBytes: 200 * 1024 * 1024, maxEntries: 5000, maxEntryBytes: 64 * 1024 * 1024 }

/** At most this many notes on digits kept apart for their size (each names its number). */
const MAX_SIZE_NOTES = 20
/** At most this many notes on text boxes set apart from the table cell they are anchored in. */
const MAX_BOX_NOTES = 5

/** Thrown by documentXmlBlocks when a document holds more blocks than a report could. */
export class TooManyBlocksError extends Error {
  constructor(readonly limit: number) {
    super(breach.blocks(limit))
  }
}

interface RawCell {
  paras: string[]
  gridSpan: number
  vMerge: 'restart' | 'continue' | null
  /** Cells of tables nested inside this cell, flattened to text. */
}

interface RawTable {
  /** `deleted`: a row removed under tracked changes (w:trPr/w:del): no row of the table as it stands. */
  rows: { cells: RawCell[]; gridBefore: number; deleted?: boolean }[]
}

/** Rows with spans: continued vertical merges become the rowSpan of the cell that started them. */
export function resolveMerges(table: RawTable): TableCell[][] {
  const out: TableCell[][] = []
  // For each grid column, the output cell (and its row) whose vertical merge is still open.
  const open = new Map<number, TableCell>()
  for (const row of table.rows) {
    if (row.deleted) continue
    const cells: TableCell[] = []
    let col = row.gridBefore
    for (const raw of row.cells) {
      const text = raw.paras.map((p) => p.trim()).filter(Boolean).join('\n')
      if (raw.vMerge === 'continue' && open.has(col)) {
        const above = open.get(col)!
        above.rowSpan = (above.rowSpan ?? 1) + 1
      } else {
        const cell: TableCell = { text }
        if (raw.gridSpan > 1) cell.colSpan = raw.gridSpan
        cells.push(cell)
        if (raw.vMerge === 'restart') open.set(col, cell)
        else for (let c = col; c < col + raw.gridSpan; c++) open.delete(c)
      }
      col += raw.gridSpan
    }
    out.push(cells)
  }
  return out
}

/** Blocks of a document.xml. Tables nested in a cell contribute their text to that cell. `styles`:
 *  the character and paragraph styles that hide, raise or size text (runStyles of styles.xml);
 *  `sizes`: the default font size and paragraph style (sizeBase of styles.xml). */
export function documentXmlBlocks(
  xml: string,
  maxBlocks = DEFAULT_CONTENT_LIMITS.maxBlocks,
  styles: ReadonlyMap<string, RunLook> = new Map(),
  sizes: SizeBase = { docDefault: null, defaultParagraph: null },
  notes: string[] = [],
  altChunk?: AltChunkReader,
): Block[] {
  const blocks: Block[] = []
  const tables: { table: RawTable; cell: RawCell | null; row: RawTable['rows'][number] | null }[] = []
  let para: RunPiece[] | null = null
  // A text box's own paragraphs (w:txbxContent inside a run) open inside their anchor paragraph:
  // the anchor waits here, and the box's text follows it as text of its own, never in its place.
  const anchors: { pieces: RunPiece[]; tables: number; boxTexts: string[]; hidden: boolean }[] = []
  let paraTables = 0 // tables open when the paragraph opened
  let boxTexts: string[] = [] // text of the boxes anchored in the paragraph being read
  // Text of boxes anchored in table cells: set after the table, never in the cell.
  const afterTable: string[] = []
  let boxNotes = 0
  // The font size of the paragraph's text where a run sets none (its paragraph style's).
  let paraSize = paragraphSize(null, styles, sizes)
  // The paragraph style hides its runs (a style's w:vanish is its runs' base look), unless a run shows itself.
  const styleHides = (id: string | null): boolean => (id !== null && styles.get(id)?.hidden) === true
  let paraHidden = styleHides(sizes.defaultParagraph)
  const runHidden = (): boolean => !!run && (runOwn.hidden ?? (run.hidden || paraHidden))
  let skipDepth = 0 // inside w:del, mc:Fallback, w:instrText…
  let inText = false
  // The run being read (null outside w:r): its look, what it sets itself, its character style's
  // look; and the depth inside its w:rPrChange (old formatting).
  let run: RunLook | null = null
  let runOwn: Partial<RunLook> = {}
  let runStyle: RunLook = PLAIN_RUN
  let oldProps = 0
  const SKIP = new Set(['w:tabs', 'mc:Fallback', 'w:delText', 'w:instrText', 'w:del', 'w:moveFrom', 'w:pPrChange'])
  const top = (): (typeof tables)[number] | undefined => tables[tables.length - 1]
  for (const t of wordTokens(xml)) {
    if (t.type === 'open') {
      // A row's mark of tracked deletion, written <w:del/> or <w:del …></w:del> in its properties.
      if (t.name === 'w:del' && !skipDepth && top()?.row && !top()?.cell) top()!.row!.deleted = true
      if (SKIP.has(t.name) && !t.selfClosing) {
        skipDepth++
        continue
      }
      if (skipDepth) continue
      if (run && !t.selfClosing && t.name === 'w:rPrChange') oldProps++
      else if (run && !oldProps && t.name === 'w:rStyle') {
        runStyle = styles.get(t.attrs['w:val'] ?? '') ?? PLAIN_RUN
        run = withStyle(runOwn, runStyle)
      } else if (run && !oldProps && applyRunProperty(runOwn, t.name, t.attrs)) {
        run = withStyle(runOwn, runStyle)
        continue
      }
      if (runHidden() && (t.name === 'w:tab' || t.name === 'w:br' || t.name === 'w:cr')) continue
      if (!run && t.name === 'w:pStyle') {
        paraSize = paragraphSize(t.attrs['w:val'] ?? null, styles, sizes)
        paraHidden = styleHides(t.attrs['w:val'] ?? null)
      }
      switch (t.name) {
        case 'w:r':
          if (!t.selfClosing) run = { ...PLAIN_RUN }
          runOwn = {}
          runStyle = PLAIN_RUN
          oldProps = 0
          break
        case 'w:p':
          paraSize = paragraphSize(null, styles, sizes)
          if (t.selfClosing) break
          if (para) anchors.push({ pieces: para, tables: paraTables, boxTexts, hidden: paraHidden })
          paraHidden = styleHides(sizes.defaultParagraph)
          para = []
          paraTables = tables.length
          boxTexts = []
          break
        case 'w:t':
          inText = !t.selfClosing
          break
        case 'w:tab':
          para?.push({ text: '\t', position: 0 })
          break
        case 'w:br':
        case 'w:cr':
          para?.push({ text: '\n', position: 0 })
          break
        case 'w:tbl':
          if (!t.selfClosing) tables.push({ table: { rows: [] }, cell: null, row: null })
          break
        case 'w:tr': {
          const ctx = top()
          if (ctx && !t.selfClosing) {
            ctx.row = { cells: [], gridBefore: 0 }
            ctx.table.rows.push(ctx.row)
          }
          break
        }
        case 'w:gridBefore': {
          const ctx = top()
          if (ctx?.row && !ctx.cell) ctx.row.gridBefore = Number(t.attrs['w:val'] ?? 0) || 0
          break
        }
        case 'w:tc': {
          const ctx = top()
          if (ctx?.row && !t.selfClosing) {
            ctx.cell = { paras: [], gridSpan: 1, vMerge: null }
            ctx.row.cells.push(ctx.cell)
          }
          break
        }
        case 'w:gridSpan': {
          const cell = top()?.cell
          if (cell) cell.gridSpan = Math.max(1, Number(t.attrs['w:val'] ?? 1) || 1)
          break
        }
        case 'w:altChunk': {
          // A whole HTML / MHT part in this place (docx-alt-chunks.ts): its blocks here, or its text in the cell it sits in.
          const got = altChunk?.(t.attrs['r:id'] ?? '') ?? { why: '文档中有嵌入的内容（altChunk），未能读取' }
          if ('why' in got) {
            notes.push(got.why)
            break
          }
          const cell = top()?.cell
          if (cell) cell.paras.push(...got.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n'))))
          else for (const b of got.blocks) blocks.push({ ...b, loc: { block: blocks.length } })
          if (blocks.length > maxBlocks) throw new TooManyBlocksError(maxBlocks)
          break
        }
        case 'w:vMerge': {
          const cell = top()?.cell
          if (cell) cell.vMerge = t.attrs['w:val'] === 'restart' ? 'restart' : 'continue'
          break
        }
      }
    } else if (t.type === 'close') {
      if (SKIP.has(t.name)) {
        if (skipDepth) skipDepth--
        continue
      }
      if (skipDepth) continue
      if (t.name === 'w:rPrChange' && oldProps) oldProps--
      else if (t.name === 'w:r') run = null
      if (t.name === 'w:t') inText = false
      else if (t.name === 'w:p' && para) {
        const text = joinRunPieces(para, (number, digits) => {
          if (notes.length < MAX_SIZE_NOTES) notes.push(`数字“${number}”后紧跟字号略小的“${digits}”，无法确定是脚注标记还是数字的一部分，未并入该数字（该数字未读取）`)
        }).replace(/\u00a0/g, ' ')
        const ctx = top()
        const anchor = anchors.pop()
        if (ctx?.cell && (!anchor || tables.length > anchor.tables)) {
          ctx.cell.paras.push(text)
          if (boxTexts.some((b) => b.trim())) {
            afterTable.push(...boxTexts)
            if (boxNotes++ < MAX_BOX_NOTES) notes.push(`表格单元格中有文本框，其文字“${boxTexts.join(' ').trim().slice(0, 30)}”不作为该格内容，另列在表格之后`)
          }
        } else if (anchor) anchor.boxTexts.push(text, ...boxTexts)
        else pushLines(blocks, [text, ...boxTexts], maxBlocks)
        para = anchor?.pieces ?? null
        paraTables = anchor?.tables ?? 0
        boxTexts = anchor?.boxTexts ?? []
        paraHidden = anchor?.hidden ?? false
      } else if (t.name === 'w:tc') {
        const ctx = top()
        if (ctx) ctx.cell = null
      } else if (t.name === 'w:tr') {
        const ctx = top()
        if (ctx) ctx.row = null
      } else if (t.name === 'w:tbl') {
        const done = tables.pop()
        if (!done) continue
        const rows = resolveMerges(done.table)
        const outer = top()
        if (outer?.cell) outer.cell.paras.push(...rows.map((r) => r.map((c) => c.text).join(' ')))
        else if (rows.length) blocks.push({ kind: 'table', rows, loc: { block: blocks.length } })
        if (blocks.length > maxBlocks) throw new TooManyBlocksError(maxBlocks)
        if (!tables.length) pushLines(blocks, afterTable.splice(0), maxBlocks)
      }
    } else if (inText && !skipDepth && para && !runHidden()) {
      const text = run?.vertAlign === 'superscript' ? asSuperscript(t.text) : run?.vertAlign === 'subscript' ? asSubscript(t.text) : t.text
      para.push({ text, position: run?.vertAlign ? 0 : (run?.position ?? 0), white: !!run?.white && !run.vertAlign, size: run?.size ?? paraSize })
    }
  }
  return blocks
}

/** Each non-empty line of the texts as a paragraph block. */
function pushLines(blocks: Block[], texts: string[], maxBlocks: number): void {
  for (const text of texts) for (const line of text.split('\n')) if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim(), loc: { block: blocks.length } })
  if (blocks.length > maxBlocks) throw new TooManyBlocksError(maxBlocks)
}

function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
}

/** An OLE compound file holding EncryptedPackage is an encrypted OOXML document; otherwise old .doc. */
function oleKind(bytes: Uint8Array): 'encrypted-ooxml' | 'legacy' {
  // Directory entry names are UTF-16LE; a byte search is enough to tell the two apart.
  const needle = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]))
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return 'encrypted-ooxml'
  }
  return 'legacy'
}

export function readDocx(bytes: Uint8Array, filePath: string, fileName: string, limits: DocxLimits = DEFAULT_DOCX_LIMITS): ReaderOutcome {
  if (isOle(bytes)) {
    if (oleKind(bytes) === 'encrypted-ooxml') return fail('ENCRYPTED', filePath)
    return fail('UNSUPPORTED', filePath, { detail: '是旧版 Word 二进制文档（.doc），暂不支持；请另存为 DOCX 或 PDF 后再导入' })
  }
  // The main part as the package names it (Word for the web: word/document2.xml), else Word's usual name.
  const named = mainPartName(bytes, limits)
  const namedEntry = named ? readZipEntry(bytes, named, limits) : null
  const main = named && namedEntry?.ok ? named : 'word/document.xml'
  // The named part is read once; Word's usual name only where the package names none that opens.
  const entry = namedEntry?.ok ? namedEntry : readZipEntry(bytes, main, limits)
  if (!entry.ok) return zipRefusalError(entry.refusal, filePath)
  const xml = new TextDecoder('utf-8').decode(entry.data)
  // Styles are optional: a document without a readable styles.xml has only direct formatting.
  const stylesEntry = readZipEntry(bytes, stylesPartName(bytes, limits, main), limits)
  const stylesXml = stylesEntry.ok ? new TextDecoder('utf-8').decode(stylesEntry.data) : ''
  const styles = stylesXml ? runStyles(stylesXml) : new Map<string, RunLook>()
  let blocks: Block[]
  const notes: string[] = []
  try {
    blocks = documentXmlBlocks(xml, undefined, styles, sizeBase(stylesXml), notes, altChunkReader(bytes, filePath, limits, main))
  } catch (e) {
    if (e instanceof TooManyBlocksError) return fail('TOO_LARGE', filePath, { detail: e.message })
    throw e
  }
  blocks.forEach((b, i) => (b.loc.block = i))
  if (xmlCutShort(xml)) notes.push(`文件正文（${main}）在中途断开，文件已损坏或不完整：断开处之后的内容未能读取`)
  return { ok: true, document: { fileName, format: 'docx', blocks, ...(notes.length ? { notes } : {}) } }
}

/** The Chinese error for an archive zip.ts refused; `kind` names the format in the messages. */
export function zipRefusalError(r: ZipRefusal, filePath: string, kind: { name: string; missing: string } = { name: 'DOCX', missing: '缺少 word/document.xml，不是 Word 文档' }): ReaderOutcome {
  switch (r.kind) {
    case 'not-zip':
      return fail('CORRUPT', filePath, { detail: `不是有效的 ${kind.name}（ZIP）文件` })
    case 'corrupt':
      return fail('CORRUPT', filePath, { detail: r.detail })
    case 'too-many-entries':
      return fail('TOO_LARGE', filePath, { entries: r.entries, limit: r.limit })
    case 'too-large':
      return fail('TOO_LARGE', filePath, { limit: r.limit })
    case 'missing':
      return fail('CORRUPT', filePath, { detail: kind.missing })
  }
}
