// Test helper: PDF bytes from numbered objects, with a correct xref table (tests that build a PDF
// by hand: overprinted text, a picture page among text pages).

/** The file for `objects` (object i + 1 is objects[i]) whose catalog is object `catalog`. */
export function pdfFromObjects(objects: readonly string[], catalog: number): Uint8Array {
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}
