// The page pictures of one report (files found together in a folder) put into one image-only PDF,
// one picture per page, so they are read, stored, cropped and read again exactly as a scanned PDF
// is. A JPEG goes in as it is (no re-encoding: the same pixels the scanner wrote); PNG and TIFF are
// decoded to grey and deflated. Each page is A4-wide, its height by the picture's shape. The output
// depends only on the pictures (no dates, no ids): the same pictures give the same file and hash.
import { deflateSync } from 'node:zlib'
import { decodePictures, pictureAsPage } from './image-file'
import { imagePagesPdf, type EncodedPicture } from './image-pages-pdf'
import { jpegFrame } from './picture-header'

function imagesOf(bytes: Uint8Array, maxPages: number): EncodedPicture[] {
  const frame = jpegFrame(bytes)
  if (frame && frame.dct && (frame.components === 1 || frame.components === 3) && frame.width > 0 && frame.height > 0) {
    const space = frame.components === 1 ? '/DeviceGray' : '/DeviceRGB'
    return [{ width: frame.width, height: frame.height, dict: `/ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode`, data: bytes }]
  }
  return decodePictures(bytes, maxPages).map((img) => ({
    width: img.width,
    height: img.height,
    dict: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
    data: deflateSync(img.data),
  }))
}

export interface PicturesPdf {
  /** Null when no picture could be read. */
  pdf: Uint8Array | null
  /** The pictures left out, each with why (a damaged file, a kind of picture not read). */
  leftOut: { name: string; why: string }[]
}

/** One PDF of all the pictures, in the order given (a TIFF gives all its pages); a picture that
 *  cannot be decoded is left out and said so, the others stand. */
export function picturesToPdf(pictures: readonly { name: string; bytes: Uint8Array }[], maxPages = 200): PicturesPdf {
  const images: EncodedPicture[] = []
  const leftOut: PicturesPdf['leftOut'] = []
  for (const p of pictures) {
    if (images.length >= maxPages) {
      leftOut.push({ name: p.name, why: `超过 ${maxPages} 页的上限` })
      continue
    }
    try {
      images.push(...imagesOf(p.bytes, maxPages - images.length))
    } catch (e) {
      leftOut.push({ name: p.name, why: e instanceof Error ? e.message : '无法解码' })
    }
  }
  if (images.length === 0) return { pdf: null, leftOut }
  // Each page A4-wide, its height by the picture's shape.
  const out = imagePagesPdf(images.map((picture) => {
    const page = pictureAsPage({ width: picture.width, height: picture.height, data: new Uint8Array(0) })
    return { picture, width: page.width, height: page.height }
  }))
  return { pdf: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), leftOut }
}
