// The picture of each page of a scanned PDF, taken straight from the file: the largest image the
// page paints, decoded by pdf.js (its own JPEG/JBIG2/CCITT decoders, no WebAssembly, no canvas).
// A page with no image gives null (a blank page or a page of vector text only).
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { fromBits, toGray, type GrayImage } from './gray-image'

export interface PageImage {
  page: number
  /** Page size in PDF points (the image is taken to cover the page). */
  width: number
  height: number
  image: GrayImage
}

interface PdfjsImage {
  width: number
  height: number
  kind?: number
  data?: Uint8Array | Uint8ClampedArray
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>['getPage']>>

function objectOf(page: PdfPage, id: string): Promise<PdfjsImage | null> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs
  return new Promise((resolve) => {
    try {
      ;(store as unknown as { get(id: string, cb: (v: unknown) => void): void }).get(id, (v) => resolve((v as PdfjsImage) ?? null))
    } catch {
      resolve(null)
    }
  })
}

function grayOf(img: PdfjsImage): GrayImage | null {
  const { width, height, data, kind } = img
  if (!data || !width || !height) return null
  // pdf.js ImageKind: 1 GRAYSCALE_1BPP, 2 RGB_24BPP, 3 RGBA_32BPP.
  if (kind === 1) return fromBits(width, height, data)
  if (kind === 2) return toGray(width, height, data, 3)
  if (kind === 3) return toGray(width, height, data, 4)
  return null
}

/** The largest image painted on one page, in grey. */
export async function pageImage(page: PdfPage, pageNumber: number): Promise<PageImage | null> {
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view
  const ol = await page.getOperatorList()
  let best: GrayImage | null = null
  for (let i = 0; i < ol.fnArray.length; i++) {
    if (ol.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue
    const id = (ol.argsArray[i] as unknown[])[0]
    if (typeof id !== 'string') continue
    const raw = await objectOf(page, id)
    if (!raw || (best && raw.width * raw.height <= best.width * best.height)) continue
    best = grayOf(raw) ?? best
  }
  return best ? { page: pageNumber, width: x1 - x0, height: y1 - y0, image: best } : null
}
