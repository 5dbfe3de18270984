// Test-side readers of a .pptx package (written independently of src-main/export/pptx-package-fix).
import { strFromU8, unzipSync } from 'fflate'

export type Files = Record<string, Uint8Array>

export const unzip = (buf: Uint8Array): Files => unzipSync(buf)
export const text = (files: Files, name: string): string => {
  const f = files[name]
  if (!f) throw new Error(`missing part ${name}`)
  return strFromU8(f)
}

export function slideNames(files: Files): string[] {
  return Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** Text of the shape named "title" on a slide. */
export function slideTitle(xml: string): string {
  const sp = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0]
  if (!sp) return ''
  return decode([...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''))
}

/** All text runs of a slide, joined. */
export function slideText(xml: string): string {
  return decode([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n'))
}

/** Chart parts a slide links to. */
export function slideCharts(files: Files, slidePath: string): string[] {
  const rels = files[slidePath.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels')]
  if (!rels) return []
  // pptxgenjs writes the chart target absolute (/ppt/charts/…); accept relative too.
  return [...strFromU8(rels).matchAll(/Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/g)].map((m) => `ppt/charts/${m[1]}`)
}

/** The workbook a chart embeds (its data, editable in PowerPoint). */
export function chartEmbedding(files: Files, chartPath: string): string | null {
  const rels = files[chartPath.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels')]
  if (!rels) return null
  const m = /Target="(?:\/ppt|\.\.)\/embeddings\/([^"]+)"/.exec(strFromU8(rels))
  return m ? `ppt/embeddings/${m[1]}` : null
}

export interface ParsedSeries {
  name: string
  ptCount: number
  /** Values by index; null where the cache has no point. */
  values: (number | null)[]
  categories: string[]
}

export function chartSeries(xml: string): ParsedSeries[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1]!
    const name = decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '')
    const val = /<c:val>[\s\S]*?<c:numCache>([\s\S]*?)<\/c:numCache>/.exec(ser)?.[1] ?? ''
    const ptCount = Number(/<c:ptCount val="(\d+)"/.exec(val)?.[1] ?? -1)
    const values: (number | null)[] = Array<number | null>(Math.max(ptCount, 0)).fill(null)
    for (const pt of val.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)) values[Number(pt[1])] = Number(pt[2])
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? ''
    const categories = [...cat.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((p) => decode(p[1]!))
    return { name, ptCount, values, categories }
  })
}

/** Things known to make PowerPoint offer to "repair" a chart; empty when none. */
export function chartRepairTriggers(xml: string): string[] {
  const problems: string[] = []
  const defined = new Set([...xml.matchAll(/<c:(catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"/g)].map((m) => m[2]!))
  for (const block of xml.matchAll(/<c:(\w+)Chart>([\s\S]*?)<\/c:\1Chart>/g)) {
    for (const id of block[2]!.matchAll(/<c:axId val="(\d+)"/g)) {
      if (!defined.has(id[1]!)) problems.push(`${block[1]}Chart references undefined axis ${id[1]}`)
    }
  }
  for (const ax of xml.matchAll(/<c:crossAx val="(\d+)"/g)) if (!defined.has(ax[1]!)) problems.push(`crossAx ${ax[1]} undefined`)
  const cat = (xml.match(/<c:catAx>/g) ?? []).length + (xml.match(/<c:dateAx>/g) ?? []).length
  const val = (xml.match(/<c:valAx>/g) ?? []).length
  if (/<c:(bar|line)Chart>/.test(xml) && (cat !== 1 || val !== 1)) problems.push(`axes: ${cat} category, ${val} value`)
  if (/<c:v>\s*<\/c:v>/.test(xml)) problems.push('empty <c:v>')
  for (const c of xml.matchAll(/<a:srgbClr val="([^"]*)"/g)) if (!/^[0-9A-Fa-f]{6}$/.test(c[1]!)) problems.push(`colour ${c[1]}`)
  return problems
}
