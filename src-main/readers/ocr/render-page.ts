// A page of vector text drawn as a picture, for OCR of a PDF whose text layer cannot be trusted (a font
// without a Unicode map, or one whose map is partly wrong): pdf.js draws the page on a canvas
// (@napi-rs/canvas, loaded only when a page is drawn, so a missing canvas fails this file alone), in
// grey at the resolution the OCR reads best, like a scan's page picture. Runs in the OCR process only.
import type * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { toGray } from './gray-image'
import type { PagePicture } from './ocr-engine'

/** The resolution scans are read at best (the corpus scans are 200 dpi). */
export const RENDER_DPI = 200
/** Largest page drawn, in pixels at RENDER_DPI: A2 (15.5 million); a larger page (a poster, a map) is refused. */
export const MAX_RENDER_PIXELS = 16_000_000

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>['getPage']>>

const MM_PER_PT = 25.4 / 72

/** Thrown for a page too large to draw: its Chinese message names the page and its size. */
export class PageTooLarge extends Error {}

/** Pixels of a page of `width` × `height` points drawn at `dpi`. */
export function renderSize(width: number, height: number, dpi = RENDER_DPI): { width: number; height: number } {
  return { width: Math.ceil((Math.abs(width) * dpi) / 72), height: Math.ceil((Math.abs(height) * dpi) / 72) }
}

/** The page drawn in grey at RENDER_DPI (white paper under it). Throws PageTooLarge beyond MAX_RENDER_PIXELS. */
export async function renderPage(page: PdfPage, pageNumber: number, maxPixels = MAX_RENDER_PIXELS): Promise<PagePicture> {
  const viewport = page.getViewport({ scale: RENDER_DPI / 72 })
  const { width, height } = { width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) }
  if (width * height > maxPixels) {
    const mm = (px: number): number => Math.round((px * 72 * MM_PER_PT) / RENDER_DPI)
    throw new PageTooLarge(`第 ${pageNumber} 页过大（约 ${mm(width)} × ${mm(height)} 毫米），不能绘制成图片识别`)
  }
  const { createCanvas } = await import('@napi-rs/canvas')
  const canvas = createCanvas(width, height)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, width, height)
  // pdf.js's types name the DOM's canvas; @napi-rs/canvas implements the part it draws with.
  await page.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise
  const rgba = ctx.getImageData(0, 0, width, height).data
  return { page: pageNumber, width: viewport.width / (RENDER_DPI / 72), height: viewport.height / (RENDER_DPI / 72), image: toGray(width, height, rgba, 4) }
}
