// The hook for reading a scanned OFD by OCR: for each page, the picture of its largest ImageObject
// (bytes as stored, JPEG/PNG/TIFF…, from the MultiMedia resources) with the page box. readOfd refuses
// an images-only OFD as SCANNED; an OCR path can take these pictures the way it takes a scan's pages.
import { type ReaderOutcome } from '../errors'
import { child, childrenNamed, numbers, type XmlElement } from './ofd-xml'
import { DEFAULT_OFD_LIMITS, frameOf, openOfdPackage, resolveLoc, type OfdLimits } from './package'

export interface OfdPageImage {
  /** 1-based page number. */
  page: number
  /** Page box in millimetres. */
  widthMm: number
  heightMm: number
  /** As declared by the resource (e.g. JPEG, PNG), upper case; '' when not declared. */
  format: string
  bytes: Uint8Array
}

interface Media {
  path: string
  format: string
}

/** MultiMedia ID → file, from one resource part (PublicRes, DocumentRes or a page's PageRes). */
function mediaOf(res: XmlElement | null, resPath: string, into: Map<string, Media>): void {
  const root = child(res ?? undefined, 'Res')
  if (!root) return
  const base = root.attrs.BaseLoc ? `${root.attrs.BaseLoc.replace(/\/$/, '')}/` : ''
  for (const list of childrenNamed(root, 'MultiMedias')) {
    for (const m of childrenNamed(list, 'MultiMedia')) {
      const file = child(m, 'MediaFile')?.text.trim()
      if (m.attrs.ID && file) into.set(m.attrs.ID, { path: resolveLoc(resPath, file.startsWith('/') ? file : base + file), format: (m.attrs.Format ?? '').toUpperCase() })
    }
  }
}

function imageObjects(el: XmlElement | undefined, out: XmlElement[], depth = 0): void {
  if (!el || depth > 16) return
  for (const c of el.children) {
    if (c.name === 'ImageObject') out.push(c)
    else if (c.name === 'Layer' || c.name === 'PageBlock' || c.name === 'Content') imageObjects(c, out, depth + 1)
  }
}

export function ofdPageImages(bytes: Uint8Array, filePath: string, limits: OfdLimits = DEFAULT_OFD_LIMITS): { ok: true; pages: OfdPageImage[] } | Extract<ReaderOutcome, { ok: false }> {
  const opened = openOfdPackage(bytes, filePath, limits, (name) => !/\.xml$/i.test(name))
  if (!opened.ok) return opened
  const { part, entry, doc, docPath, docFrame, pageRefs } = opened.pkg
  const media = new Map<string, Media>()
  const common = child(doc, 'CommonData')
  for (const r of [...childrenNamed(common, 'PublicRes'), ...childrenNamed(common, 'DocumentRes')]) {
    const p = resolveLoc(docPath, r.text.trim())
    mediaOf(part(p), p, media)
  }
  const pages: OfdPageImage[] = []
  pageRefs.forEach((ref, i) => {
    const pagePath = resolveLoc(docPath, ref.attrs.BaseLoc ?? '')
    const page = child(part(pagePath) ?? undefined, 'Page')
    if (!page) return
    const local = new Map(media)
    for (const r of childrenNamed(page, 'PageRes')) {
      const p = resolveLoc(pagePath, r.text.trim())
      mediaOf(part(p), p, local)
    }
    const objs: XmlElement[] = []
    imageObjects(child(page, 'Content'), objs)
    const area = (o: XmlElement): number => {
      const b = numbers(o.attrs.Boundary)
      return b.length === 4 ? Math.abs(b[2]! * b[3]!) : 0
    }
    const biggest = objs.filter((o) => local.has(o.attrs.ResourceID ?? '')).sort((a, b) => area(b) - area(a))[0]
    const m = biggest ? local.get(biggest.attrs.ResourceID!) : undefined
    const data = m ? entry(m.path) : null
    if (!m || !data) return
    const frame = frameOf(child(page, 'Area'), docFrame)
    pages.push({ page: i + 1, widthMm: frame.width, heightMm: frame.height, format: m.format, bytes: data })
  })
  return { ok: true, pages }
}
