// Post-processing of the .pptx that pptxgenjs writes, so PowerPoint opens it without asking to
// "repair" and Chinese text in charts gets a CJK font. What pptxgenjs 4.0.1 gets wrong (seen in its
// output, see tests/export/pptx.test.ts):
//  - bar/line charts list a third <c:axId> (the 3-D series axis id) that no axis defines;
//  - a blank value is written as an empty <c:v></c:v> point instead of a missing point;
//  - the embedded workbook writes 0 as an empty cell, and its table ref ends with a stray "'";
//    its first table column is named "Column1" while the header cell is empty;
//  - chart text names only a latin font, and the theme has no East Asian font.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'

export interface FixOptions {
  /** East Asian font for chart text and the theme, e.g. 微软雅黑. */
  eastAsianFont: string
  /** Latin font for the theme, e.g. Microsoft YaHei. */
  latinFont: string
}

/** Axis ids a chart's axes define (catAx, valAx, dateAx, serAx). */
function definedAxisIds(xml: string): Set<string> {
  const ids = new Set<string>()
  const re = /<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\s*\/>/g
  for (const m of xml.matchAll(re)) ids.add(m[1]!)
  return ids
}

/** Removes, inside each chart-type element, <c:axId> entries that reference no axis. */
export function removeDanglingAxisIds(xml: string): string {
  const defined = definedAxisIds(xml)
  return xml.replace(/<c:(bar|line|area|scatter|bubble|radar|bar3D|line3D|area3D)Chart>[\s\S]*?<\/c:\1Chart>/g, (block) =>
    block.replace(/<c:axId val="(\d+)"\s*\/>/g, (tag, id: string) => (defined.has(id) ? tag : '')),
  )
}

/** A blank point must be absent from the cache (ptCount keeps the length), not an empty value. */
export function removeEmptyPoints(xml: string): string {
  return xml.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, '')
}

/** Adds an East Asian font next to every latin font of the chart text that has none. */
export function addEastAsianFont(xml: string, font: string): string {
  return xml.replace(/<a:latin typeface="([^"]*)"\s*\/>(?!\s*<a:ea)/g, (tag) => `${tag}<a:ea typeface="${font}"/>`)
}

export function fixChartXml(xml: string, opts: FixOptions): string {
  return addEastAsianFont(removeEmptyPoints(removeDanglingAxisIds(xml)), opts.eastAsianFont)
}

export function fixThemeXml(xml: string, opts: FixOptions): string {
  return xml
    .replace(/<a:ea typeface=""\s*\/>/g, `<a:ea typeface="${opts.eastAsianFont}"/>`)
    .replace(/<a:font script="Hans" typeface="[^"]*"\s*\/>/g, `<a:font script="Hans" typeface="${opts.eastAsianFont}"/>`)
}

export interface SeriesCache {
  /** Column letters of the embedded sheet, e.g. "B". */
  column: string
  /** Values by point index; undefined = blank. */
  values: Map<number, number>
}

/** Series values as the chart's numCache holds them, with the sheet column they are linked to. */
export function readSeriesCaches(chartXml: string): SeriesCache[] {
  const out: SeriesCache[] = []
  for (const ser of chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser[1]!)?.[1]
    if (!val) continue
    const col = /<c:f>Sheet1!\$([A-Z]+)\$\d+/.exec(val)?.[1]
    if (!col) continue
    const values = new Map<number, number>()
    for (const pt of val.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)) {
      const n = Number(pt[2])
      if (pt[2]!.trim() !== '' && Number.isFinite(n)) values.set(Number(pt[1]), n)
    }
    out.push({ column: col, values })
  }
  return out
}

/** Rewrites the embedded workbook's value cells from the chart's caches (0 stays 0, blank stays blank). */
export function fixEmbeddedSheetXml(sheetXml: string, caches: SeriesCache[]): string {
  let xml = sheetXml
  for (const c of caches) {
    const re = new RegExp(`<c r="${c.column}(\\d+)"(?: [^>]*)?>(?:<v>[^<]*</v>)?</c>|<c r="${c.column}(\\d+)"(?: [^>]*)?/>`, 'g')
    xml = xml.replace(re, (tag, r1: string | undefined, r2: string | undefined) => {
      const row = Number(r1 ?? r2)
      if (row < 2) return tag // header row
      const v = c.values.get(row - 2)
      return v === undefined ? `<c r="${c.column}${row}"/>` : `<c r="${c.column}${row}"><v>${v}</v></c>`
    })
  }
  return xml
}

export function fixEmbeddedTableXml(xml: string): string {
  return xml.replace(/ref="([A-Z]+\d+:[A-Z]+\d+)'"/, 'ref="$1"').replace(/<tableColumn id="1" name="Column1"\/>/, '<tableColumn id="1" name="类别"/>')
}

/** The first shared string (the empty A1 header) gets the first table column's name. */
export function fixEmbeddedSharedStrings(xml: string): string {
  return xml.replace(/<si><t xml:space="preserve"><\/t><\/si>/, '<si><t>类别</t></si>')
}

function fixEmbeddedWorkbook(bytes: Uint8Array, caches: SeriesCache[]): Uint8Array {
  const files = unzipSync(bytes)
  const out: Zippable = {}
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue
    if (name === 'xl/worksheets/sheet1.xml') out[name] = strToU8(fixEmbeddedSheetXml(strFromU8(data), caches))
    else if (/^xl\/tables\/table\d+\.xml$/.test(name)) out[name] = strToU8(fixEmbeddedTableXml(strFromU8(data)))
    else if (name === 'xl/sharedStrings.xml') out[name] = strToU8(fixEmbeddedSharedStrings(strFromU8(data)))
    else out[name] = data
  }
  return zipSync(out)
}

/** The embedding a chart links to, from its .rels (e.g. ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx). */
function embeddingOf(files: Record<string, Uint8Array>, chartPath: string): string | null {
  const relsPath = chartPath.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels')
  const rels = files[relsPath]
  if (!rels) return null
  const target = /Target="\.\.\/embeddings\/([^"]+)"/.exec(strFromU8(rels))?.[1]
  return target ? `ppt/embeddings/${target}` : null
}

/** Applies every fix to a .pptx package and returns the new bytes. */
export function fixPptxPackage(pptx: Uint8Array, opts: FixOptions): Uint8Array {
  const files = unzipSync(pptx)
  const replaced = new Map<string, Uint8Array>()
  for (const name of Object.keys(files)) {
    if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) {
      const xml = fixChartXml(strFromU8(files[name]!), opts)
      replaced.set(name, strToU8(xml))
      const emb = embeddingOf(files, name)
      if (emb && files[emb]) replaced.set(emb, fixEmbeddedWorkbook(files[emb]!, readSeriesCaches(xml)))
    } else if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) {
      replaced.set(name, strToU8(fixThemeXml(strFromU8(files[name]!), opts)))
    }
  }
  const out: Zippable = {}
  for (const [name, data] of Object.entries(files)) {
    // Folder entries are not parts of an OPC package; leave them out.
    if (name.endsWith('/')) continue
    out[name] = replaced.get(name) ?? data
  }
  return zipSync(out)
}
