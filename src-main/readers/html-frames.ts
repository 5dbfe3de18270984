// A web page saved with its frames (「网页，全部」 of a portal whose report sits in an <iframe>, or an
// old <frameset>): the page itself holds only the navigation, the report is in the framed files
// beside it. Those local files are read as pages of their own (one level deep, a bounded number)
// and their blocks follow the page's own. Where a frame holds the report, frames without its
// section headings (related links, a banner) are left aside and named in a note. A frame that is
// not beside the page is named in a note, and a page of frames alone whose frames are all missing
// is refused saying which file to import.
import type { SourceDocument } from '../../shared/model/document'
import { fail, type ReaderOutcome } from './errors'
import { readHtml } from './html'
import { localFileBytes } from './local-files'
import type { ContentLimits } from './bounds'
import { SECTION_HEADINGS } from './html-dom'

/** Frames followed at most, and the largest framed file read. */
const MAX_FRAMES = 8
const MAX_FRAME_BYTES = 20 * 1024 * 1024

/** The src of each <frame> / <iframe> of a page's HTML text, in order (at most MAX_FRAMES + 1). */
export function frameSources(html: string): string[] {
  const out: string[] = []
  const re = /<i?frame\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi
  let m: RegExpExecArray | null
  while ((m = re.exec(html)) && out.length <= MAX_FRAMES) {
    // An attribute's &amp; is a & of the address (review rv21b: show.jsp?id=1&amp;t=2); a page framed twice is read once.
    const src = (m[1] ?? m[2] ?? m[3] ?? '').trim().replace(/&amp;/gi, '&')
    if (src && !/^(?:about:|javascript:)/i.test(src) && !out.includes(src)) out.push(src)
  }
  return out
}

/** Whether a framed page holds a report: one of its paragraphs is a section heading. */
function holdsReport(doc: SourceDocument): boolean {
  return doc.blocks.some((b) => b.kind === 'paragraph' && SECTION_HEADINGS.some((h) => h.test(b.text)))
}

/** The page's document with its local frames' blocks after its own (only the frames holding the
 *  report where any does). */
export function withFrames(
  read: ReaderOutcome & { ok: true },
  html: string,
  path: string,
  limits: ContentLimits,
  // Where a framed page's bytes come from: a file beside the page, or a part of a web archive (.mht).
  frameBytes: (src: string) => Uint8Array | null = (src) => localFileBytes(src, path, MAX_FRAME_BYTES),
): ReaderOutcome {
  const sources = frameSources(html)
  if (!sources.length) return read
  const page = read.document
  const blocks = [...page.blocks]
  const notes = [...(page.notes ?? [])]
  const read_: string[] = []
  const missing: string[] = []
  const framedDocs: { src: string; document: SourceDocument }[] = []
  for (const src of sources.slice(0, MAX_FRAMES)) {
    const found = frameBytes(src)
    const bytes = found && found.length <= MAX_FRAME_BYTES ? found : null
    const framed = bytes ? readHtml(bytes, path, page.fileName, { limits }) : null
    if (!framed?.ok) {
      missing.push(src)
      continue
    }
    framedDocs.push({ src, document: framed.document })
  }
  // Where a frame holds the report (its section headings), the other frames (related links, a
  // banner) are chrome: they must not feed the year or the figures.
  const aside: string[] = []
  const anyReport = framedDocs.some((f) => holdsReport(f.document))
  for (const { src, document } of framedDocs) {
    if (anyReport && !holdsReport(document)) {
      aside.push(src)
      continue
    }
    read_.push(src)
    blocks.push(...document.blocks)
    notes.push(...(document.notes ?? []))
  }
  if (sources.length > MAX_FRAMES) notes.push(`网页内嵌框架超过 ${MAX_FRAMES} 个，只读取了前 ${MAX_FRAMES} 个`)
  if (read_.length) notes.push(`网页内嵌框架，已一并读取框架中的网页：${read_.join('、')}`)
  if (aside.length) notes.push(`网页内嵌框架中不含报告章节的网页（如相关链接、页头）未读取：${aside.slice(0, 3).join('、')}`)
  if (missing.length) {
    const ownText = page.blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? b.text.length : 0), 0)
    if (!read_.length && ownText < 300)
      return fail('UNSUPPORTED', path, { detail: `是含框架的网页，报告正文在框架所指的文件（${missing.slice(0, 3).join('、')}）中，未在网页旁找到；请导入该文件，或在浏览器中打开框架内容后另存` })
    notes.push(`网页内嵌框架的文件未在网页旁找到，未读取：${missing.slice(0, 3).join('、')}`)
  }
  blocks.forEach((b, i) => (b.loc.block = i))
  const document: SourceDocument = { ...page, blocks, ...(notes.length ? { notes } : {}) }
  return { ok: true, document }
}
