// A text PDF with one page that is only a picture (a scanned page pasted among text pages, review-s8
// §7): the page is named in a note, and a section printed there is reported as not read (a warning
// naming the page), not as the body's missing section (an error).
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../src-main/readers/pdf'
import { checkReport } from '../../shared/checks/index'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'
import { pdfFromObjects } from './pdf-objects'

/** A PDF whose pages are either a line of text or one grey picture, with a correct xref table. */
function pdfOf(pages: ({ text: string } | { picture: true } | { seal: string })[]): Uint8Array {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const pagesObj = add('')
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  const image = add('<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n' + 'x'.repeat(64) + '\nendstream')
  const kids: number[] = []
  for (const p of pages) {
    const content = 'text' in p ? `BT /F1 12 Tf 50 700 Td (${p.text}) Tj ET` : 'seal' in p ? `BT /F1 12 Tf 50 700 Td (${p.seal}) Tj ET q 120 0 0 120 400 600 cm /Im1 Do Q` : 'q 500 0 0 700 50 50 cm /Im1 Do Q'
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`))
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  return pdfFromObjects(objects, catalog)
}

const LINE = 'Annual report of the disclosure office, page text 1234567890'

describe('a picture-only page among text pages', () => {
  it('is named in a note and listed on the document', async () => {
    const r = await readPdf(pdfOf([{ text: LINE }, { picture: true }, { text: LINE }]), 'm.pdf', 'm.pdf')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.document.pagesWithoutText).toEqual([2])
    expect(r.document.notes?.join('')).toContain('第 2 页只有图片、没有文字层')
  })

  it('a last page with a short 落款 and a seal picture is not one', async () => {
    const r = await readPdf(pdfOf([{ text: LINE }, { seal: 'Office 2023-01-20' }]), 'n.pdf', 'n.pdf')
    expect(r.ok && r.document.pagesWithoutText).toBeUndefined()
  })

  it('turns a missing section into a warning that names the page, not an error against the body', () => {
    const text = '某县某局2022年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息8765条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n五、存在的主要问题及改进情况\n存在的问题：一是公开不够及时。\n六、其他需要报告的事项\n无。'
    const doc = textToDocument(text, 'r.txt')
    const plain = checkReport({ id: 'a', extraction: extractReport(doc) })
    const withPicture = checkReport({ id: 'b', extraction: extractReport({ ...doc, pagesWithoutText: [2] }) })
    const missing = (flags: typeof plain) => flags.find((f) => f.id === 'STRUCTURE_SECTION_MISSING')
    expect(missing(plain)?.severity).toBe('error')
    expect(missing(plain)?.message).toContain('四、')
    expect(missing(withPicture)?.severity).toBe('warning')
    expect(missing(withPicture)?.message).toContain('第 2 页只有图片')
  })
})
