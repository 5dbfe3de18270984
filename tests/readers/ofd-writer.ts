// A small OFD (GB/T 33190) package writer for the tests: pages of positioned text and ruling lines
// (millimetres, y from the top), written in the ways producers write them: one text object per
// character, per run or per line (DeltaX with the `g` repeat), object boxes tight or page-sized,
// text and paths scaled by a CTM, rulings stroked or as thin filled rectangles, a page template.
import { zipSync } from 'fflate'

export interface OfdText {
  text: string
  /** Left edge and baseline, in mm from the page's top left. */
  x: number
  y: number
  size: number
}

export interface OfdRule {
  x1: number
  y1: number
  x2: number
  y2: number
}

export interface OfdPage {
  texts: OfdText[]
  rules: OfdRule[]
}

export interface OfdStyle {
  objects: 'char' | 'run' | 'line'
  /** Object boxes around the text ('tight') or the whole page with positions in the TextCode. */
  boxes: 'tight' | 'page'
  /** CTM scale: object units are mm divided by this (1 = no CTM). */
  scale: number
  rules: 'stroke' | 'rect'
  /** Content on every page from a template page (e.g. a running header and footer). */
  template?: OfdPage
  /** BaseLoc written from the package root ("/Doc_0/…") instead of relative. */
  absoluteLocs?: boolean
  /** Extra parts in the package (signatures, annotations…), by path. */
  extraParts?: Record<string, string>
  /** Extra XML inside DocBody and Document (e.g. <ofd:Signatures>). */
  docBodyExtra?: string
  documentExtra?: string
  /** Pages that are pictures: `true` for one stand-in JPEG on every page, or one PNG per page. */
  images?: boolean | Uint8Array[]
  /** No DeltaX at all: readers step by the font's advances (full em for CJK, half for the rest). */
  noDeltaX?: boolean
  /** Millimetres added to the right of every tight text box (producers that pad one-glyph objects). */
  pad?: number
}

const W = 210
const H = 297
const f = (n: number): string => String(Math.round(n * 1000) / 1000)

export function advanceOf(ch: string, size: number): number {
  return /[\u2e80-\u9fff\uff00-\uff60\u3000-\u303f“”‘’—…]/.test(ch) ? size : size / 2
}

function widthOf(text: string, size: number): number {
  return [...text].reduce((s, ch) => s + advanceOf(ch, size), 0)
}

let ids = 1

/** One TextObject holding `chars` with their absolute positions (mm) on one baseline. */
function textObject(chars: { ch: string; x: number }[], y: number, size: number, style: OfdStyle): string {
  const s = style.scale
  const x0 = chars[0]!.x
  const deltas = chars.slice(1).map((c, i) => (c.x - chars[i]!.x) / s)
  // The `g` form where steps repeat, plain numbers otherwise.
  const parts: string[] = []
  for (let i = 0; i < deltas.length; ) {
    let j = i
    while (j + 1 < deltas.length && Math.abs(deltas[j + 1]! - deltas[i]!) < 1e-6) j++
    parts.push(j > i ? `g ${j - i + 1} ${f(deltas[i]!)}` : f(deltas[i]!))
    i = j + 1
  }
  const width = chars[chars.length - 1]!.x + advanceOf(chars[chars.length - 1]!.ch, size) - x0 + (style.pad ?? 0)
  const [bx, by, bw, bh, tx, ty] = style.boxes === 'tight' ? [x0, y - size, width, size * 1.3, 0, size] : [0, 0, W, H, x0, y]
  const ctm = s !== 1 ? ` CTM="${f(s)} 0 0 ${f(s)} 0 0"` : ''
  const dx = parts.length && !style.noDeltaX ? ` DeltaX="${parts.join(' ')}"` : ''
  const text = chars.map((c) => c.ch).join('').replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<ofd:TextObject ID="${ids++}" Boundary="${f(bx)} ${f(by)} ${f(bw)} ${f(bh)}" Font="1" Size="${f(size / s)}"${ctm}><ofd:TextCode X="${f(tx / s)}" Y="${f(ty / s)}"${dx}>${text}</ofd:TextCode></ofd:TextObject>`
}

function placed(t: OfdText): { ch: string; x: number }[] {
  const out: { ch: string; x: number }[] = []
  let x = t.x
  for (const ch of t.text) {
    out.push({ ch, x })
    x += advanceOf(ch, t.size)
  }
  return out
}

function textObjects(texts: OfdText[], style: OfdStyle): string[] {
  // Spaces are characters of a run or line (as producers write them); alone they are not drawn.
  if (style.objects === 'char') return texts.flatMap((t) => placed(t).filter((c) => c.ch !== ' ').map((c) => textObject([c], t.y, t.size, style)))
  if (style.objects === 'run') return texts.filter((t) => t.text.trim()).map((t) => textObject(placed(t), t.y, t.size, style))
  // One object per line: every run on a baseline (same size) in one TextCode, gaps in DeltaX.
  const lines = new Map<string, OfdText[]>()
  for (const t of texts) {
    const k = `${f(t.y)}|${t.size}`
    lines.set(k, [...(lines.get(k) ?? []), t])
  }
  return [...lines.values()].map((ts) => {
    const chars = ts.sort((a, b) => a.x - b.x).flatMap(placed)
    return textObject(chars, ts[0]!.y, ts[0]!.size, style)
  })
}

function pathObject(r: OfdRule, style: OfdStyle): string {
  const s = style.scale
  const x0 = Math.min(r.x1, r.x2)
  const y0 = Math.min(r.y1, r.y2)
  const w = Math.abs(r.x2 - r.x1)
  const h = Math.abs(r.y2 - r.y1)
  const ctm = s !== 1 ? ` CTM="${f(s)} 0 0 ${f(s)} 0 0"` : ''
  if (style.rules === 'rect') {
    const t = 0.25
    const [rw, rh] = h === 0 ? [w, t] : [t, h]
    return `<ofd:PathObject ID="${ids++}" Boundary="${f(x0)} ${f(y0 - (h === 0 ? t / 2 : 0))} ${f(rw + t)} ${f(rh + t)}" Stroke="false" Fill="true"${ctm}><ofd:AbbreviatedData>M 0 0 L ${f(rw / s)} 0 L ${f(rw / s)} ${f(rh / s)} L 0 ${f(rh / s)} C</ofd:AbbreviatedData></ofd:PathObject>`
  }
  return `<ofd:PathObject ID="${ids++}" Boundary="${f(x0 - 1)} ${f(y0 - 1)} ${f(w + 2)} ${f(h + 2)}" LineWidth="0.25"${ctm}><ofd:AbbreviatedData>M ${f(1 / s)} ${f(1 / s)} L ${f((1 + w) / s)} ${f((1 + h) / s)}</ofd:AbbreviatedData></ofd:PathObject>`
}

function pageXml(page: OfdPage, style: OfdStyle, template: boolean, index = 0): string {
  const objs = [...page.rules.map((r) => pathObject(r, style)), ...textObjects(page.texts, style)]
  if (style.images && !template) objs.push(`<ofd:ImageObject ID="${ids++}" Boundary="0 0 ${W} ${H}" CTM="${W} 0 0 ${H} 0 0" ResourceID="${Array.isArray(style.images) ? 99 + index : 99}"/>`)
  const tpl = !template && style.template ? '<ofd:Template TemplateID="900" ZOrder="Background"/>' : ''
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">${tpl}<ofd:Content><ofd:Layer ID="${ids++}">${objs.join('')}</ofd:Layer></ofd:Content></ofd:Page>`
}

export function writeOfd(pages: OfdPage[], style: OfdStyle): Uint8Array {
  const enc = new TextEncoder()
  const files: Record<string, Uint8Array> = {}
  const loc = (p: string): string => (style.absoluteLocs ? `/Doc_0/${p}` : p)
  files['OFD.xml'] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>t</ofd:DocID></ofd:DocInfo><ofd:DocRoot>${style.absoluteLocs ? '/' : ''}Doc_0/Document.xml</ofd:DocRoot>${style.docBodyExtra ?? ''}</ofd:DocBody></ofd:OFD>`,
  )
  const tplRef = style.template ? `<ofd:TemplatePage ID="900" BaseLoc="${loc('Tpls/Tpl_0/Content.xml')}"/>` : ''
  files['Doc_0/Document.xml'] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${W} ${H}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${tplRef}</ofd:CommonData><ofd:Pages>${pages
      .map((_, i) => `<ofd:Page ID="${100 + i}" BaseLoc="${loc(`Pages/Page_${i}/Content.xml`)}"/>`)
      .join('')}</ofd:Pages>${style.documentExtra ?? ''}</ofd:Document>`,
  )
  const media = Array.isArray(style.images)
    ? `<ofd:MultiMedias>${style.images.map((_, i) => `<ofd:MultiMedia ID="${99 + i}" Type="Image" Format="PNG"><ofd:MediaFile>page${i}.png</ofd:MediaFile></ofd:MultiMedia>`).join('')}</ofd:MultiMedias>`
    : style.images
      ? '<ofd:MultiMedias><ofd:MultiMedia ID="99" Type="Image" Format="JPEG"><ofd:MediaFile>scan.jpg</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>'
      : ''
  files['Doc_0/PublicRes.xml'] = enc.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts>${media}</ofd:Res>`)
  // A stand-in picture (JPEG markers only): what matters to the reader is where it is found.
  if (Array.isArray(style.images)) style.images.forEach((png, i) => (files[`Doc_0/Res/page${i}.png`] = png))
  else if (style.images) files['Doc_0/Res/scan.jpg'] = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])
  pages.forEach((p, i) => (files[`Doc_0/Pages/Page_${i}/Content.xml`] = enc.encode(pageXml(p, style, false, i))))
  if (style.template) files['Doc_0/Tpls/Tpl_0/Content.xml'] = enc.encode(pageXml(style.template, style, true))
  for (const [path, xml] of Object.entries(style.extraParts ?? {})) files[path] = enc.encode(xml)
  return zipSync(files)
}

export { widthOf }
