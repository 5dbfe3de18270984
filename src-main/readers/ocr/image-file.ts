// A picture file (PNG or JPEG: a scanned page, a photo of a table) → grey picture, with pure-JS
// decoders and a bound on its size before any pixel is decoded. The page it stands for is taken to
// be A4-wide (595 pt), which is all the layout code needs to judge distances.
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { toGray, type GrayImage } from './gray-image'
import type { PagePicture } from './ocr-engine'

/** Largest picture decoded (pixels): a 600-dpi A3 page is ~70 MP. */
export const MAX_PIXELS = 80_000_000
const A4_WIDTH_PT = 595

export class PictureError extends Error {}

function pngSize(bytes: Uint8Array): [number, number] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return bytes.length >= 24 ? [v.getUint32(16), v.getUint32(20)] : [0, 0]
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
  throw new PictureError('只能识别 PNG、JPEG 图片')
}

export function pictureAsPage(image: GrayImage, page = 1): PagePicture {
  const scale = A4_WIDTH_PT / image.width
  return { page, width: A4_WIDTH_PT, height: image.height * scale, image }
}
