// Inside the OCR process (never in Electron's main process): cuts the crop of a stored scan that the
// report view shows beside a number read by OCR. The page picture is taken again from the stored
// file (scan-page.ts) and the row's band cut from it (scan-crop.ts). The last few page pictures are
// kept, so clicking through the numbers of one table does not decode its page again. Bounded: the
// file is refused above `maxBytes` before it is read; the caller bounds the time (crop-client.ts).
import { readFile, stat } from 'node:fs/promises'
import type { PagePicture } from './ocr-engine'
import { defaultOcrCacheDir, readCachedPicture } from './ocr-cache'
import type { CropReply, CropRequest } from './ocr-protocol'
import { cropArea, pngDataUrl } from './scan-crop'
import { scanPagePicture } from './scan-page'

/** Page pictures kept (a 200-dpi A4 page in grey is ~4 MB). */
const KEEP = 4
const pages = new Map<string, Promise<PagePicture | null>>()

async function pictureOf(req: CropRequest): Promise<PagePicture | null> {
  const st = await stat(req.path)
  if (!st.isFile()) return null
  if (st.size > req.maxBytes) throw new Error(`文件过大（${Math.round(st.size / 1024 / 1024)} MB），不再截取原件`)
  const buf = await readFile(req.path)
  const dir = req.cacheDir ?? defaultOcrCacheDir()
  return scanPagePicture(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), req.area.page, (k) => readCachedPicture(dir, req.sha256, k), req.area.drawn === true)
}

export async function serveCrop(req: CropRequest): Promise<CropReply> {
  const key = `${req.path}\u0000${req.sha256}#${req.area.page}${req.area.drawn ? '#drawn' : ''}`
  let p = pages.get(key)
  if (p) pages.delete(key)
  else p = pictureOf(req)
  pages.set(key, p)
  while (pages.size > KEEP) pages.delete(pages.keys().next().value!)
  try {
    const picture = await p
    return { type: 'crop', id: req.id, dataUrl: picture ? pngDataUrl(cropArea(picture, req.area)) : null }
  } catch (e) {
    pages.delete(key)
    return { type: 'crop', id: req.id, dataUrl: null, message: (e instanceof Error ? e.message : String(e)).slice(0, 120) }
  }
}
