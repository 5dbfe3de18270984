// A scan whose hidden OCR text layer is bad but still Chinese, as a poor OCR tool leaves it: the
// page's real lines with a share of their characters replaced (by other characters of the same
// report, so the text still looks like Chinese prose) and digits misread. Enough template words
// survive that a count of template words alone takes it for real text. The layer is written with a
// CID font (Identity-H) whose ToUnicode map gives the characters back, invisible (render mode 3),
// as an incremental update: the page pictures stay as they are.
import type { SourceDocument } from '../../shared/model/document'
import { seeded } from '../../shared/util/seeded-random'
import { imagePdfUpdate } from './image-pdf-update'

/** The lines of each page of a document read from its text (paragraphs, table rows with their cells
 *  spaced): what a text layer over that document's page pictures would hold. */
export function pageLines(doc: SourceDocument): string[][] {
  const pages = new Map<number, string[]>()
  for (const b of doc.blocks) {
    const lines = b.kind === 'paragraph' ? [b.text] : b.rows.map((row) => row.map((c) => c.text).join(' '))
    pages.set(b.loc.page ?? 1, [...(pages.get(b.loc.page ?? 1) ?? []), ...lines])
  }
  return [...pages.keys()].sort((a, b) => a - b).map((p) => pages.get(p)!)
}

/** OCR's usual digit slips (8→3, 1→7, 0→6, 5→6, 3→8, 6→5; else the next digit). */
const SLIP: Record<string, string> = { '8': '3', '1': '7', '0': '6', '5': '6', '3': '8', '6': '5' }

/** `pages` with the last digit of every number slipped, on every `every`-th line that holds a number. */
export function slipDigits(pages: string[][], every = 3): string[][] {
  let k = 0
  return pages.map((lines) =>
    lines.map((line) => {
      if (!/\d/.test(line) || k++ % every !== 0) return line
      return line.replace(/\d+/g, (m) => m.replace(/\d$/, (d) => SLIP[d] ?? String((Number(d) + 1) % 10)))
    }),
  )
}

/** `lines` with characters replaced: CJK with probability `rate`, digits with `rate` / 2. */
export function garbleLines(lines: string[], rate: number, seed: number): string[] {
  const rand = seeded(seed)
  const pool = [...new Set(lines.join('').match(/[\u4e00-\u9fff]/g) ?? [])]
  return lines.map((line) =>
    [...line]
      .map((ch) => {
        if (/[\u4e00-\u9fff]/.test(ch) && pool.length > 0 && rand() < rate) return pool[Math.floor(rand() * pool.length)]!
        if (/[0-9]/.test(ch) && rand() < rate / 2) return String(Math.floor(rand() * 10))
        return ch
      })
      .join(''),
  )
}

const hex = (s: string): string => `<${[...s].map((c) => (c.codePointAt(0)! > 0xffff ? 0x3013 : c.codePointAt(0)!).toString(16).padStart(4, '0')).join('')}>`

/** ToUnicode map of CID = Unicode code point (BMP), one range per high byte (as the format wants). */
function toUnicodeMap(): string {
  const ranges: string[] = []
  for (let hi = 0; hi <= 0xff; hi++) {
    const lo = hi.toString(16).padStart(2, '0')
    ranges.push(`<${lo}00> <${lo}ff> <${lo}00>`)
  }
  const chunks: string[] = []
  for (let i = 0; i < ranges.length; i += 100) chunks.push(`${Math.min(100, ranges.length - i)} beginbfrange\n${ranges.slice(i, i + 100).join('\n')}\nendbfrange`)
  return ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap', '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def', '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange', ...chunks, 'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end'].join('\n')
}

/**
 * How a page's text layer is painted with its picture. 'under-see-through': the page picture, the
 * visible text, then a full-page picture with a soft mask (a watermark) over it; 'under-faded': the
 * same with an opaque picture painted at constant alpha 0.3; 'under-partial': an opaque picture over
 * the top 40 % of the page (a pasted photo or seal). Text under any of these three is seen.
 */
export type LayerWay = 'invisible' | 'under-picture' | 'visible' | 'under-see-through' | 'under-faded' | 'under-partial'

/** An 8×8 grey picture's stream body, dark on the diagonal. */
const SMALL_PICTURE = Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 9 === 0 ? 40 : 230))).toString('latin1')
/** Its soft mask: opaque on the diagonal only (a watermark's mark), elsewhere fully clear. */
const SMALL_MASK = Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 9 === 0 ? 255 : 0))).toString('latin1')

/**
 * The image-only PDF `pdf` (as make-scan.ts's imagePdf writes it) with `pages[k]` as an invisible
 * text layer on page k+1, one line under the other from the top ('under-picture': visible text
 * painted first and covered by the page picture; 'visible': painted over it, as a page printed on a
 * background picture; one way for every page, or one per page).
 */
export function withHiddenChineseText(pdf: Uint8Array, pages: string[][], how: LayerWay | LayerWay[] = 'invisible'): Uint8Array {
  const update = imagePdfUpdate(pdf)
  const obj = update.object
  const next = update.newObject
  const font = next(), cidFont = next(), descriptor = next(), cmap = next()
  const map = toUnicodeMap()
  obj(font, `<< /Type /Font /Subtype /Type0 /BaseFont /GarbledSong /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${cmap} 0 R >>`)
  obj(cidFont, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GarbledSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`)
  obj(descriptor, '<< /Type /FontDescriptor /FontName /GarbledSong /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>')
  obj(cmap, `<< /Length ${map.length} >>\nstream\n${map}\nendstream`)
  const mask = next(), marked = next(), plain = next(), faded = next()
  const small = '/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64'
  obj(mask, `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n${SMALL_MASK}\nendstream`)
  obj(marked, `<< ${small} /SMask ${mask} 0 R >>\nstream\n${SMALL_PICTURE}\nendstream`)
  obj(plain, `<< ${small} >>\nstream\n${SMALL_PICTURE}\nendstream`)
  obj(faded, '<< /Type /ExtGState /ca 0.3 >>')
  update.pages.forEach(({ pageNo, parent, box, image, width: w, height: h }, k) => {
    const lines = pages[k] ?? []
    const step = Math.min(18, (h - 100) / Math.max(1, lines.length))
    const way = Array.isArray(how) ? (how[k] ?? 'invisible') : how
    const mode = way === 'invisible' ? 3 : 0
    const text = lines.map((line, i) => `BT ${mode} Tr /F1 9 Tf 50 ${(h - 60 - i * step).toFixed(1)} Td ${hex(line)} Tj ET`).join('\n')
    // Under the picture: visible text painted first, the page picture over it (as some scanners write it).
    const picture = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`
    const over: Partial<Record<LayerWay, string>> = {
      'under-see-through': `q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q`,
      'under-faded': `q /GS1 gs ${w} 0 0 ${h} 0 0 cm /Im2 Do Q`,
      'under-partial': `q ${w} 0 0 ${(h * 0.4).toFixed(1)} 0 ${(h * 0.6).toFixed(1)} cm /Im2 Do Q`,
    }
    const content = way === 'under-picture' ? `${text}\n${picture}` : [picture, text, over[way] ?? ''].join('\n')
    const contentNo = next()
    obj(contentNo, `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
    obj(pageNo, `<< /Type /Page /Parent ${parent} 0 R /MediaBox [${box}] /Resources << /XObject << /Im0 ${image} 0 R /Im1 ${marked} 0 R /Im2 ${plain} 0 R >> /ExtGState << /GS1 ${faded} 0 R >> /Font << /F1 ${font} 0 R >> >> /Contents ${contentNo} 0 R >>`)
  })
  return update.finish()
}
