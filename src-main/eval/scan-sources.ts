// Test inputs for the other ways a scan comes in (beside make-scan.ts's image-only PDFs): a scan
// with a garbage text layer (as a bad OCR layer or a font without a Unicode map leaves it), a PDF of
// garbage vector text, multi-page TIFFs, and a saved web page whose table is a picture.
import { execFileSync } from 'node:child_process'
import { PNG } from 'pngjs'
import jpeg from 'jpeg-js'
import type { GrayImage } from '../readers/ocr/gray-image'
import { imagePdfUpdate } from './image-pdf-update'
import { picturesPdf } from './make-scan'
import { redSeal, type Stamp } from './scan-wear'

/** Latin-1 symbols in the order a font without a Unicode map often comes out. */
export const GARBAGE = 'ÿ¤§ ±µ¶ ÷ËÌÐ× ¿¾ Þß¬ ©®° ¹²³ ÆÇ ¦¨ ª« º» ¼½'

function pdfString(s: string): string {
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`
}

/**
 * The image-only PDF `pdf` (as imagePdf writes it) with an invisible text layer on every page
 * (text render mode 3, as OCR layers are), added as an incremental update: the pictures stay as
 * they are, pdf.js reads the new text.
 */
export function withHiddenText(pdf: Uint8Array, text: string): Uint8Array {
  const update = imagePdfUpdate(pdf)
  const font = update.newObject()
  update.object(font, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  for (const { pageNo, parent, box, image, height: h, width: w } of update.pages) {
    const lines = Array.from({ length: 30 }, (_, k) => `BT 3 Tr /F1 10 Tf 40 ${(h - 60 - k * ((h - 120) / 30)).toFixed(1)} Td ${pdfString(text)} Tj ET`).join('\n')
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q\n${lines}`
    const contentNo = update.newObject()
    update.object(contentNo, `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
    update.object(pageNo, `<< /Type /Page /Parent ${parent} 0 R /MediaBox [${box}] /Resources << /XObject << /Im0 ${image} 0 R >> /Font << /F1 ${font} 0 R >> >> /Contents ${contentNo} 0 R >>`)
  }
  return update.finish()
}

/** A one-page PDF of visible vector text only (no picture), in a standard font. */
export function textOnlyPdf(text: string): Uint8Array {
  const lines = Array.from({ length: 40 }, (_, k) => `BT /F1 10 Tf 40 ${800 - k * 18} Td ${pdfString(text)} Tj ET`).join('\n')
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(lines, 'latin1')} >>\nstream\n${lines}\nendstream`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objs.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

/** A grey picture as PNG bytes. */
export function pngBytes(img: GrayImage): Uint8Array {
  const png = new PNG({ width: img.width, height: img.height, colorType: 0, inputColorType: 0, inputHasAlpha: false })
  png.data = Buffer.from(img.data)
  return new Uint8Array(PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }))
}

/** PackBits (TIFF compression 32773) of one row. */
function packBits(row: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i < row.length; ) {
    let run = 1
    while (i + run < row.length && run < 128 && row[i + run] === row[i]) run++
    if (run > 1) {
      out.push(257 - run, row[i]!)
      i += run
      continue
    }
    let lit = 1
    while (i + lit < row.length && lit < 128 && row[i + lit] !== row[i + lit - 1]) lit++
    out.push(lit - 1, ...row.subarray(i, i + lit))
    i += lit
  }
  return out
}

/**
 * Pages as one multi-page TIFF, written here (no ImageMagick needed): 8-bit grey uncompressed, or
 * black-and-white (1 bit) in PackBits as office scanners save text pages. `thumbnail` adds a small
 * reduced-resolution image after the first page, as some scanners do (it is no page).
 */
export function tiffOf(pages: GrayImage[], mode: 'grey' | 'bilevel' = 'grey', thumbnail = false): Uint8Array {
  const images: { w: number; h: number; bits: 1 | 8; data: Uint8Array; packed: boolean; sub: number }[] = []
  for (const [i, p] of pages.entries()) {
    if (mode === 'grey') images.push({ w: p.width, h: p.height, bits: 8, data: p.data, packed: false, sub: 0 })
    else {
      const stride = Math.ceil(p.width / 8)
      const bytes: number[] = []
      for (let y = 0; y < p.height; y++) {
        const row = new Uint8Array(stride)
        // Photometric 0 (WhiteIsZero): a set bit is black.
        for (let x = 0; x < p.width; x++) if (p.data[y * p.width + x]! < 150) row[x >> 3]! |= 0x80 >> (x & 7)
        bytes.push(...packBits(row))
      }
      images.push({ w: p.width, h: p.height, bits: 1, data: new Uint8Array(bytes), packed: true, sub: 0 })
    }
    if (thumbnail && i === 0) images.push({ w: 8, h: 8, bits: 8, data: new Uint8Array(64).fill(128), packed: false, sub: 1 })
  }
  const chunks: Uint8Array[] = []
  let at = 8
  const header = new Uint8Array(8)
  new DataView(header.buffer).setUint32(0, 0x49492a00)
  chunks.push(header)
  let prevNext = 4
  const patches: [number, number][] = []
  for (const img of images) {
    const dataAt = at
    chunks.push(img.data)
    at += img.data.length + (img.data.length % 2)
    if (img.data.length % 2) chunks.push(new Uint8Array(1))
    const tags: [number, number, number][] = [
      [254, 4, img.sub], [256, 4, img.w], [257, 4, img.h], [258, 3, img.bits], [259, 3, img.packed ? 32773 : 1],
      [262, 3, img.bits === 1 ? 0 : 1], [273, 4, dataAt], [277, 3, 1], [278, 4, img.h], [279, 4, img.data.length],
    ]
    const ifd = new Uint8Array(2 + tags.length * 12 + 4)
    const v = new DataView(ifd.buffer)
    v.setUint16(0, tags.length, true)
    tags.forEach(([tag, type, value], k) => {
      v.setUint16(2 + k * 12, tag, true)
      v.setUint16(4 + k * 12, type, true)
      v.setUint32(6 + k * 12, 1, true)
      if (type === 3) v.setUint16(10 + k * 12, value, true)
      else v.setUint32(10 + k * 12, value, true)
    })
    patches.push([prevNext, at])
    prevNext = at + 2 + tags.length * 12
    chunks.push(ifd)
    at += ifd.length
  }
  const out = new Uint8Array(at)
  let o = 0
  for (const c of chunks) {
    out.set(c, o)
    o += c.length
  }
  const v = new DataView(out.buffer)
  for (const [where, value] of patches) v.setUint32(where, value, true)
  return out
}

/** Words of one PDF page with their boxes in points from the top (pdftotext -bbox, poppler-utils). */
export function wordBoxes(pdfPath: string, page: number): { text: string; top: number; bottom: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdfPath, '-'], { encoding: 'utf8' })
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: m[3]!, top: Number(m[1]), bottom: Number(m[2]) }))
}

/** The rows top..bottom of a picture (with a small white margin). */
export function band(img: GrayImage, top: number, bottom: number, margin = 8): GrayImage {
  const t = Math.max(0, top - margin), b = Math.min(img.height, bottom + margin + 1)
  return { width: img.width, height: b - t, data: img.data.slice(t * img.width, b * img.width) }
}

/** The HTML with its tables number `which` (0-based, in order) each replaced by the picture tags given. */
export function tablesAsPictures(html: string, replace: Map<number, string[]>): string {
  let k = -1
  return html.replace(/<table[\s\S]*?<\/table>/gi, (table) => {
    k++
    const srcs = replace.get(k)
    return srcs ? srcs.map((src) => `<p><img src="${src}" alt=""></p>`).join('\n') : table
  })
}

/** A colour scan saved as JPEG in a PDF (as office scanners in colour mode write it), with a red
 *  seal over each page where `stampOf` places one. */
export function sealedColourPdf(pages: GrayImage[], dpi: number, stampOf: (page: number) => Stamp, quality = 80): Uint8Array {
  return picturesPdf(
    pages.map((img, i) => {
      const rgb = redSeal(img, stampOf(i + 1))
      const rgba = new Uint8Array(img.width * img.height * 4)
      for (let k = 0; k < img.width * img.height; k++) rgba.set([rgb[k * 3]!, rgb[k * 3 + 1]!, rgb[k * 3 + 2]!, 255], k * 4)
      const data = jpeg.encode({ data: rgba, width: img.width, height: img.height }, quality).data
      return { width: img.width, height: img.height, dict: '/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', data }
    }),
    dpi,
  )
}
