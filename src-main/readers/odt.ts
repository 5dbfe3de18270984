// ODT (OpenDocument text, what LibreOffice and WPS write with 「另存为 ODT」) → SourceDocument: unzip
// (zip.ts: guarded against bombs), walk content.xml: paragraphs and headings, tables in order with
// merged cells (number-columns-spanned / number-rows-spanned; covered cells are not repeated),
// repeated empty cells, spaces (text:s), tabs and line breaks. Left out as DOCX leaves them out:
// tracked deletions (text:tracked-changes), annotations, footnote bodies, hidden text; raised or
// lowered text (a footnote mark) is kept apart as superscript/subscript characters so that it is
// never glued onto a number.
import type { Block, TableCell } from '../../shared/model/document'
import { breach, DEFAULT_CONTENT_LIMITS } from './bounds'
import { fail, type ReaderOutcome } from './errors'
import { zipRefusalError } from './docx'
import { asSubscript, asSuperscript } from './footnote-marks'
import { scanXml } from './xml-scan'
import { readZipEntry, type ZipLimits } from './zip'

export const DEFAULT_ODT_LIMITS: ZipLimits = { maxUncompressedBytes: 200 * 1024 * 1024, maxEntries: 5000, maxEntryBytes: 64 * 1024 * 1024 }

/** A run of repeated empty cells or rows is expanded to at most this many (LibreOffice writes
 *  table:number-columns-repeated="1024" for the unused rest of a row). */
const MAX_REPEAT = 64

interface TextLook {
  position: 'super' | 'sub' | null
  hidden: boolean
}

const PLAIN: TextLook = { position: null, hidden: false }

/** Elements whose whole content is left out of the text. */
const SKIP = new Set(['text:tracked-changes', 'office:annotation', 'text:note-body', 'office:forms', 'text:sequence-decls', 'draw:frame', 'svg:desc', 'svg:title'])

/** The look of every named text style (automatic styles of content.xml and the styles of styles.xml),
 *  a style inheriting what its parent sets. */
export function textLooks(...xmls: string[]): Map<string, TextLook> {
  const own = new Map<string, { parent: string | null; look: Partial<TextLook> }>()
  for (const xml of xmls) {
    let current: { parent: string | null; look: Partial<TextLook> } | null = null
    for (const t of scanXml(xml)) {
      if (t.type === 'open' && t.name === 'style:style') {
        current = { parent: t.attrs['style:parent-style-name'] ?? null, look: {} }
        own.set(t.attrs['style:name'] ?? '', current)
        if (t.selfClosing) current = null
      } else if (t.type === 'close' && t.name === 'style:style') current = null
      else if (t.type === 'open' && t.name === 'style:text-properties' && current) {
        const pos = t.attrs['style:text-position'] ?? ''
        if (/^super|^[1-9]\d*%/.test(pos)) current.look.position = 'super'
        else if (/^sub|^-\d/.test(pos)) current.look.position = 'sub'
        if (t.attrs['text:display'] === 'none') current.look.hidden = true
      }
    }
  }
  const looks = new Map<string, TextLook>()
  const resolve = (name: string, depth: number): TextLook => {
    const s = own.get(name)
    if (!s || depth > 10) return PLAIN
    const parent = s.parent ? resolve(s.parent, depth + 1) : PLAIN
    return { position: s.look.position ?? parent.position, hidden: s.look.hidden ?? parent.hidden }
  }
  for (const name of own.keys()) looks.set(name, resolve(name, 0))
  return looks
}

interface OpenCell {
  cell: TableCell
  parts: string[]
}

interface OpenTable {
  rows: TableCell[][]
  row: TableCell[] | null
  rowRepeat: number
  /** Columns the table declares (table:table-column, repeats counted): its cells up to there are its own. */
  columns: number
  cell: OpenCell | null
  cellRepeat: number
}

/** Blocks of a content.xml. Tables nested in a cell contribute their text to that cell. */
export function contentXmlBlocks(xml: string, looks: ReadonlyMap<string, TextLook> = new Map(), maxBlocks = DEFAULT_CONTENT_LIMITS.maxBlocks): Block[] {
  const blocks: Block[] = []
  const tables: OpenTable[] = []
  // The paragraph being read (null outside text:p / text:h), and the looks of the spans it is inside.
  let para: string | null = null
  const spans: TextLook[] = []
  let skipDepth = 0
  let inBody = false
  const look = (): TextLook => spans[spans.length - 1] ?? PLAIN
  const push = (block: Block) => {
    blocks.push(block)
    if (blocks.length > maxBlocks) throw new Error(breach.blocks(maxBlocks))
  }
  for (const t of scanXml(xml)) {
    if (t.type === 'open') {
      if (t.name === 'office:body') inBody = true
      if (!inBody) continue
      if (SKIP.has(t.name) && !t.selfClosing) {
        skipDepth++
        continue
      }
      if (skipDepth) continue
      const table = tables[tables.length - 1]
      switch (t.name) {
        case 'text:p':
        case 'text:h': {
          const style = looks.get(t.attrs['text:style-name'] ?? '') ?? PLAIN
          if (t.selfClosing) {
            if (table?.cell) table.cell.parts.push('')
          } else {
            para = ''
            spans.length = 0
            spans.push(style)
          }
          break
        }
        case 'text:span': {
          if (t.selfClosing) break
          const own = looks.get(t.attrs['text:style-name'] ?? '')
          const outer = look()
          spans.push(own ? { position: own.position ?? outer.position, hidden: own.hidden || outer.hidden } : outer)
          break
        }
        case 'text:note-citation':
          // A footnote's mark in the text: kept as a raised mark, never glued onto a number.
          if (!t.selfClosing) spans.push({ position: 'super', hidden: look().hidden })
          break
        case 'text:s':
          if (para !== null && !look().hidden) para += ' '.repeat(Math.min(Math.max(1, Number(t.attrs['text:c'] ?? 1) || 1), 200))
          break
        case 'text:tab':
          if (para !== null && !look().hidden) para += '\t'
          break
        case 'text:line-break':
          if (para !== null && !look().hidden) para += '\n'
          break
        case 'table:table':
          if (!t.selfClosing) tables.push({ rows: [], row: null, rowRepeat: 1, columns: 0, cell: null, cellRepeat: 1 })
          break
        case 'table:table-column':
          if (table) table.columns += Math.min(Math.max(1, Number(t.attrs['table:number-columns-repeated'] ?? 1) || 1), MAX_REPEAT)
          break
        case 'table:table-row':
          if (table && !t.selfClosing) {
            table.row = []
            table.rowRepeat = Math.min(Math.max(1, Number(t.attrs['table:number-rows-repeated'] ?? 1) || 1), MAX_REPEAT)
          }
          break
        case 'table:table-cell':
          if (table?.row) {
            const cell: TableCell = { text: '' }
            const cols = Number(t.attrs['table:number-columns-spanned'] ?? 1) || 1
            const rows = Number(t.attrs['table:number-rows-spanned'] ?? 1) || 1
            if (cols > 1) cell.colSpan = Math.min(cols, 1000)
            if (rows > 1) cell.rowSpan = Math.min(rows, 10000)
            const repeat = Math.min(Math.max(1, Number(t.attrs['table:number-columns-repeated'] ?? 1) || 1), MAX_REPEAT)
            if (t.selfClosing) for (let k = 0; k < repeat; k++) table.row.push({ ...cell })
            else {
              table.cell = { cell, parts: [] }
              table.cellRepeat = repeat
            }
          }
          break
        // table:covered-table-cell: the place of a merged cell, not repeated (as DOCX's vMerge continue).
      }
    } else if (t.type === 'close') {
      if (!inBody) continue
      if (SKIP.has(t.name)) {
        if (skipDepth) skipDepth--
        continue
      }
      if (skipDepth) continue
      const table = tables[tables.length - 1]
      switch (t.name) {
        case 'text:span':
        case 'text:note-citation':
          if (spans.length > 1) spans.pop()
          break
        case 'text:p':
        case 'text:h': {
          if (para === null) break
          const text = para.replace(/\u00a0/g, ' ')
          if (table?.cell) table.cell.parts.push(text)
          else for (const line of text.split('\n')) if (line.trim()) push({ kind: 'paragraph', text: line.trim(), loc: { block: blocks.length } })
          para = null
          spans.length = 0
          break
        }
        case 'table:table-cell':
          if (table?.row && table.cell) {
            table.cell.cell.text = table.cell.parts.map((p) => p.trim()).filter(Boolean).join('\n')
            // Only empty cells are repeated in practice; a repeated cell with text is repeated as written.
            for (let k = 0; k < table.cellRepeat; k++) table.row.push(k ? { ...table.cell.cell } : table.cell.cell)
            table.cell = null
          }
          break
        case 'table:table-row':
          if (table?.row) {
            // Trailing empty cells (the unused rest of a row) are not cells of the report's table; those
            // within the columns it declares are (a row of blank cells, zeros printed blank: trimmed to
            // its label, the row was read as having no numbers).
            const width = (): number => table.row!.reduce((n, c) => n + (c.colSpan ?? 1), 0)
            while (table.row.length && width() > table.columns && !table.row[table.row.length - 1]!.text && !table.row[table.row.length - 1]!.colSpan) table.row.pop()
            const allEmpty = table.row.every((c) => !c.text)
            for (let k = 0; k < (allEmpty ? 1 : table.rowRepeat); k++) table.rows.push(k ? table.row.map((c) => ({ ...c })) : table.row)
            table.row = null
          }
          break
        case 'table:table': {
          const done = tables.pop()
          if (!done) break
          const rows = done.rows.filter((r) => r.length)
          const outer = tables[tables.length - 1]
          if (outer?.cell) outer.cell.parts.push(...rows.map((r) => r.map((c) => c.text).join(' ')))
          else if (rows.length) push({ kind: 'table', rows, loc: { block: blocks.length } })
          break
        }
      }
    } else if (inBody && !skipDepth && para !== null && !look().hidden) {
      const position = look().position
      const text = t.text.replace(/[\r\n]+/g, '')
      para += position === 'super' ? asSuperscript(text) : position === 'sub' ? asSubscript(text) : text
    }
  }
  return blocks
}

export function readOdt(bytes: Uint8Array, filePath: string, fileName: string, limits: ZipLimits = DEFAULT_ODT_LIMITS): ReaderOutcome {
  const content = readZipEntry(bytes, 'content.xml', limits)
  if (!content.ok) return zipRefusalError(content.refusal, filePath, { name: 'ODT', missing: '缺少 content.xml，不是 ODT 文档' })
  const decode = (data: Uint8Array) => new TextDecoder('utf-8').decode(data)
  const xml = decode(content.data)
  const styles = readZipEntry(bytes, 'styles.xml', limits)
  const looks = textLooks(styles.ok ? decode(styles.data) : '', xml)
  let blocks: Block[]
  try {
    blocks = contentXmlBlocks(xml, looks)
  } catch (e) {
    return fail('TOO_LARGE', filePath, { detail: e instanceof Error ? e.message : String(e) })
  }
  blocks.forEach((b, i) => (b.loc.block = i))
  return { ok: true, document: { fileName, format: 'odt', blocks } }
}
