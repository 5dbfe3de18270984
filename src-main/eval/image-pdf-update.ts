// An incremental update to an image-only PDF as make-scan.ts writes it: its pages found, new objects
// (and new versions of its pages) appended after its end, then an xref section and a trailer that
// points back to the old one. The pictures stay as they are; pdf.js reads what the update adds (the
// text layers of scan-sources.ts and garbled-layer.ts).

/** A page of the image-only PDF: its object number, its page tree, MediaBox, picture object and size in points. */
export interface PicturePage {
  pageNo: number
  parent: string
  box: string
  image: string
  width: number
  height: number
}

const PAGE = /(\d+) 0 obj\n<< \/Type \/Page \/Parent (\d+) 0 R \/MediaBox \[([^\]]+)\] \/Resources << \/XObject << \/Im0 (\d+) 0 R >> >> \/Contents \d+ 0 R >>/g

export interface PdfUpdate {
  pages: PicturePage[]
  /** The next free object number. */
  newObject: () => number
  /** Writes object `n` (new, or a new version of an old one). */
  object: (n: number, body: string) => void
  /** The PDF with the update after it. */
  finish: () => Uint8Array
}

export function imagePdfUpdate(pdf: Uint8Array): PdfUpdate {
  const s = Buffer.from(pdf).toString('latin1')
  const pages = [...s.matchAll(PAGE)].map(([, pageNo, parent, box, image]) => {
    const [, , width = 595, height = 842] = box!.trim().split(/\s+/).map(Number)
    return { pageNo: Number(pageNo), parent: parent!, box: box!, image: image!, width, height }
  })
  const tail = s.slice(s.lastIndexOf('trailer'))
  const size = Number(/\/Size (\d+)/.exec(tail)![1])
  const prev = Number(/startxref\n(\d+)/.exec(s.slice(s.lastIndexOf('startxref')))![1])
  const parts: Buffer[] = []
  const offsets = new Map<number, number>()
  let at = pdf.length
  let next = size
  return {
    pages,
    newObject: () => next++,
    object(n, body) {
      offsets.set(n, at)
      const chunk = Buffer.from(`${n} 0 obj\n${body}\nendobj\n`, 'latin1')
      parts.push(chunk)
      at += chunk.length
    },
    finish() {
      const xref = at
      let table = 'xref\n'
      for (const [n, off] of [...offsets.entries()].sort((a, b) => a[0] - b[0])) table += `${n} 1\n${String(off).padStart(10, '0')} 00000 n \n`
      table += `trailer\n<< /Size ${next} /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xref}\n%%EOF\n`
      return new Uint8Array(Buffer.concat([Buffer.from(pdf), ...parts, Buffer.from(table, 'latin1')]))
    },
  }
}
