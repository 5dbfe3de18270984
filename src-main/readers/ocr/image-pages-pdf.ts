// An image-only PDF, one picture a page, written the one way wherever one is made: a report's page
// pictures put together (pictures-pdf.ts) and the eval's made scans (eval/make-scan.ts). Objects: 1
// catalog, 2 page tree, then per page its page, content and picture; one xref section. No dates or
// ids: the same pictures at the same sizes give the same bytes (stored files and the OCR cache are
// keyed by the file's hash).

/** One encoded picture of a page: its size, its image dictionary's entries besides size and length, and its stream. */
export interface EncodedPicture {
  width: number
  height: number
  dict: string
  data: Uint8Array
}

/** The PDF of `pages`, each picture drawn over its whole page of `width` × `height` points. */
export function imagePagesPdf(pages: readonly { picture: EncodedPicture; width: number; height: number }[]): Buffer {
  const chunks: Buffer[] = []
  const offsets: number[] = []
  let at = 0
  const put = (b: Buffer | string): void => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b
    chunks.push(buf)
    at += buf.length
  }
  const object = (n: number, body: (Buffer | string)[]): void => {
    offsets[n] = at
    put(`${n} 0 obj\n`)
    body.forEach(put)
    put('\nendobj\n')
  }
  put('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
  const pageIds = pages.map((_, i) => 3 + i * 3)
  object(1, ['<< /Type /Catalog /Pages 2 0 R >>'])
  object(2, [`<< /Type /Pages /Count ${pages.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`])
  pages.forEach(({ picture: img, width, height }, i) => {
    const id = pageIds[i]!
    const w = width.toFixed(2), h = height.toFixed(2)
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`
    object(id, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`])
    object(id + 1, [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`])
    object(id + 2, [`<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} ${img.dict} /Length ${img.data.length} >>\nstream\n`, Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), '\nendstream'])
  })
  const xref = at
  const count = 3 + pages.length * 3
  put(`xref\n0 ${count}\n0000000000 65535 f \n`)
  for (let n = 1; n < count; n++) put(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`)
  put(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  return Buffer.concat(chunks)
}
