// OFD reader: reports laid out by a generator (render-ofd.ts) and written the ways producers write
// OFD (ofd-writer.ts) must come back through the reader and the extractor as the same model; the
// corpus's OFDs are read cell for cell by `npm run eval`. Hostile packages give a clear error fast.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import type { Report } from '../../shared/model/report'
import type { TableBlock } from '../../shared/model/document'
import { analyzeFiles } from '../../src-main/pipeline/analyze-files'
import { readFile } from '../../src-main/readers/index'
import { ofdPageImages } from '../../src-main/readers/ofd/page-images'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { makeReport } from '../core/fixtures/make-report'
import { writeOfd, type OfdStyle } from './ofd-writer'
import { renderOfdPages } from './render-ofd'

function read(bytes: Uint8Array, name = 'report.ofd') {
  const r = readOfd(bytes, `/x/${name}`, name)
  if (!r.ok) throw new Error(r.error.message)
  return r.document
}

function expectSame(got: Report, model: Report): void {
  expect(got.agency).toBe(model.agency)
  expect(got.year).toBe(model.year)
  expect(got.sections).toEqual(model.sections)
  expect(got.requests.rows).toEqual(model.requests.rows)
  expect(got.reviewLitigation).toEqual(model.reviewLitigation)
  expect(got.activeDisclosure).toEqual(model.activeDisclosure)
}

const HEADER = { texts: [{ text: '政府信息公开工作年度报告', x: 80, y: 15, size: 3.5 }], rules: [] }
const STYLES: [string, OfdStyle][] = [
  ['one object per run, tight boxes, stroked rulings', { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }],
  ['one object per character', { objects: 'char', boxes: 'tight', scale: 1, rules: 'stroke' }],
  ['one object per line (cells apart in DeltaX)', { objects: 'line', boxes: 'tight', scale: 1, rules: 'stroke' }],
  ['page-sized boxes, positions in TextCode', { objects: 'run', boxes: 'page', scale: 1, rules: 'stroke' }],
  ['CTM scaling of text and paths', { objects: 'run', boxes: 'tight', scale: 0.25, rules: 'rect' }],
  ['rulings as thin filled rectangles', { objects: 'char', boxes: 'page', scale: 2, rules: 'rect' }],
  ['page template with a running header, absolute BaseLoc', { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke', template: HEADER, absoluteLocs: true }],
]

describe.each(['2019', '2021'] as const)('OFD from a model, template %s', (template) => {
  it.each(STYLES)('%s', (_, style) => {
    for (const seed of [1, 2, 3]) {
      const model = makeReport(seed * 7 + (template === '2019' ? 0 : 100), template)
      const doc = read(writeOfd(renderOfdPages(model), style))
      expect(doc.format).toBe('ofd')
      expectSame(extractReport(doc).report, model)
      // Table 三 is one real table across the page break, its label columns merged down.
      const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text === '三、本年度办理结果')))!
      expect(t).toBeDefined()
      expect(new Set(t.rowPages).size).toBe(2)
      expect(t.rows.flat().find((c) => c.text === '三、本年度办理结果')!.rowSpan).toBeGreaterThan(15)
    }
  })
})

describe('OFD structure and hostile packages', () => {
  const TEXT = [{ text: '某局2024年政府信息公开工作年度报告', x: 30, y: 40, size: 5 }, { text: '一、总体情况', x: 30, y: 60, size: 4 }, { text: '本年度主动公开政府信息 1,234 条。', x: 30, y: 70, size: 4 }]
  const BASE: OfdStyle = { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }
  const paragraphs = (bytes: Uint8Array): string[] => read(bytes).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))

  it('text from a page template is read with the page; signatures and annotations are skipped with a note', () => {
    const doc = read(
      writeOfd([{ texts: TEXT.slice(1), rules: [] }], {
        ...BASE,
        template: { texts: TEXT.slice(0, 1), rules: [] },
        docBodyExtra: '<ofd:Signatures>Signs/Signatures.xml</ofd:Signatures>',
        documentExtra: '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>',
      }),
    )
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['某局2024年政府信息公开工作年度报告', '一、总体情况', '本年度主动公开政府信息 1,234 条。'])
    expect(doc.notes).toEqual(['文件含电子签章，签章未作为正文读取', '文件含批注，批注未作为正文读取'])
  })

  it('a part declared GB2312 is decoded as such', () => {
    const files = unzipSync(writeOfd([{ texts: TEXT, rules: [] }], BASE))
    const xml = new TextDecoder().decode(files['Doc_0/Pages/Page_0/Content.xml']).replace('encoding="UTF-8"', 'encoding="GB2312"')
    files['Doc_0/Pages/Page_0/Content.xml'] = new Uint8Array(iconv.encode(xml, 'gbk'))
    expect(paragraphs(zipSync(files))).toEqual(['某局2024年政府信息公开工作年度报告', '一、总体情况', '本年度主动公开政府信息 1,234 条。'])
  })

  it('TextCode steps: the `g` repeat, explicit lists and none at all give the same line', () => {
    const styles: OfdStyle[] = [{ ...BASE, objects: 'char' }, BASE, { ...BASE, objects: 'line' }, { ...BASE, noDeltaX: true }]
    for (const style of styles) expect(paragraphs(writeOfd([{ texts: TEXT, rules: [] }], style))).toEqual(['某局2024年政府信息公开工作年度报告', '一、总体情况', '本年度主动公开政府信息 1,234 条。'])
  })

  async function readNamed(name: string, bytes: Uint8Array) {
    const dir = mkdtempSync(join(tmpdir(), 'ofd-test-'))
    const p = join(dir, name)
    writeFileSync(p, bytes)
    const t0 = Date.now()
    const r = await readFile(p)
    const ms = Date.now() - t0
    rmSync(dir, { recursive: true, force: true })
    return { r, ms }
  }

  const page = (xml: string): string => `<?xml version="1.0"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>${xml}</ofd:Layer></ofd:Content></ofd:Page>`
  const good = writeOfd([{ texts: TEXT, rules: [] }], BASE)
  const withPart = (path: string, xml: string): Uint8Array => {
    const files = unzipSync(good)
    files[path] = new TextEncoder().encode(xml)
    return zipSync(files)
  }
  const tenThousand = (): Uint8Array => {
    const files = unzipSync(good)
    const refs = Array.from({ length: 10_000 }, (_, i) => `<ofd:Page ID="${i + 5}" BaseLoc="Pages/Page_0/Content.xml"/>`).join('')
    files['Doc_0/Document.xml'] = new TextEncoder().encode(`<?xml version="1.0"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData/><ofd:Pages>${refs}</ofd:Pages></ofd:Document>`)
    return zipSync(files)
  }
  /** A page that inflates from 300 KB to 300 MB (its declared size, as a zip bomb states it). */
  function bomb(): Uint8Array {
    const zip = zipSync({ 'OFD.xml': new Uint8Array(10), 'Doc_0/Pages/Page_0/Content.xml': new Uint8Array(300 * 1024 * 1024 / 1000) }, { level: 9 })
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    for (let i = 0; i + 4 <= zip.length; i++) if (v.getUint32(i, true) === 0x02014b50 && v.getUint16(i + 28, true) > 10) v.setUint32(i + 24, 300 * 1024 * 1024, true)
    return zip
  }
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>` + page('<ofd:TextObject Boundary="0 0 100 10" Size="4"><ofd:TextCode X="0" Y="4">&lol2;</ofd:TextCode></ofd:TextObject>')
  const cases: [string, string, string, () => Uint8Array][] = [
    ['truncated.ofd', 'CORRUPT', '「truncated.ofd」', () => good.slice(0, Math.floor(good.length / 2))],
    ['bomb.ofd', 'TOO_LARGE', '压缩炸弹', bomb],
    ['entities.ofd', 'UNSUPPORTED', '实体', () => withPart('Doc_0/Pages/Page_0/Content.xml', laughs)],
    ['pages.ofd', 'UNSUPPORTED', '页数过多（共 10000 页', tenThousand],
    ['crowded.ofd', 'UNSUPPORTED', '对象过多', () => withPart('Doc_0/Pages/Page_0/Content.xml', page(Array.from({ length: 30_000 }, (_, i) => `<ofd:TextObject Boundary="${i % 200} ${i / 100} 1 1" Size="0.5"><ofd:TextCode X="0" Y="0.5">字</ofd:TextCode></ofd:TextObject>`).join('')))],
    ['scan.ofd', 'SCANNED', '扫描件', () => writeOfd([{ texts: [], rules: [] }, { texts: [], rules: [] }], { ...BASE, images: true })],
    ['no-root.ofd', 'CORRUPT', 'OFD.xml', () => withPart('OFD.xml', '<?xml version="1.0"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>')],
    ['plain.ofd', 'CORRUPT', '不是 ZIP', () => new TextEncoder().encode('这不是 OFD 文件：政府信息公开工作年度报告')],
  ]
  it.each(cases)('%s → %s, in under 5 s', async (name, code, words, make) => {
    const { r, ms } = await readNamed(name, make())
    expect(ms).toBeLessThan(5000)
    expect(!r.ok && r.error.code).toBe(code)
    expect(!r.ok && r.error.message).toContain(words)
    expect(!r.ok && r.error.message).toContain(`「${name}」`)
  })

  it('scanned OFD: the OCR hook finds each page\'s picture through its MultiMedia resource', () => {
    const r = ofdPageImages(writeOfd([{ texts: [], rules: [] }, { texts: [], rules: [] }], { ...BASE, images: true }), '/x/scan.ofd')
    if (!r.ok) throw new Error(r.error.message)
    expect(r.pages.map((p) => [p.page, p.widthMm, p.heightMm, p.format, [...p.bytes.slice(0, 3)]])).toEqual([
      [1, 210, 297, 'JPEG', [0xff, 0xd8, 0xff]],
      [2, 210, 297, 'JPEG', [0xff, 0xd8, 0xff]],
    ])
  })

  it('an OFD is known by its content whatever its name; a missing page is skipped with a note', async () => {
    const files = unzipSync(writeOfd([{ texts: TEXT, rules: [] }, { texts: TEXT, rules: [] }], BASE))
    delete files['Doc_0/Pages/Page_1/Content.xml']
    const { r } = await readNamed('report.zip', zipSync(files))
    if (!r.ok) throw new Error(r.error.message)
    expect(r.document.format).toBe('ofd')
    expect(r.document.notes).toEqual(['第 2 页缺失（Doc_0/Pages/Page_1/Content.xml），已跳过'])
  })

  it('a batch with hostile OFDs: each refused with its own message, the good report read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ofd-batch-'))
    const files = cases.slice(0, 4).map(([name, , , make]) => {
      writeFileSync(join(dir, name), make())
      return join(dir, name)
    })
    const model = makeReport(5, '2021')
    writeFileSync(join(dir, 'good.ofd'), writeOfd(renderOfdPages(model), BASE))
    const results = await analyzeFiles([...files, join(dir, 'good.ofd')])
    rmSync(dir, { recursive: true, force: true })
    results.slice(0, 4).forEach((x) => expect(x.extraction ?? null).toBeNull())
    results.slice(0, 4).forEach((x, i) => expect(x.error?.message).toContain(`「${cases[i]![0]}」`))
    expect(results[4]!.extraction?.report.requests.rows).toEqual(model.requests.rows)
  })
})
