// An OFD package opened: its XML parts (and, on request, other entries such as page images) through
// the guarded ZIP reading, OFD.xml → DocBody → DocRoot → Document.xml, and the document's pages,
// page templates and default page box. Paths in BaseLoc are resolved against the part naming them.
import { readError, type ReaderOutcome } from '../errors'
import { readZipEntries, type ZipLimits } from '../zip'
import { child, childrenNamed, numbers, parseXml, type XmlElement } from './ofd-xml'
import type { PageFrame } from './page-objects'

export interface OfdLimits extends ZipLimits {
  /** More pages than this is no annual report: refused before any page is read. */
  maxPages: number
  /** Bound on the XML elements of all parts together. */
  maxElements: number
  /** Time bound for laying out the pages. */
  maxMs: number
  /** Text pieces or ruling segments on one page beyond this are no report page (layout would crawl). */
  maxPerPage: number
}

export const DEFAULT_OFD_LIMITS: OfdLimits = { maxUncompressedBytes: 200 * 1024 * 1024, maxEntries: 5000, maxPages: 500, maxElements: 2_000_000, maxMs: 10_000, maxPerPage: 10_000 }

const A4: PageFrame = { x: 0, y: 0, width: 210, height: 297 }

export interface OfdPackage {
  /** A part parsed (null when absent); names are matched exactly, then ignoring case. */
  part(name: string): XmlElement | null
  /** Raw bytes of an entry that was asked for (null when absent). */
  entry(name: string): Uint8Array | null
  body: XmlElement | undefined
  doc: XmlElement
  docPath: string
  docFrame: PageFrame
  /** TemplatePage ID → part path. */
  templates: Map<string, string>
  pageRefs: XmlElement[]
}

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

export function frameOf(area: XmlElement | undefined, fallback: PageFrame): PageFrame {
  const b = numbers(child(area, 'PhysicalBox')?.text)
  return b.length === 4 && b.every(Number.isFinite) && b[2]! > 0 && b[3]! > 0 ? { x: b[0]!, y: b[1]!, width: b[2]!, height: b[3]! } : fallback
}

type Refused = Extract<ReaderOutcome, { ok: false }>

function fail(...args: Parameters<typeof readError>): Refused {
  return { ok: false, error: readError(...args) }
}

/** XML text in its declared encoding: UTF-8 as a rule, GB2312/GBK/GB18030 where a producer says so. */
export function decodeXml(data: Uint8Array): string {
  const decl = /^(?:\uFEFF)?<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/i.exec(new TextDecoder('latin1').decode(data.subarray(0, 200)))
  const enc = decl?.[1]?.toLowerCase() ?? 'utf-8'
  return new TextDecoder(/^(?:gb2312|gbk|gb18030|x-gbk)$/.test(enc) ? 'gb18030' : 'utf-8').decode(data)
}

/** The package, or the error naming the file. `alsoEntry` lets non-XML entries (images) be inflated. */
export function openOfdPackage(bytes: Uint8Array, filePath: string, limits: OfdLimits, alsoEntry: (name: string) => boolean = () => false): { ok: true; pkg: OfdPackage } | Refused {
  const zip = readZipEntries(bytes, (name) => /\.xml$/i.test(name) || alsoEntry(name), limits)
  if (!zip.ok) {
    const r = zip.refusal
    if (r.kind === 'too-many-entries') return fail('TOO_LARGE', filePath, { entries: r.entries, limit: r.limit })
    if (r.kind === 'too-large') return fail('TOO_LARGE', filePath, { limit: r.limit })
    return fail('CORRUPT', filePath, { detail: r.kind === 'corrupt' ? `OFD 压缩包结构损坏：${r.detail}` : 'OFD 压缩包结构损坏' })
  }
  const byLower = new Map(Object.keys(zip.files).map((k) => [k.toLowerCase(), k]))
  const entry = (name: string): Uint8Array | null => {
    const key = zip.files[name] ? name : byLower.get(name.toLowerCase())
    return (key && zip.files[key]) || null
  }
  const budget = { elements: limits.maxElements }
  const part = (name: string): XmlElement | null => {
    const data = entry(name)
    return data ? parseXml(decodeXml(data), budget) : null
  }
  const ofd = child(part('OFD.xml') ?? undefined, 'OFD')
  if (!ofd) return fail('CORRUPT', filePath, { detail: '缺少 OFD.xml，不是 OFD 文件' })
  const body = child(ofd, 'DocBody')
  const rootLoc = child(body, 'DocRoot')?.text.trim()
  if (!rootLoc) return fail('CORRUPT', filePath, { detail: 'OFD.xml 未指明文档（DocRoot）' })
  const docPath = resolveLoc('', rootLoc)
  const doc = child(part(docPath) ?? undefined, 'Document')
  if (!doc) return fail('CORRUPT', filePath, { detail: `缺少文档描述 ${docPath}` })
  const common = child(doc, 'CommonData')
  const templates = new Map(childrenNamed(common, 'TemplatePage').map((t) => [t.attrs.ID ?? '', resolveLoc(docPath, t.attrs.BaseLoc ?? '')]))
  const pageRefs = childrenNamed(child(doc, 'Pages'), 'Page')
  if (pageRefs.length > limits.maxPages) return fail('UNSUPPORTED', filePath, { detail: `页数过多（共 ${pageRefs.length} 页，超过 ${limits.maxPages} 页的上限），不像年度报告，未读取` })
  return { ok: true, pkg: { part, entry, body, doc, docPath, docFrame: frameOf(child(common, 'PageArea'), A4), templates, pageRefs } }
}
