// Test helper: the pages of a PDF that open with the rest of a table row cut by the page break inside
// the row, two label cells running on (t3-row-cut-writer.ts): the page's top line holds two pieces
// of text or more, none a number, none opening a numbered label of its own (「其他处」 「人无正」).
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { ensureWorker } from '../../src-main/readers/pdf'

const DIGIT = /[0-9０-９]/
const OWN_LABEL = /^(?:\d+[.、．]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、)/

export interface CutPage {
  page: number
  /** The top line's pieces, left to right. */
  top: string[]
}

/** Each page's top line (pages 2 on): its pieces, left to right. */
export async function topLines(bytes: Uint8Array): Promise<CutPage[]> {
  await ensureWorker()
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 } as Parameters<typeof pdfjs.getDocument>[0])
  const doc = await task.promise
  const out: CutPage[] = []
  try {
    for (let n = 2; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const items = (await page.getTextContent()).items.flatMap((it) => {
        const t = it as { str?: string; transform?: number[] }
        return t.str?.trim() && t.transform ? [{ str: t.str.trim(), x: t.transform[4]!, y: t.transform[5]! }] : []
      })
      if (items.length === 0) continue
      const topY = Math.max(...items.map((i) => i.y))
      out.push({ page: n, top: items.filter((i) => topY - i.y < 3).sort((a, b) => a.x - b.x).map((i) => i.str) })
    }
  } finally {
    await task.destroy()
  }
  return out
}

export async function cutRowPages(bytes: Uint8Array): Promise<CutPage[]> {
  return (await topLines(bytes)).filter(({ top }) => top.length >= 2 && top.every((s) => !DIGIT.test(s) && !OWN_LABEL.test(s)))
}
