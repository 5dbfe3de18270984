// HTML / MHTML → SourceDocument. Scripts never run (htmlparser2 only parses). Portal chrome (menus,
// breadcrumbs, share bars, footers) is dropped and only the element holding the report is kept:
// the smallest element whose text carries the most section headings. Tables keep rowspan/colspan.
import { parseDocument } from 'htmlparser2'
import type { Block, SourceDocument, TableCell } from '../../shared/model/document'
import { tidyCjkSpaces } from './pdf-layout/text-join'
import { breach, DEFAULT_CONTENT_LIMITS, maxPageBytes, type ContentLimits } from './bounds'
import { fail, type ReaderOutcome } from './errors'
import { htmlBreach } from './html-bounds'
import { dropHiddenText } from './html-hidden'
import { decodeHtmlBytes } from './html-charset'
import { mhtmlHtmlPart } from './mhtml'
import { BLOCK_TAGS, DROP_TAGS, elements, isChrome, textOf, type DomNode } from './html-dom'
import { isOutlineBox, reportRoot } from './html-report-root'
import { formValuesAsText } from './html-form-values'

function clean(s: string): string {
  return tidyCjkSpaces(s.replace(/[\u00a0\u3000\s]+/g, ' '))
}

function intAttr(n: DomNode, name: string): number {
  const v = parseInt(n.attribs?.[name] ?? '1', 10)
  return Number.isFinite(v) && v > 1 ? Math.min(v, 1000) : 1
}

/** Text of a cell: line breaks at <br> and block elements, each line tidied. */
function cellText(n: DomNode): string {
  const lines: string[] = ['']
  const walk = (x: DomNode): void => {
    if (x.type === 'text') lines[lines.length - 1] += x.data ?? ''
    else if (x.type === 'tag' && !DROP_TAGS.has(x.name ?? '')) {
      if (x.name === 'br') lines.push('')
      const block = BLOCK_TAGS.has(x.name ?? '') || x.name === 'table'
      if (block) lines.push('')
      for (const c of x.children ?? []) walk(c)
      if (block) lines.push('')
    }
  }
  for (const c of n.children ?? []) walk(c)
  return lines.map(clean).filter(Boolean).join('\n')
}

/** Rows of a table (its own rows, not those of tables nested in its cells). */
function tableRows(table: DomNode): DomNode[] {
  const rows: DomNode[] = []
  const walk = (n: DomNode): void => {
    for (const c of n.children ?? []) {
      if (c.type !== 'tag') continue
      if (c.name === 'tr') rows.push(c)
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') walk(c)
    }
  }
  walk(table)
  return rows
}

/** A table used for page layout (holding long text or other tables), walked as flow content. */
function isLayoutTable(table: DomNode): boolean {
  for (const tr of tableRows(table)) {
    for (const td of tr.children ?? []) {
      if (td.type !== 'tag') continue
      if (elements(td).some((e) => e.name === 'table')) return true
      if (clean(textOf(td)).length > 400) return true
    }
  }
  return false
}

function dataTable(table: DomNode): TableCell[][] {
  return tableRows(table)
    .map((tr) =>
      (tr.children ?? [])
        .filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th'))
        .map((td) => {
          const cell: TableCell = { text: cellText(td) }
          const rs = intAttr(td, 'rowspan')
          const cs = intAttr(td, 'colspan')
          if (rs > 1) cell.rowSpan = rs
          if (cs > 1) cell.colSpan = cs
          return cell
        }),
    )
    .filter((r) => r.length > 0)
}

/** Stands for a picture of the page in the blocks (followed by its index), when pictures are asked for. */
export const PICTURE_MARK = '\uE001picture:'

function blocksOf(root: DomNode, pictures?: string[]): Block[] {
  const blocks: Block[] = []
  let buf = ''
  const flush = (): void => {
    for (const line of buf.split('\n')) {
      const text = clean(line)
      if (text) blocks.push({ kind: 'paragraph', text, loc: { block: blocks.length } })
    }
    buf = ''
  }
  const walk = (n: DomNode): void => {
    if (n.type === 'text') {
      buf += n.data ?? ''
      return
    }
    if (n.type !== 'tag' || isChrome(n) || isOutlineBox(n)) return
    if (n.name === 'br') {
      buf += '\n'
      return
    }
    // A picture standing alone in its paragraph (a table pasted as an image): its place kept for the
    // OCR of the page's pictures. A picture inside a line of text (an icon) changes nothing.
    if (n.name === 'img' && pictures && n.attribs?.src && n.parent && clean(textOf(n.parent)) === '') {
      flush()
      blocks.push({ kind: 'paragraph', text: `${PICTURE_MARK}${pictures.length}`, loc: { block: blocks.length } })
      pictures.push(n.attribs.src)
      return
    }
    if (n.name === 'table' && !isLayoutTable(n)) {
      flush()
      const rows = dataTable(n)
      if (rows.some((r) => r.some((c) => c.text))) blocks.push({ kind: 'table', rows, loc: { block: blocks.length } })
      return
    }
    const block = BLOCK_TAGS.has(n.name ?? '') || n.name === 'table' || n.name === 'td' || n.name === 'th'
    if (block) flush()
    for (const c of n.children ?? []) walk(c)
    if (block) flush()
  }
  walk(root)
  flush()
  return blocks
}

function metaContent(doc: DomNode, names: string[]): string | undefined {
  for (const el of elementsIncludingHead(doc)) {
    if (el.name !== 'meta') continue
    const name = (el.attribs?.name ?? el.attribs?.property ?? '').toLowerCase()
    if (names.includes(name) && el.attribs?.content) return el.attribs.content.trim()
  }
  return undefined
}

function elementsIncludingHead(n: DomNode, out: DomNode[] = []): DomNode[] {
  for (const c of n.children ?? []) {
    if (c.type === 'tag') {
      out.push(c)
      elementsIncludingHead(c, out)
    }
  }
  return out
}

function contains(ancestor: DomNode, n: DomNode): boolean {
  for (let p: DomNode | null | undefined = n; p; p = p.parent) if (p === ancestor) return true
  return false
}

/** Document from HTML text (already decoded). With `pictures`, each <img> leaves a PICTURE_MARK
 *  paragraph at its place and its src in `pictures` (see ocr/html-pictures.ts). */
export function htmlToDocument(html: string, fileName: string, pictures?: string[]): SourceDocument {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as DomNode
  const rulesLeftOut = dropHiddenText(doc)
  formValuesAsText(doc)
  const all = elementsIncludingHead(doc)
  const titleEl = all.find((e) => e.name === 'title')
  const title = metaContent(doc, ['articletitle', 'og:title']) ?? (titleEl ? clean(textOf({ ...titleEl, name: 'div' })) : undefined)
  const root = reportRoot(doc) ?? all.find((e) => e.name === 'body') ?? doc
  let blocks = blocksOf(root, pictures)
  // The page's heading often sits outside the content element: keep it when it names the report.
  const h1 = all.find((e) => (e.name === 'h1' || e.name === 'h2') && /年度报告/.test(textOf(e)))
  const h1Text = h1 ? clean(textOf(h1)) : ''
  if (h1 && h1Text && !contains(root, h1)) {
    blocks = [{ kind: 'paragraph', text: h1Text, loc: { block: 0 } }, ...blocks]
  }
  blocks.forEach((b, i) => (b.loc.block = i))
  const bodyText = textOf(doc)
  const dateMatch = /(?:发布时间|发布日期|时间)[：:]\s*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2})/.exec(bodyText)
  const pageDate = metaContent(doc, ['pubdate', 'publishdate', 'firstpublishedtime']) ?? dateMatch?.[1]
  const meta: SourceDocument['meta'] = {}
  if (title) meta.title = title
  if (pageDate) meta.pageDate = pageDate
  const notes = rulesLeftOut === 0 ? [] : [rulesNote(rulesLeftOut)]
  return { fileName, format: 'html', blocks, ...(Object.keys(meta).length ? { meta } : {}), ...(notes.length ? { notes } : {}) }
}

/** The note on a page whose style rules were not all applied (html-css.ts bounds). */
function rulesNote(leftOut: number): string {
  const which = leftOut > 0 ? `有 ${leftOut.toLocaleString('zh-CN')} 条隐藏或上标样式规则超出读取上限，未使用` : '样式规则与元素过多，超出匹配上限，后面部分的隐藏或上标样式规则未使用'
  return `网页${which}：被这些规则隐藏的文字可能被当作正文读入，请对照网页核实表中数字`
}

export function readHtml(bytes: Uint8Array, filePath: string, fileName: string, opts: { mhtml?: boolean; limits?: ContentLimits; pictures?: string[] } = {}): ReaderOutcome {
  let source = bytes
  let hint: string | null = null
  if (opts.mhtml) {
    const part = mhtmlHtmlPart(bytes)
    if (!part) return fail('CORRUPT', filePath, { detail: 'MHTML 中没有 HTML 正文部分' })
    if (part.bytes.length === 0) return fail('CORRUPT', filePath, { detail: 'MHTML 的网页正文部分解码后为空（编码损坏）' })
    source = part.bytes
    hint = part.charset
  }
  const limits = opts.limits ?? DEFAULT_CONTENT_LIMITS
  if (source.length > maxPageBytes(limits)) return fail('TOO_LARGE', filePath, { detail: breach.pageBytes(maxPageBytes(limits)) })
  const { text } = decodeHtmlBytes(source, hint)
  const over = htmlBreach(text, limits)
  if (over) return fail('TOO_LARGE', filePath, { detail: over })
  return { ok: true, document: htmlToDocument(text, fileName, opts.pictures) }
}
