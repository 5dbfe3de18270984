// Crops of stored scans for the report view. They are cut in the OCR process (crop-client.ts →
// crop-serve.ts), never here: this runs in Electron's main process, which must stay free for the
// windows. A crop that fails says why (shown in place of the crop); the report itself is untouched.
import type { ScanCrop } from '../../shared/api'
import type { ScanArea } from '../../shared/model/document'
import { CropClient, type CropClientOptions } from '../readers/ocr/crop-client'

export class ScanCrops {
  private readonly client: CropClient

  constructor(opts: CropClientOptions = {}) {
    this.client = new CropClient(opts)
  }

  async crop(sourcePath: string, sha256: string, area: ScanArea, webPage: boolean): Promise<ScanCrop | null> {
    const dataUrl = await this.client.crop({ path: sourcePath, sha256, area })
    return dataUrl ? { dataUrl, page: area.page, ...(webPage ? { webPicture: true } : {}) } : null
  }

  close(): void {
    this.client.close()
  }
}
