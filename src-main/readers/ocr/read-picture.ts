// A picture file of report pages (PNG, JPEG; TIFF with one page or several) read through OCR,
// like a scan.
import { fail, type ReaderOutcome } from '../errors'
import { decodePictures, pictureAsPage, PictureError } from './image-file'
import { ocrPagesOutcome } from './ocr-pages'
import type { OcrOptions } from './read-scanned'

export async function readPicture(bytes: Uint8Array, filePath: string, fileName: string, sha256: string, opts: OcrOptions = {}): Promise<ReaderOutcome> {
  let pages
  try {
    pages = decodePictures(bytes, opts.maxPages ?? 200).map((img, i) => pictureAsPage(img, i + 1))
  } catch (e) {
    if (e instanceof PictureError && e.damaged) return fail('CORRUPT', filePath, { detail: e.message })
    if (e instanceof PictureError) return fail('UNSUPPORTED', filePath, { detail: `是图片文件，${e.message}；请另存为 PNG 或 JPEG 后再导入` })
    return fail('CORRUPT', filePath, { detail: '图片无法解码' })
  }
  return ocrPagesOutcome(filePath, fileName, 'image', pages, { ...opts, sha256 })
}
