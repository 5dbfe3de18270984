// A PDF's text layer and ruling lines (as pdf.js gives them) written out as OFD pages: how the
// corpus's OFDs were made, and how the tests turn every corpus PDF into OFDs of several styles.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { pdfAssets } from '../../src-main/readers/pdf-layout/assets'
import { rulingsFromOperatorList, type OpsTable } from '../../src-main/readers/pdf-layout/rulings'
import type { OfdPage } from './ofd-writer'

const MM = 25.4 / 72

export async function pdfToOfdPages(bytes: Uint8Array): Promise<OfdPage[]> {
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  const assets = pdfAssets()
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, ...(assets ? { cMapUrl: assets.cMapUrl, cMapPacked: true, standardFontDataUrl: assets.standardFontDataUrl } : {}) } as Parameters<typeof pdfjs.getDocument>[0])
  const doc = await task.promise
  const pages: OfdPage[] = []
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const [x0 = 0, y0 = 0, , y1 = 842] = page.view
      const H = y1 - y0
      const tc = await page.getTextContent()
      const texts = (tc.items as { str?: string; transform?: number[] }[])
        .filter((it) => it.str?.trim() && it.transform)
        .map((it) => ({ text: it.str!, x: (it.transform![4]! - x0) * MM, y: (H - (it.transform![5]! - y0)) * MM, size: Math.hypot(it.transform![0]!, it.transform![1]!) * MM }))
      const ol = await page.getOperatorList()
      const rules = rulingsFromOperatorList(ol.fnArray, ol.argsArray, pdfjs.OPS as unknown as OpsTable).map((r) =>
        r.dir === 'h'
          ? { x1: (r.from - x0) * MM, y1: (H - (r.at - y0)) * MM, x2: (r.to - x0) * MM, y2: (H - (r.at - y0)) * MM }
          : { x1: (r.at - x0) * MM, y1: (H - (r.from - y0)) * MM, x2: (r.at - x0) * MM, y2: (H - (r.to - y0)) * MM },
      )
      pages.push({ texts, rules })
    }
  } finally {
    await task.destroy()
  }
  return pages
}
