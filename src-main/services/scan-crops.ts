// Crops of stored scans for the report view: the page picture is taken again from the library's
// copy of the file (scan-page.ts) and the row's band cut from it (scan-crop.ts). The last page
// pictures are kept, so clicking through the numbers of one table does not decode its page again.
import { readFile } from 'node:fs/promises'
import type { ScanCrop } from '../../shared/api'
import type { ScanArea } from '../../shared/model/document'
import type { PagePicture } from '../readers/ocr/ocr-engine'
import { cropArea, pngDataUrl } from '../readers/ocr/scan-crop'
import { scanPagePicture } from '../readers/ocr/scan-page'

/** Page pictures kept (a 200-dpi A4 page in grey is ~4 MB). */
const KEEP = 4

export class ScanCrops {
  private pages = new Map<string, Promise<PagePicture | null>>()

  private picture(id: string, sourcePath: string, page: number): Promise<PagePicture | null> {
    const key = `${id}#${page}`
    let p = this.pages.get(key)
    if (p) this.pages.delete(key)
    else p = readFile(sourcePath).then((buf) => scanPagePicture(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), page)).catch(() => null)
    this.pages.set(key, p)
    while (this.pages.size > KEEP) this.pages.delete(this.pages.keys().next().value!)
    return p
  }

  async crop(id: string, sourcePath: string, area: ScanArea): Promise<ScanCrop | null> {
    const picture = await this.picture(id, sourcePath, area.page)
    return picture ? { dataUrl: pngDataUrl(cropArea(picture, area)), page: area.page } : null
  }
}
