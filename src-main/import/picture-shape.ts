// Whether a lone picture found in a folder looks like a report page, judged from its header alone
// (its first 64 KB, no pixel decoded): a page is upright, about A4-shaped, and large enough to be
// read (a 100-dpi A4 page is 827 × 1169 pixels). Photos, screenshots, logos and icons are not.
// TIFF files are scanner output: taken as pages without looking.
import { open } from 'node:fs/promises'
import { isTiff, jpegFrame, pngSize } from '../readers/ocr/picture-header'

const HEAD_BYTES = 64 * 1024
const MIN_SHORT_SIDE = 800
/** Long side ÷ short side of an upright page: A4 is 1.41, letter 1.29, a cropped scan a little more. */
const MIN_ASPECT = 1.2
const MAX_ASPECT = 1.7

export type PictureShape = { page: true } | { page: false; why: string }

/** The judgement from the first bytes of a picture file. */
export function shapeOfHead(head: Uint8Array): PictureShape {
  if (isTiff(head)) return { page: true }
  const frame = jpegFrame(head)
  const size = pngSize(head) ?? (frame ? [frame.width, frame.height] : null)
  if (!size) return { page: false, why: '不是可识别的 PNG、JPEG 或 TIFF 图片' }
  const [w, h] = size
  const short = Math.min(w, h), long = Math.max(w, h)
  const px = `${w}×${h} 像素`
  if (short < MIN_SHORT_SIDE) return { page: false, why: `图片太小（${px}），不像报告页面` }
  const aspect = long / short
  if (w > h || aspect < MIN_ASPECT || aspect > MAX_ASPECT) return { page: false, why: `图片形状（${px}）不像竖版报告页面` }
  return { page: true }
}

export async function pictureShape(path: string): Promise<PictureShape> {
  try {
    const fh = await open(path, 'r')
    try {
      const buf = new Uint8Array(HEAD_BYTES)
      const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0)
      return shapeOfHead(buf.subarray(0, bytesRead))
    } finally {
      await fh.close()
    }
  } catch (e) {
    return { page: false, why: `无法读取（${(e as { code?: string }).code ?? '出错'}）` }
  }
}
