// OFD (GB/T 33190) → SourceDocument: the package's XML parts through the guarded ZIP reading,
// OFD.xml → DocBody/DocRoot → Document.xml → pages (with their templates) → text pieces and
// PathObject rulings, laid out into lines, paragraphs and table cells by the PDF reader's layout code.
// Signatures and annotations are not part of the report's text: they are skipped with a note.
import type { SourceDocument } from '../../../shared/model/document'
import { fail, type ReaderOutcome } from '../errors'
import { assembleBlocks } from '../pdf-layout/assemble'
import { pageContent, type PageContent } from '../pdf-layout/page-content'
import { child, childrenNamed, OfdXmlError } from './ofd-xml'
import { DEFAULT_OFD_LIMITS, frameOf, openOfdPackage, resolveLoc, type OfdLimits } from './package'
import { collectObjects, type PageObjects } from './page-objects'

export { DEFAULT_OFD_LIMITS, type OfdLimits } from './package'

const PT_PER_MM = 72 / 25.4

export function readOfd(bytes: Uint8Array, filePath: string, fileName: string, limits: OfdLimits = DEFAULT_OFD_LIMITS): ReaderOutcome {
  const started = Date.now()
  try {
    const opened = openOfdPackage(bytes, filePath, limits)
    if (!opened.ok) return opened
    const { part, body, doc, docPath, docFrame, templates, pageRefs } = opened.pkg
    const notes: string[] = []
    if (child(body, 'Signatures')) notes.push('文件含电子签章，签章未作为正文读取')
    if (child(doc, 'Annotations')) notes.push('文件含批注，批注未作为正文读取')

    const pages: PageContent[] = []
    let textPieces = 0
    let images = 0
    for (const [i, ref] of pageRefs.entries()) {
      if (Date.now() - started > limits.maxMs) return fail('TIMEOUT', filePath, { seconds: Math.round(limits.maxMs / 1000) })
      const pagePath = resolveLoc(docPath, ref.attrs.BaseLoc ?? '')
      const pageRoot = part(pagePath) ?? undefined
      const page = child(pageRoot, 'Page')
      if (!page) {
        notes.push(pageRoot?.cutShort ? `第 ${i + 1} 页的内容（${pagePath}）已损坏，无法读取，已跳过` : `第 ${i + 1} 页缺失（${pagePath}），已跳过`)
        continue
      }
      if (pageRoot?.cutShort) notes.push(`第 ${i + 1} 页的内容（${pagePath}）在中途断开，文件已损坏或不完整：该页断开处之后的文字未能读取`)
      const frame = frameOf(child(page, 'Area'), docFrame)
      const objects: PageObjects = { items: [], rulings: [], images: 0 }
      for (const t of childrenNamed(page, 'Template')) {
        const tpl = templates.get(t.attrs.TemplateID ?? '')
        if (tpl) collectObjects(child(child(part(tpl) ?? undefined, 'Page'), 'Content'), frame, objects)
      }
      collectObjects(child(page, 'Content'), frame, objects)
      // A real page holds a few thousand characters; hundreds of thousands is a crafted file.
      if (objects.items.length > limits.maxPerPage || objects.rulings.length > limits.maxPerPage)
        return fail('UNSUPPORTED', filePath, { detail: `第 ${i + 1} 页的文字或线条对象过多（超过 ${limits.maxPerPage} 个），疑似恶意构造的文件，未读取` })
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
