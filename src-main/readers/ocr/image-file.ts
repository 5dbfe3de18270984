// A picture file (PNG, JPEG or TIFF: a scanned page, a photo of a table) → grey picture, with
// pure-JS decoders and a bound on its size before any pixel is decoded. A TIFF may hold several
// pages (a multi-page scan). The page it stands for is taken to be A4-wide (595 pt), which is all
// the layout code needs to judge distances.
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import * as UTIFns from 'utif'
import { toGray, type GrayImage } from './gray-image'
import type { PagePicture } from './ocr-engine'
import { isTiff } from './picture-header'

/** Largest picture decoded (pixels): a 600-dpi A3 page is ~70 MP. */
export const MAX_PIXELS = 80_000_000
const A4_WIDTH_PT = 595

export class PictureError extends Error {
  /** The file is damaged (as opposed to a kind of picture not read). */
  constructor(
    message: string,
    readonly damaged = false,
  ) {
    super(message)
  }
}

function pngSize(bytes: Uint8Array): [number, number] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return bytes.length >= 24 ? [v.getUint32(16), v.getUint32(20)] : [0, 0]
}

// utif is a CommonJS module: under Node's ESM its functions sit on the default export.
const UTIF = ((UTIFns as unknown as { default?: typeof UTIFns }).default ?? UTIFns) as typeof UTIFns

function tagNumber(ifd: UTIFns.IFD, tag: string): number {
  const v = ifd[tag] as unknown
  return Array.isArray(v) || ArrayBuffer.isView(v) ? Number((v as ArrayLike<number>)[0] ?? 0) : Number(v ?? 0)
}

/** The pages of a TIFF (at most `maxPages`), each checked against the pixel bound before decoding. */
function decodeTiff(bytes: Uint8Array, maxPages: number): GrayImage[] {
  let ifds: UTIFns.IFD[]
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  try {
    ifds = UTIF.decode(buffer)
  } catch {
    throw new PictureError('TIFF 图片已损坏，无法解码', true)
  }
  // Page images only: a reduced-resolution copy (a thumbnail, NewSubfileType bit 0) is no page.
  const pages = ifds.filter((ifd) => (tagNumber(ifd, 't254') & 1) === 0 && tagNumber(ifd, 't256') > 0 && tagNumber(ifd, 't257') > 0).slice(0, maxPages)
  if (pages.length === 0) throw new PictureError('TIFF 图片中没有可识别的页面')
  return pages.map((ifd) => {
    const w = tagNumber(ifd, 't256'), h = tagNumber(ifd, 't257')
    if (w * h > MAX_PIXELS) throw new PictureError(`图片过大（${w}×${h} 像素）`)
    try {
      UTIF.decodeImage(buffer, ifd)
      const rgba = UTIF.toRGBA8(ifd)
      if (rgba.length < w * h * 4) throw new Error('short')
      return toGray(w, h, rgba, 4)
    } catch {
      throw new PictureError('TIFF 图片已损坏或使用了不支持的压缩方式，无法解码', true)
    }
  })
}

/** Every page of a picture file: one for PNG and JPEG, up to `maxPages` for a TIFF. */
export function decodePictures(bytes: Uint8Array, maxPages = 200): GrayImage[] {
  if (isTiff(bytes)) return decodeTiff(bytes, maxPages)
  return [decodePicture(bytes)]
}

export function decodePicture(bytes: Uint8Array): GrayImage {
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8
  if (isPng) {
    const [w, h] = pngSize(bytes)
    if (w * h > MAX_PIXELS) throw new PictureError(`图片过大（${w}×${h} 像素）`)
    const png = PNG.sync.read(Buffer.from(bytes))
    return toGray(png.width, png.height, png.data, 4)
  }
  if (isJpeg) {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 })
    return toGray(img.width, img.height, img.data, 4)
  }
  if (isTiff(bytes)) return decodeTiff(bytes, 1)[0]!
  throw new PictureError('只能识别 PNG、JPEG、TIFF 图片')
}

export function pictureAsPage(image: GrayImage, page = 1): PagePicture {
  const scale = A4_WIDTH_PT / image.width
  return { page, width: A4_WIDTH_PT, height: image.height * scale, image }
}
