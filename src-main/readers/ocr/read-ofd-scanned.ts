// An OFD whose pages hold only pictures (a scanned OFD): its page pictures, taken from the package
// by the OFD reader, read through OCR like a scanned PDF's pages, at the page size the OFD declares.
import { fail, type ReaderOutcome } from '../errors'
import { ofdPageImages } from '../ofd/page-images'
import { DEFAULT_OFD_LIMITS, type OfdLimits } from '../ofd/package'
import { decodePicture, PictureError } from './image-file'
import { ocrPagesOutcome, type PagePicture } from './ocr-pages'
import type { OcrOptions } from './read-scanned'

const PT_PER_MM = 72 / 25.4

export async function readScannedOfd(bytes: Uint8Array, filePath: string, fileName: string, sha256: string, opts: OcrOptions = {}, limits: OfdLimits = DEFAULT_OFD_LIMITS): Promise<ReaderOutcome> {
  const found = ofdPageImages(bytes, filePath, limits)
  if (!found.ok) return found
  const pictures: PagePicture[] = []
  for (const p of found.pages.slice(0, opts.maxPages ?? 200)) {
    try {
      const image = decodePicture(p.bytes)
      pictures.push({ page: p.page, width: p.widthMm * PT_PER_MM, height: p.heightMm * PT_PER_MM, image })
    } catch (e) {
      const why = e instanceof PictureError ? e.message : '图片无法解码'
      return fail('SCANNED', filePath, { detail: `是扫描件 OFD，第 ${p.page} 页的图片无法识别（${why}；只能识别 PNG、JPEG）` })
    }
  }
  if (pictures.length === 0) return fail('SCANNED', filePath, { detail: '是扫描件 OFD，但未找到页面图片' })
  return ocrPagesOutcome(filePath, fileName, 'ofd', pictures, { ...opts, sha256 })
}
