// The OCR work itself, run only inside the OCR process (ocr-process.ts): a scanned PDF's page
// pictures, or page pictures handed over directly (image files, OFD pages), read page by page.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { GrayImage } from './gray-image'
import { loadModels } from './models'
import { ocrPage, type OcrPage } from './ocr-page'
import { pageImage } from './pdf-page-images'
import { renderPage } from './render-page'
import { pdfAssets } from '../pdf-layout/assets'

/** A page picture handed over for reading, with the page size in points it stands for. */
export interface PagePicture {
  page: number
  width: number
  height: number
  image: GrayImage
}

export type Progress = (done: number, total: number) => void

let workerReady: Promise<void> | null = null
function ensurePdfWorker(): Promise<void> {
  workerReady ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((mod) => {
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = mod
  })
  return workerReady
}

export async function ocrPictures(pictures: PagePicture[], progress: Progress = () => undefined): Promise<OcrPage[]> {
  const models = await loadModels()
  const out: OcrPage[] = []
  for (const p of pictures) {
    out.push(await ocrPage(models, p.page, p.width, p.height, p.image))
    progress(out.length, pictures.length)
  }
  return out
}

/** Every page of a PDF that paints a picture (or only the pages `only` names); pages without one are
 *  left out. `maxPages` bounds the work. `render`: every page is drawn instead (vector text whose text
 *  layer cannot be trusted, render-page.ts), with the fonts, CMaps and image decoders drawing needs. */
export async function ocrPdf(bytes: Uint8Array, maxPages: number, progress: Progress = () => undefined, only?: readonly number[], render = false): Promise<OcrPage[]> {
  await ensurePdfWorker()
  const assets = render ? pdfAssets() : null
  const drawing = assets ? { cMapUrl: assets.cMapUrl, cMapPacked: true, standardFontDataUrl: assets.standardFontDataUrl, ...(assets.wasmUrl ? { wasmUrl: assets.wasmUrl } : {}) } : {}
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, useWasm: false, isOffscreenCanvasSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, ...drawing } as Parameters<typeof pdfjs.getDocument>[0])
  const doc = await task.promise
  try {
    const models = await loadModels()
    const wanted = only
      ? [...new Set(only)].filter((n) => n >= 1 && n <= doc.numPages).sort((a, b) => a - b).slice(0, maxPages)
      : Array.from({ length: Math.min(doc.numPages, maxPages) }, (_, i) => i + 1)
    const out: OcrPage[] = []
    for (const [i, n] of wanted.entries()) {
      const page = await doc.getPage(n)
      const pic = render ? await renderPage(page, n) : await pageImage(page, n)
      page.cleanup()
      if (pic) out.push(await ocrPage(models, n, pic.width, pic.height, pic.image))
      progress(i + 1, wanted.length)
    }
    return out
  } finally {
    await task.destroy().catch(() => undefined)
  }
}
