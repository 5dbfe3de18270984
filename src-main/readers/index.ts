// readFile: any input file → SourceDocument or a clear Chinese error naming the file.
// Size is checked with stat before reading; the reader is chosen by content first, extension second.
import { createHash } from 'node:crypto'
import { open, readFile as fsReadFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { breach, DEFAULT_CONTENT_LIMITS, documentBreach, type ContentLimits } from './bounds'
import { readDoc } from './doc'
import { DEFAULT_DOCX_LIMITS, readDocx, type DocxLimits } from './docx'
import { archiveDetail, fail, readError, type ReaderOutcome } from './errors'
import { readHtml } from './html'
import { decodeHtmlBytes } from './html-charset'
import { withFrames } from './html-frames'
import { DEFAULT_OFD_LIMITS, readOfd, type OfdLimits } from './ofd/read-ofd'
import { readPicture } from './ocr/read-picture'
import { picturesToPdf } from './ocr/pictures-pdf'
import { readScannedOfd } from './ocr/read-ofd-scanned'
import { readScannedPdf, type OcrOptions } from './ocr/read-scanned'
import { setInlinePicturesAside } from './html-inline-pictures'
import { localPictures, readTablePictures, withoutPictureMarks } from './ocr/html-pictures'
import { mhtmlHtmlPart, mhtmlParts } from './mhtml'
import { readOdt } from './odt'
import { readPdf } from './pdf'
import { looksLikeReport } from './report-like'
import { extensionOf, sniffBytes } from './sniff'
import { keptLayer, rereadGarbledPdf } from './garbled-pdf'
import { FOREIGN_LAYER_DETAIL, isForeignLayerScan, withForeignLayerNote } from './foreign-layer'
import { coveredLayerNet } from './covered-layer-net'
import { readPicturePages } from './ocr/pdf-picture-pages'
import { readText } from './text'
import { documentWithoutInvisibleChars } from '../../shared/text/invisible-chars'
import { documentWithFoldedRadicals } from '../../shared/text/radicals'
import { documentWithFoldedDashes } from '../../shared/text/dash-glyphs'
import type { ReadError, ReadResult } from './types'

export interface ReadOptions {
  /** Files larger than this are refused without being read (default 100 MB). */
  maxBytes?: number
  /** Bounds for DOCX archives (zip-bomb guard). */
  docxLimits?: DocxLimits
  /** Bounds on the document read (blocks, characters, HTML elements and depth). */
  contentLimits?: ContentLimits
  /** Bounds for OFD packages (zip bomb, page count, elements, time). */
  ofdLimits?: OfdLimits
  /** Folder with pdf.js cmaps/ and standard_fonts/ (default: found automatically). */
  pdfAssetsDir?: string
  /** Refuse documents with no report-like text (default true). */
  requireReport?: boolean
  /** Scans (image-only PDFs) are read by OCR in its own process; false: refused as before. */
  ocr?: OcrOptions | false
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024

function unreadable(path: string, e: unknown): ReadResult {
  const code = (e as { code?: string })?.code
  const detail =
    code === 'ENOENT' ? '文件不存在或已被移走' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : code === 'EISDIR' ? '这是一个文件夹，不是文件' : `读取出错：${code ?? String(e)}`
  return { ok: false, error: readError('UNREADABLE', path, { detail }) }
}

async function dispatch(bytes: Uint8Array, path: string, sha256: string, opts: ReadOptions): Promise<ReaderOutcome> {
  const name = basename(path)
  const ext = extensionOf(path)
  const kind = sniffBytes(bytes)
  const limits = opts.contentLimits ?? DEFAULT_CONTENT_LIMITS
  switch (kind) {
    case 'pdf': {
      const read = await readPdf(bytes, path, name, { pdfAssetsDir: opts.pdfAssetsDir })
      if (opts.ocr === false) return read.ok ? keptLayer(read) : read
      const ocr = opts.ocr ?? {}
      const asText = async (r: ReaderOutcome): Promise<ReaderOutcome> => withPicturePages(r.ok ? await rereadGarbledPdf(r, bytes, path, name, sha256, ocr) : r, bytes, sha256, ocr)
      // Pages set aside as covered by a picture whose OCR then read nothing are read by their text.
      const net = (out: ReaderOutcome): Promise<ReaderOutcome> =>
        coveredLayerNet(out, (keep, onKept) => readPdf(bytes, path, name, { pdfAssetsDir: opts.pdfAssetsDir, keepCoveredPages: keep, onKeptCovered: onKept }), asText)
      if (read.ok) {
        const out = await asText(read)
        const layered = read.document.notes?.some((n) => n.includes(FOREIGN_LAYER_DETAIL))
        // Not when the OCR failed (its note): a page not read is no proof that its picture is no scan.
        return layered && !(out.ok && out.document.notes?.some((n) => n.startsWith(PICTURE_OCR_FAILED))) ? net(out) : out
      }
      if (read.error.code !== 'SCANNED') return read
      // A scan whose only text was another tool's OCR layer: read as the scan it is, said so.
      if (isForeignLayerScan(read)) return net(withForeignLayerNote(await readScannedPdf(bytes, path, name, sha256, ocr)))
      return readScannedPdf(bytes, path, name, sha256, opts.ocr ?? {})
    }
    case 'docx':
      return readDocx(bytes, path, name, opts.docxLimits ?? DEFAULT_DOCX_LIMITS)
    case 'odt':
      return readOdt(bytes, path, name)
    case 'ole':
      // A compound file: Word 97 .doc, WPS .wps, or an encrypted DOCX (readDoc tells them apart).
      return readDoc(bytes, path, name, ext === '.wps' ? 'wps' : 'doc')
    case 'ofd':
      return readOfdOrScan(bytes, path, name, sha256, opts)
    case 'zip':
      if (ext === '.docx') return readDocx(bytes, path, name, opts.docxLimits ?? DEFAULT_DOCX_LIMITS)
      if (ext === '.ofd') return readOfdOrScan(bytes, path, name, sha256, opts)
      if (ext === '.odt') return readOdt(bytes, path, name)
      if (/^\.(?:ods|odp|xlsx|xls|pptx|et|dps)$/.test(ext)) return fail('UNSUPPORTED', path, { detail: '是表格或演示文稿，不是报告文件；请导入报告本身（PDF、DOCX、ODT 等）' })
      return fail('UNSUPPORTED', path, { detail: archiveDetail() })
    case 'rtf':
      return fail('UNSUPPORTED', path, { detail: '是 RTF 格式文档，暂不支持；请在 WPS 或 Word 中另存为 DOCX 或 PDF 后再导入' })
    case 'mhtml':
      return readHtmlPage(bytes, path, name, sha256, limits, opts.ocr, true)
    case 'html':
      return readHtmlPage(bytes, path, name, sha256, limits, opts.ocr, false)
    case 'image':
      if (opts.ocr === false) return fail('UNSUPPORTED', path, { detail: '是图片文件，未含可提取文字；请转成带文字层的 PDF（文字识别）后再导入' })
      return readPicture(bytes, path, name, sha256, opts.ocr ?? {})
    case 'binary':
      if (ext === '.pdf') return fail('CORRUPT', path, { detail: '不是有效的 PDF（缺少 PDF 文件头）' })
      if (ext === '.docx') return fail('CORRUPT', path, { detail: '不是有效的 DOCX（ZIP）文件' })
      if (ext === '.doc' || ext === '.wps') return fail('CORRUPT', path, { detail: `不是有效的 ${ext === '.wps' ? 'WPS' : 'Word'} 文档（缺少复合文档文件头）；请在 WPS 或 Word 中另存为 DOCX 或 PDF 后再导入` })
      if (ext === '.ofd') return fail('CORRUPT', path, { detail: '不是有效的 OFD 文件（不是 ZIP 压缩包）' })
      return fail('UNSUPPORTED', path, { detail: '不是可识别的报告格式；请另存为 PDF、DOCX、HTML 或 TXT 后再导入' })
    case 'text':
      // A .docx that is really text is a broken download, not a text report.
      if (ext === '.docx') return fail('CORRUPT', path, { detail: '不是有效的 DOCX（ZIP）文件' })
      if (ext === '.ofd') return fail('CORRUPT', path, { detail: '不是有效的 OFD 文件（不是 ZIP 压缩包）' })
      if (ext === '.pdf' && !/[\u4e00-\u9fff]/.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) return fail('CORRUPT', path, { detail: '不是有效的 PDF（缺少 PDF 文件头）' })
      return readText(bytes, name, limits, path)
  }
}

const PICTURE_OCR_FAILED = '只有图片的页面未能识别'

/** A text PDF with some pages that are only pictures: those pages are read by OCR (pdf-picture-pages.ts).
 *  When the OCR fails, the text pages stand and the reader's note names the pages not read. */
async function withPicturePages(read: ReaderOutcome, bytes: Uint8Array, sha256: string, ocr: OcrOptions): Promise<ReaderOutcome> {
  if (!read.ok || !read.document.pagesWithoutText?.length || read.document.ocr) return read
  try {
    return { ok: true, document: await readPicturePages(read.document, bytes, sha256, ocr) }
  } catch (e) {
    const why = `${PICTURE_OCR_FAILED}（${e instanceof Error ? e.message : String(e)}）`.slice(0, 160)
    return { ok: true, document: { ...read.document, notes: [...(read.document.notes ?? []), why] } }
  }
}

/** A saved web page; where its tables are pictures (its own picture files), they are read by OCR. */
async function readHtmlPage(bytes: Uint8Array, path: string, name: string, sha256: string, limits: ContentLimits, ocr: OcrOptions | false | undefined, mhtml: boolean): Promise<ReaderOutcome> {
  // A page saved with its frames: the framed local pages are read after its own text (html-frames.ts).
  // Photos saved inline in the page are set aside first: the page's bounds are about its markup.
  const { page, inline } = mhtml ? { page: bytes, inline: [] } : setInlinePicturesAside(bytes)
  const framed = (read: ReaderOutcome): ReaderOutcome => (read.ok ? (mhtml ? withArchiveFrames(read, bytes, path, limits) : withFrames(read, decodeHtmlBytes(page).text, path, limits)) : read)
  if (ocr === false) return framed(readHtml(page, path, name, { mhtml, limits }))
  const pictures: string[] = []
  const read = framed(readHtml(page, path, name, { mhtml, limits, pictures }))
  if (!read.ok) return read
  // An .mht holds its pictures as parts; a saved .html has them beside it (or inline).
  const source = mhtml ? mhtmlParts(bytes) : localPictures(path, inline)
  try {
    return { ok: true, document: await readTablePictures(read.document, pictures, source, sha256, ocr ?? {}) }
  } catch (e) {
    // The page's text stands; what its pictures hold is said to be missing.
    const why = `网页中的表格图片未能识别（${e instanceof Error ? e.message : String(e)}）`.slice(0, 160)
    return { ok: true, document: { ...withoutPictureMarks(read.document), notes: [...(read.document.notes ?? []), why] } }
  }
}

/** A web archive (.mht) saved with its frames: the framed pages are parts of the archive (by Content-Location,
 *  a relative src resolved against the page's own; review rv21: an IE frameset archive was refused as empty). */
function withArchiveFrames(read: ReaderOutcome & { ok: true }, bytes: Uint8Array, path: string, limits: ContentLimits): ReaderOutcome {
  const part = mhtmlHtmlPart(bytes)
  if (!part) return read
  const resolve = (src: string): string => {
    try {
      return part.location ? new URL(src, part.location).href : src
    } catch {
      return src
    }
  }
  const partFor = mhtmlParts(bytes)
  return withFrames(read, decodeHtmlBytes(part.bytes, part.charset).text, path, limits, (src) => partFor(src) ?? partFor(resolve(src)))
}

/** An OFD; one whose pages hold only pictures (a scan) goes on to OCR, as a scanned PDF does. */
async function readOfdOrScan(bytes: Uint8Array, path: string, name: string, sha256: string, opts: ReadOptions): Promise<ReaderOutcome> {
  const limits = opts.ofdLimits ?? DEFAULT_OFD_LIMITS
  const read = readOfd(bytes, path, name, limits)
  if (read.ok || read.error.code !== 'SCANNED' || opts.ocr === false) return read
  return readScannedOfd(bytes, path, name, sha256, opts.ocr ?? {}, limits)
}

/**
 * A text file too large for its bounds is refused from its first bytes, without reading
 * (and hashing) the rest: a 100 MB text never occupies memory at all.
 */
async function refuseByHead(path: string, size: number, limits: ContentLimits): Promise<ReadError | null> {
  if (size <= limits.maxChars * 4) return null
  let head: Uint8Array
  try {
    const fh = await open(path, 'r')
    try {
      const buf = new Uint8Array(4096)
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
      head = buf.subarray(0, bytesRead)
    } finally {
      await fh.close()
    }
  } catch {
    return null // the full read below reports the problem
  }
  const kind = sniffBytes(head)
  if (kind === 'text') return readError('TOO_LARGE', path, { detail: breach.chars(limits.maxChars) })
  // An HTML page is not refused by its size: photos saved inline may make most of it (readHtml bounds the rest).
  return null
}

export async function readFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  let size: number
  try {
    const st = await stat(path)
    if (st.isDirectory()) return { ok: false, error: readError('UNREADABLE', path, { detail: '这是一个文件夹，不是文件' }) }
    // A FIFO, socket or device reports size 0 and may block forever when read: never open it.
    if (!st.isFile()) return { ok: false, error: readError('UNREADABLE', path, { detail: '不是普通文件（管道、设备或套接字），未读取' }) }
    size = st.size
  } catch (e) {
    return unreadable(path, e)
  }
  if (size > maxBytes) return { ok: false, error: readError('TOO_LARGE', path, { size, limit: maxBytes }) }
  if (size === 0) return { ok: false, error: readError('EMPTY', path) }
  const early = await refuseByHead(path, size, opts.contentLimits ?? DEFAULT_CONTENT_LIMITS)
  if (early) return { ok: false, error: early }
  let bytes: Uint8Array
  try {
    // A view on the Buffer, not a copy (a copy would double the memory of a large file).
    const buf = await fsReadFile(path)
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
  } catch (e) {
    return unreadable(path, e)
  }
  return readBytes(bytes, path, size, opts)
}

/** The bytes of a file (or of pictures put together) → document: dispatch by content, then the bounds. */
async function readBytes(bytes: Uint8Array, path: string, size: number, opts: ReadOptions): Promise<ReadResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  let outcome: ReaderOutcome
  try {
    outcome = await dispatch(bytes, path, sha256, opts)
  } catch (e) {
    outcome = fail('CORRUPT', path, { detail: `解析出错：${(e as Error)?.message ?? String(e)}`.slice(0, 120) })
  }
  return settledRead(outcome, path, size, sha256, opts)
}

/** A reader's outcome → the result the pipeline takes: its text cleaned, then the bounds and the report test.
 *  (Also for a second reading of the same file chosen after extraction: src-main/import/digit-recheck.ts.) */
export function settledRead(outcome: ReaderOutcome, path: string, size: number, sha256: string, opts: ReadOptions): ReadResult {
  if (!outcome.ok) return { ok: false, error: outcome.error, sha256 }
  const doc = documentWithFoldedDashes(documentWithFoldedRadicals(documentWithoutInvisibleChars(outcome.document)))
  if (doc.blocks.length === 0) return { ok: false, error: readError('EMPTY', path, { size }), sha256 }
  const over = documentBreach(doc, opts.contentLimits ?? DEFAULT_CONTENT_LIMITS)
  if (over) return { ok: false, error: readError('TOO_LARGE', path, { detail: over }), sha256 }
  if ((opts.requireReport ?? true) && !looksLikeReport(doc)) return { ok: false, error: readError('NOT_A_REPORT', path), sha256 }
  return { ok: true, document: doc, sha256 }
}

/**
 * The page pictures of one report (a folder's "第1页.png … 第6页.png"), in page order, read as ONE
 * report: they are put into one image-only PDF (pictures-pdf.ts), read like any scan, and that PDF
 * is what the library keeps (`sourceBytes`). `path` names it; every picture is bounded like a file.
 */
export async function readPageImages(path: string, pictures: readonly string[], opts: ReadOptions = {}, missingPages: readonly number[] = []): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const files: { name: string; bytes: Uint8Array }[] = []
  let total = 0
  for (const picture of pictures) {
    const name = basename(picture)
    try {
      const st = await stat(picture)
      if (!st.isFile()) return { ok: false, error: readError('UNREADABLE', path, { detail: `页面图片「${name}」不是普通文件` }) }
      total += st.size
      if (total > maxBytes) return { ok: false, error: readError('TOO_LARGE', path, { size: total, limit: maxBytes }) }
      const buf = await fsReadFile(picture)
      files.push({ name, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) })
    } catch (e) {
      return { ok: false, error: readError('UNREADABLE', path, { detail: `页面图片「${name}」读取出错：${(e as { code?: string })?.code ?? String(e)}` }) }
    }
  }
  const { pdf, leftOut } = picturesToPdf(files, opts.ocr ? (opts.ocr.maxPages ?? 200) : 200)
  const missing = leftOut.map((x) => `「${x.name}」（${x.why}）`).join('、')
  if (!pdf) return { ok: false, error: readError('CORRUPT', path, { detail: `页面图片都无法解码：${missing}`.slice(0, 160) }) }
  if (pdf.length > maxBytes) return { ok: false, error: readError('TOO_LARGE', path, { size: pdf.length, limit: maxBytes }) }
  const read = await readBytes(pdf, path, pdf.length, opts)
  if (!read.ok) return read
  // Which pictures made the report; a page number missing among them, or a damaged picture left
  // out (the others read): said on the report, never hidden.
  const gap = missingPages.length ? `；缺第 ${missingPages.join('、')} 页的图片，这些页的内容未读取` : ''
  const notes = [...(read.document.notes ?? []), `由 ${pictures.length} 张页面图片（${basename(pictures[0]!)} 至 ${basename(pictures[pictures.length - 1]!)}）合成一份报告，按页码顺序识别${gap}`]
  if (leftOut.length) notes.push(`以下页面图片未能读取，其内容不在本报告中：${missing}`.slice(0, 300))
  return { ...read, document: { ...read.document, notes }, sourceBytes: pdf }
}

export { readPdf } from './pdf'
export { readDocx } from './docx'
export { readDoc } from './doc'
export { readOfd } from './ofd/read-ofd'
export { readHtml, htmlToDocument } from './html'
export { readText } from './text'
