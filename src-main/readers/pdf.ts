// PDF → SourceDocument with pdf.js (legacy build for Node): text pieces and ruling lines per page,
// rebuilt into prose paragraphs and table rows. No network, no eval, no separate worker thread
// (pdf.js runs its "fake worker" in this thread, loaded from the package, not fetched).
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { SourceDocument } from '../../shared/model/document'
import { fail, type ReaderOutcome } from './errors'
import { assembleBlocks } from './pdf-layout/assemble'
import { largestPictureArea, type PictureOps } from './pdf-layout/picture-area'
import { isUnseenLayer, picturesOverText, textVisibility, type HiddenLayerOps } from './pdf-layout/hidden-layer'
import { opaquePictures, type PdfObjects } from './pdf-layout/picture-opacity'
import type { Box } from './pdf-layout/cover-box'
import { FOREIGN_LAYER_DETAIL, foreignLayerPagesNote } from './foreign-layer'
import { pdfAssets } from './pdf-layout/assets'
import { pageContent, type PageContent } from './pdf-layout/page-content'
import { rulingsFromOperatorList, type OpsTable } from './pdf-layout/rulings'
import { dropStruckText } from './pdf-layout/struck-text'
import { isTurned, turnedTable, turnedTextNote } from './pdf-layout/turned-text'
import { tableCutAtRight } from './pdf-layout/cut-table'
import type { PdfItem } from './pdf-layout/text-join'
import { foldRadicals } from '../../shared/text/radicals'
import { foldDashGlyphs } from '../../shared/text/dash-glyphs'

export interface PdfReadOptions {
  /** Folder holding pdf.js's cmaps/ and standard_fonts/ (default: resources/pdfjs, found automatically). */
  pdfAssetsDir?: string
  /** Pages whose text, covered by an opaque picture (never invisible text), is read all the same: the
   *  picture's OCR read (almost) nothing there, so it is no scan of the page (covered-layer-net.ts). */
  keepCoveredPages?: ReadonlySet<number> | 'all'
  /** Told each page whose covered text was kept (above). */
  onKeptCovered?: (page: number) => void
}

let workerReady: Promise<void> | null = null

/** Hand pdf.js its worker module in-process, so it never tries to load a worker file by URL. */
export function ensureWorker(): Promise<void> {
  workerReady ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((mod) => {
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = mod
  })
  return workerReady
}

interface TextContentItem {
  str?: string
  transform?: number[]
  width?: number
  height?: number
}

/** The page's text pieces, upright and turned 90° (turned-text.ts) apart. */
function toItems(raw: unknown[]): { items: PdfItem[]; turned: PdfItem[] } {
  const items: PdfItem[] = []
  const turned: PdfItem[] = []
  for (const r of raw as TextContentItem[]) {
    if (typeof r.str !== 'string' || !r.transform || r.str.trim() === '') continue
    const [a = 0, b = 0, , , e = 0, f = 0] = r.transform
    const size = Math.hypot(a, b) || r.height || 10
    ;(isTurned(r.transform) ? turned : items).push({ str: foldDashGlyphs(foldRadicals(r.str)), x: e, y: f, w: r.width ?? size * r.str.length, size })
  }
  return { items, turned }
}

/** The note naming the pages whose struck-through text (a document's tracked deletions) was left out. */
export function struckTextNote(pages: readonly number[]): string {
  return `第 ${pages.join('、')} 页有划线删除的文字（修订痕迹），已按删除处理、未读取；请对照原文核实`
}

/** The note naming a text PDF's pages that hold only a picture, not read. */
export function picturePagesNote(pages: readonly number[]): string {
  return `第 ${pages.join('、')} 页只有图片、没有文字层（可能是扫描后插入的页面），该页内容未读取：印在该页上的章节和表格会显示为缺失，请对照原文核实`
}

/** A page with fewer characters of text than this that paints a picture is a picture page (a
 *  running header or a page number alone does not make it a text page). */
const PICTURE_PAGE_MAX_CHARS = 30
/** …and the picture covers at least this share of the page (a seal or a logo does not). */
const PICTURE_PAGE_MIN_SHARE = 0.4

/** A picture painted over text hides it only when it covers the whole page (a scan's page picture; a
 *  chart drawn after its heading covers part of a page, not the text above it). */
const COVERING_PICTURE_SHARE = 0.9

function textChars(items: PdfItem[]): number {
  let n = 0
  for (const it of items) n += it.str.replace(/\s+/g, '').length
  return n
}

function errorName(e: unknown): string {
  return (e as { name?: string })?.name ?? ''
}

export async function readPdf(bytes: Uint8Array, filePath: string, fileName: string, opts: PdfReadOptions = {}): Promise<ReaderOutcome> {
  await ensureWorker()
  const assets = pdfAssets(opts.pdfAssetsDir)
  const params = {
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    // pdf.js 5 no longer compiles fonts with eval; kept false for any build that still might.
    isEvalSupported: false,
    // No WebAssembly image decoders: images are never rendered here.
    useWasm: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0,
    ...(assets ? { cMapUrl: assets.cMapUrl, cMapPacked: true, standardFontDataUrl: assets.standardFontDataUrl } : {}),
  }
  const task = pdfjs.getDocument(params as Parameters<typeof pdfjs.getDocument>[0])
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch (e) {
    await task.destroy().catch(() => undefined)
    if (errorName(e) === 'PasswordException') return fail('ENCRYPTED', filePath)
    return fail('CORRUPT', filePath, { detail: 'PDF 结构无法解析' })
  }
  try {
    const pages: PageContent[] = []
    // Pages that paint a picture and carry (almost) no text: a scanned page pasted among text pages.
    const picturePages: number[] = []
    const struckPages: number[] = []
    const cutPages: number[] = []
    const turnedPages: number[] = []
    // Scanned pages whose text is someone else's OCR layer (invisible, or under the picture): read as pictures.
    const layerPages: number[] = []
    let textPieces = 0
    let badPages = 0
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n)
        const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view
        const tc = await page.getTextContent()
        const ol = await page.getOperatorList()
        const pageArea = Math.abs((x1 - x0) * (y1 - y0))
        const pictured = largestPictureArea(ol.fnArray, ol.argsArray, pdfjs.OPS as unknown as PictureOps) >= pageArea * PICTURE_PAGE_MIN_SHARE
        // A picture with text no one sees over it: a scan with another tool's OCR layer, whose digits
        // nothing proves. Its text is set aside; the page is a picture page (read by OCR).
        const hiddenOps = pdfjs.OPS as unknown as HiddenLayerOps
        const coverArea = pageArea * COVERING_PICTURE_SHARE
        const pageBox: Box = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)]
        // Only a picture painted over the page's text is asked whether it is opaque (none on a text page).
        const over = pictured && tc.items.length > 0 ? picturesOverText(ol.fnArray, ol.argsArray, hiddenOps, coverArea, pageBox) : []
        const opaque = over.length ? await opaquePictures(over, page.objs as PdfObjects, page.commonObjs as PdfObjects) : new Set<unknown>()
        const v = textVisibility(ol.fnArray, ol.argsArray, hiddenOps, coverArea, (args) => opaque.has(args), pageBox)
        const layered = pictured && tc.items.length > 0 && isUnseenLayer(v)
        const keep = layered && !isUnseenLayer({ ...v, covered: 0 }) && (opts.keepCoveredPages === 'all' || Boolean(opts.keepCoveredPages?.has(n)))
        if (keep) opts.onKeptCovered?.(n)
        const unseen = layered && !keep
        if (unseen) layerPages.push(n)
        const raw = unseen ? { items: [], turned: [] } : toItems(tc.items)
        const items = raw.items.map((it) => ({ ...it, x: it.x - x0, y: it.y - y0 }))
        const turned = raw.turned.map((it) => ({ ...it, x: it.x - x0, y: it.y - y0 }))
        textPieces += items.length + turned.length
        // A table printed turned is not read (its lines run across ours); a few turned words stay.
        const turnedBody = turnedTable(turned)
        if (turnedBody) turnedPages.push(n)
        if (textChars(items) + textChars(turned) < PICTURE_PAGE_MAX_CHARS && pictured) picturePages.push(n)
        const rulings = rulingsFromOperatorList(ol.fnArray, ol.argsArray, pdfjs.OPS as unknown as OpsTable).map((r) =>
          r.dir === 'h' ? { ...r, at: r.at - y0, from: r.from - x0, to: r.to - x0 } : { ...r, at: r.at - x0, from: r.from - y0, to: r.to - y0 },
        )
        // Struck-through text (tracked deletions printed with their line) is not the report's text;
        // turned text is never struck (the rulings of its own turned table cross its glyphs).
        const unstruck = dropStruckText(items, rulings)
        if (unstruck.struck) struckPages.push(n)
        if (tableCutAtRight(unstruck.rulings, x1 - x0)) cutPages.push(n)
        pages.push(pageContent(n, x1 - x0, y1 - y0, turnedBody ? unstruck.items : [...unstruck.items, ...turned], unstruck.rulings, { wrappedMarks: true }))
        page.cleanup()
      } catch {
        badPages++
      }
    }
    if (badPages === doc.numPages) return fail('CORRUPT', filePath, { detail: '所有页面都无法解析' })
    if (textPieces === 0) return fail('SCANNED', filePath, { pages: doc.numPages, ...(layerPages.length ? { layer: FOREIGN_LAYER_DETAIL } : {}) })
    const document: SourceDocument = { fileName, format: 'pdf', blocks: assembleBlocks(pages), pageCount: doc.numPages }
    if (picturePages.length) {
      document.pagesWithoutText = picturePages
      document.notes = [picturePagesNote(picturePages)]
    }
    if (layerPages.length) document.notes = [...(document.notes ?? []), foreignLayerPagesNote(layerPages)]
    if (turnedPages.length) {
      document.turnedTablePages = turnedPages
      document.notes = [...(document.notes ?? []), turnedTextNote(turnedPages)]
    }
    if (struckPages.length) document.notes = [...(document.notes ?? []), struckTextNote(struckPages)]
    // Table 三 printed organisations first, its headings not placed over their columns (applicant-header.ts).
    const unknownOrder = pages.filter((p) => p.applicantOrderUnknown).map((p) => p.page)
    if (unknownOrder.length) document.applicantOrderUnknownPages = unknownOrder
    if (cutPages.length) {
      document.clippedTablePages = cutPages
      document.notes = [...(document.notes ?? []), `第 ${cutPages.join('、')} 页的表格超出页面右边，超出部分（如最右的“总计”列）不在文件的文字中，未能读取；请对照原文核实`]
    }
    return { ok: true, document }
  } finally {
    // pdf.js 6: the loading task owns the document and its worker.
    await task.destroy().catch(() => undefined)
  }
}
