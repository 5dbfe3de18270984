// One page picture of a stored scan, taken again from the file itself: the page's largest picture
// for a PDF (the page drawn again where its vector text was drawn and read by OCR: it holds no
// picture of itself), the page's image for an OFD, the picture (or TIFF page) for a picture file. A saved web
// page is kept without its pictures: its table pictures come from the OCR cache (html-pictures.ts).
// The same pictures the OCR read, so the boxes it found fit them.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { ofdPageImages } from '../ofd/page-images'
import { DEFAULT_OFD_LIMITS } from '../ofd/package'
import { ensureWorker } from '../pdf'
import { sniffBytes } from '../sniff'
import { decodePictures, pictureAsPage } from './image-file'
import type { PagePicture } from './ocr-engine'
import { pageImage } from './pdf-page-images'
import { renderPage } from './render-page'
import { pdfAssets } from '../pdf-layout/assets'

const PT_PER_MM = 72 / 25.4

/** `drawn`: the page drawn as the OCR drew it (render-page.ts, with the fonts and CMaps drawing needs),
 *  for a page of vector text read by OCR; else its largest picture. */
async function pdfPage(bytes: Uint8Array, page: number, drawn: boolean): Promise<PagePicture | null> {
  await ensureWorker()
  const assets = drawn ? pdfAssets() : null
  const drawing = assets ? { cMapUrl: assets.cMapUrl, cMapPacked: true, standardFontDataUrl: assets.standardFontDataUrl, ...(assets.wasmUrl ? { wasmUrl: assets.wasmUrl } : {}) } : {}
  // pdf.js may take over the buffer it is given: it gets a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useWasm: false, isOffscreenCanvasSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, ...drawing } as Parameters<typeof pdfjs.getDocument>[0])
  try {
    const doc = await task.promise
    if (page < 1 || page > doc.numPages) return null
    const p = await doc.getPage(page)
    return drawn ? await renderPage(p, page) : await pageImage(p, page)
  } finally {
    await task.destroy().catch(() => undefined)
  }
}

/** The picture of page `page` of a stored scan, or null when the file has no such page picture.
 *  For a saved web page, `page` is the place of a table picture, found by `webPicture` (the OCR cache).
 *  `drawn`: a PDF page of vector text that was drawn and read by OCR (ScanArea.drawn) is drawn again. */
export async function scanPagePicture(bytes: Uint8Array, page: number, webPicture?: (k: number) => Uint8Array | null, drawn = false): Promise<PagePicture | null> {
  switch (sniffBytes(bytes)) {
    case 'html':
    case 'mhtml': {
      const found = webPicture?.(page)
      const image = found ? decodePictures(found, 1)[0] : undefined
      return image ? pictureAsPage(image, page) : null
    }
    case 'pdf':
      return pdfPage(bytes, page, drawn)
    case 'image': {
      const pictures = decodePictures(bytes, page)
      const image = pictures[page - 1]
      return image ? pictureAsPage(image, page) : null
    }
    case 'ofd': {
      const found = ofdPageImages(bytes, '', DEFAULT_OFD_LIMITS)
      const p = found.ok ? found.pages.find((x) => x.page === page) : undefined
      if (!p) return null
      const image = decodePictures(p.bytes, 1)[0]
      return image ? { page, width: p.widthMm * PT_PER_MM, height: p.heightMm * PT_PER_MM, image } : null
    }
    default:
      return null
  }
}
