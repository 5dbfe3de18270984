// Does a PDF paint pictures on most of its pages (is it a scan, whatever text layer it has)? A
// cheap look at the operator lists (no picture decoded) before the OCR process is started for a
// PDF whose text layer is garbage: a PDF of vector text only is never sent to OCR.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { ensureWorker } from '../pdf'

/** Pages looked at (the first ones): enough to tell a scan. */
const LOOK_AT = 6

export async function mostPagesArePictures(bytes: Uint8Array): Promise<boolean> {
  await ensureWorker()
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useWasm: false, isOffscreenCanvasSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 } as Parameters<typeof pdfjs.getDocument>[0])
  try {
    const doc = await task.promise
    const n = Math.min(doc.numPages, LOOK_AT)
    let pictures = 0
    for (let k = 1; k <= n; k++) {
      const page = await doc.getPage(k)
      const ol = await page.getOperatorList()
      if (ol.fnArray.includes(pdfjs.OPS.paintImageXObject)) pictures++
      page.cleanup()
    }
    return n > 0 && pictures * 2 >= n
  } catch {
    return false
  } finally {
    await task.destroy().catch(() => undefined)
  }
}
