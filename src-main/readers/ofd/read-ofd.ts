// OFD (GB/T 33190) → SourceDocument: the package's XML parts through the guarded ZIP reading,
// OFD.xml → DocBody/DocRoot → Document.xml → pages (with their templates) → text pieces and
// PathObject rulings, laid out into lines, paragraphs and table cells by the PDF reader's layout code.
// Signatures and annotations are not part of the report's text: they are skipped with a note.
import type { SourceDocument } from '../../../shared/model/document'
import { fail, type ReaderOutcome } from '../errors'
import { assembleBlocks } from '../pdf-layout/assemble'
import { pageContent, type PageContent } from '../pdf-layout/page-content'
import { unzipGuarded, type ZipLimits } from '../zip-guard'
import { child, childrenNamed, numbers, OfdXmlError, parseXml, type XmlElement } from './ofd-xml'
import { collectObjects, type PageFrame, type PageObjects } from './page-objects'

export interface OfdLimits extends ZipLimits {
  /** More pages than this is no annual report: refused before any page is read. */
  maxPages: number
  /** Bound on the XML elements of all parts together. */
  maxElements: number
  /** Time bound for laying out the pages. */
  maxMs: number
}

export const DEFAULT_OFD_LIMITS: OfdLimits = { maxUncompressedBytes: 200 * 1024 * 1024, maxEntries: 5000, maxPages: 500, maxElements: 2_000_000, maxMs: 20_000 }

const PT_PER_MM = 72 / 25.4
const A4: PageFrame = { x: 0, y: 0, width: 210, height: 297 }

/** A BaseLoc resolved against the folder of the part that names it ("/x" is from the package root). */
export function resolveLoc(base: string, loc: string): string {
  const parts = (loc.startsWith('/') ? loc : `${base.replace(/[^/]*$/, '')}${loc}`).split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '' || p === '.') continue
    if (p === '..') out.pop()
    else out.push(p)
  }
  return out.join('/')
}

function frameOf(area: XmlElement | undefined, fallback: PageFrame): PageFrame {
  const b = numbers(child(area, 'PhysicalBox')?.text)
  return b.length === 4 && b.every(Number.isFinite) && b[2]! > 0 && b[3]! > 0 ? { x: b[0]!, y: b[1]!, width: b[2]!, height: b[3]! } : fallback
}

export function readOfd(bytes: Uint8Array, filePath: string, fileName: string, limits: OfdLimits = DEFAULT_OFD_LIMITS): ReaderOutcome {
  const started = Date.now()
  const zip = unzipGuarded(bytes, (name) => /\.xml$/i.test(name), limits)
  if (!zip.ok) return zip.reason === 'too-big' ? fail('TOO_LARGE', filePath, { limit: limits.maxUncompressedBytes }) : fail('CORRUPT', filePath, { detail: 'OFD 压缩包结构损坏' })
  const byLower = new Map(Object.keys(zip.files).map((k) => [k.toLowerCase(), k]))
  const budget = { elements: limits.maxElements }
  const part = (name: string): XmlElement | null => {
    const key = zip.files[name] ? name : byLower.get(name.toLowerCase())
    const data = key ? zip.files[key] : undefined
    return data ? parseXml(new TextDecoder('utf-8').decode(data), budget) : null
  }
  try {
    const ofd = child(part('OFD.xml') ?? undefined, 'OFD')
    if (!ofd) return fail('CORRUPT', filePath, { detail: '缺少 OFD.xml，不是 OFD 文件' })
    const body = child(ofd, 'DocBody')
    const rootLoc = child(body, 'DocRoot')?.text.trim()
    if (!rootLoc) return fail('CORRUPT', filePath, { detail: 'OFD.xml 未指明文档（DocRoot）' })
    const docPath = resolveLoc('', rootLoc)
    const doc = child(part(docPath) ?? undefined, 'Document')
    if (!doc) return fail('CORRUPT', filePath, { detail: `缺少文档描述 ${docPath}` })
    const notes: string[] = []
    if (child(body, 'Signatures')) notes.push('文件含电子签章，签章未作为正文读取')
    if (child(doc, 'Annotations')) notes.push('文件含批注，批注未作为正文读取')

    const common = child(doc, 'CommonData')
    const docFrame = frameOf(child(common, 'PageArea'), A4)
    const templates = new Map(childrenNamed(common, 'TemplatePage').map((t) => [t.attrs.ID ?? '', resolveLoc(docPath, t.attrs.BaseLoc ?? '')]))
    const pageRefs = childrenNamed(child(doc, 'Pages'), 'Page')
    if (pageRefs.length > limits.maxPages) return fail('UNSUPPORTED', filePath, { detail: `页数过多（共 ${pageRefs.length} 页，超过 ${limits.maxPages} 页的上限），不像年度报告，未读取` })

    const pages: PageContent[] = []
    let textPieces = 0
    let images = 0
    for (const [i, ref] of pageRefs.entries()) {
      if (Date.now() - started > limits.maxMs) return fail('TIMEOUT', filePath, { seconds: Math.round(limits.maxMs / 1000) })
      const pagePath = resolveLoc(docPath, ref.attrs.BaseLoc ?? '')
      const page = child(part(pagePath) ?? undefined, 'Page')
      if (!page) {
        notes.push(`第 ${i + 1} 页缺失（${pagePath}），已跳过`)
        continue
      }
      const frame = frameOf(child(page, 'Area'), docFrame)
      const objects: PageObjects = { items: [], rulings: [], images: 0 }
      for (const t of childrenNamed(page, 'Template')) {
        const tpl = templates.get(t.attrs.TemplateID ?? '')
        if (tpl) collectObjects(child(child(part(tpl) ?? undefined, 'Page'), 'Content'), frame, objects)
      }
      collectObjects(child(page, 'Content'), frame, objects)
      textPieces += objects.items.length
      images += objects.images
      pages.push(pageContent(i + 1, frame.width * PT_PER_MM, frame.height * PT_PER_MM, objects.items, objects.rulings))
    }
    if (pages.length === 0 && pageRefs.length > 0) return fail('CORRUPT', filePath, { detail: '所有页面都无法读取' })
    // Images only: a scanned OFD. The OCR path (when present) takes it from here; until then, say so.
    if (textPieces === 0 && images > 0) return fail('SCANNED', filePath, { pages: pageRefs.length })
    const document: SourceDocument = { fileName, format: 'ofd', blocks: assembleBlocks(pages), pageCount: pageRefs.length }
    if (notes.length) document.notes = notes
    return { ok: true, document }
  } catch (e) {
    if (e instanceof OfdXmlError) return fail('UNSUPPORTED', filePath, { detail: e.kind === 'too-many' ? `XML 元素超过 ${limits.maxElements} 个的上限，疑似恶意构造的文件，未读取` : e.message })
    throw e
  }
}
