// The page pictures of one report (files found together in a folder) put into one image-only PDF,
// one picture per page, so they are read, stored, cropped and read again exactly as a scanned PDF
// is. A JPEG goes in as it is (no re-encoding: the same pixels the scanner wrote); PNG and TIFF are
// decoded to grey and deflated. Each page is A4-wide, its height by the picture's shape. The output
// depends only on the pictures (no dates, no ids): the same pictures give the same file and hash.
import { deflateSync } from 'node:zlib'
import { decodePictures, pictureAsPage } from './image-file'
import { jpegFrame } from './picture-header'

interface PdfImage {
  width: number
  height: number
  /** The image dictionary's entries besides size and length. */
  dict: string
  data: Uint8Array
}

function imagesOf(bytes: Uint8Array, maxPages: number): PdfImage[] {
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
  const chunks: Buffer[] = []
  const offsets: number[] = []
  let at = 0
  const put = (b: Buffer | string): void => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b
    chunks.push(buf)
    at += buf.length
  }
  const object = (n: number, body: string | Buffer[]): void => {
    offsets[n] = at
    put(`${n} 0 obj\n`)
    if (typeof body === 'string') put(body)
    else body.forEach(put)
    put('\nendobj\n')
  }
  put('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
  const images: PdfImage[] = []
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
  // Objects: 1 catalog, 2 page tree, then per page: page, content, image.
  const pageIds = images.map((_, i) => 3 + i * 3)
  object(1, '<< /Type /Catalog /Pages 2 0 R >>')
  object(2, `<< /Type /Pages /Count ${images.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`)
  images.forEach((img, i) => {
    const id = pageIds[i]!
    const page = pictureAsPage({ width: img.width, height: img.height, data: new Uint8Array(0) })
    const w = page.width.toFixed(2), h = page.height.toFixed(2)
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`
    object(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`)
    object(id + 1, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    object(id + 2, [Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} ${img.dict} /Length ${img.data.length} >>\nstream\n`, 'latin1'), Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), Buffer.from('\nendstream', 'latin1')])
  })
  const xref = at
  const count = 3 + images.length * 3
  put(`xref\n0 ${count}\n0000000000 65535 f \n`)
  for (let n = 1; n < count; n++) put(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`)
  put(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  const out = Buffer.concat(chunks)
  return { pdf: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), leftOut }
}
