// Word 97 .doc and WPS .wps: files saved by LibreOffice (fixtures, see make-legacy-fixtures.mjs), the
// corpus's .doc against its DOCX, generated row definitions with merges, and hostile compound files.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { TableBlock, TableCell } from '../../shared/model/document'
import { readDoc } from '../../src-main/readers/doc'
import type { DocParagraph } from '../../src-main/readers/doc-binary'
import type { Sprm } from '../../src-main/readers/doc-sprms'
import { docBlocks } from '../../src-main/readers/doc-tables'
import { readDocx } from '../../src-main/readers/docx'
import { readFile } from '../../src-main/readers/index'
import { rng } from '../core/fixtures/make-report'
// @ts-expect-error plain .mjs helper shared with the fixture script
import { ROUND_TRIP_ROWS, rowLabel, rowNumbers } from '../fixtures/readers/roundtrip-html.mjs'
import { writeCompoundFile } from './cfb-writer'

const FIX = resolve(__dirname, '../fixtures/readers')
const CORPUS = resolve(__dirname, '../../../shared/corpus')
const tmp = mkdtempSync(join(tmpdir(), 'doc-test-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function write(name: string, data: Uint8Array): string {
  const p = join(tmp, name)
  writeFileSync(p, data)
  return p
}

function tableWith(blocks: { kind: string }[], needle: string): TableBlock {
  const t = (blocks as TableBlock[]).find((b) => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text.includes(needle))))
  if (!t) throw new Error(`no table with ${needle}`)
  return t
}

describe('Word 97 files saved by an office suite', () => {
  it.each([
    ['roundtrip.doc', 'doc'],
    ['roundtrip.wps', 'wps'],
  ])('%s: a header merged both ways, a label merged down 40 rows, every row whole', async (name, format) => {
    const r = await readFile(join(FIX, name))
    if (!r.ok) throw new Error(r.error.message)
    expect(r.document.format).toBe(format)
    const t = tableWith(r.document.blocks, '申请人情况')
    expect(t.rows[0]).toEqual([{ text: '项目', rowSpan: 2, colSpan: 2 }, { text: '申请人情况', colSpan: 3 }])
    expect(t.rows[2]![0]).toEqual({ text: '三、本年度办理结果', rowSpan: ROUND_TRIP_ROWS })
    const data = t.rows.slice(2).map((row) => row.slice(-4).map((c) => c.text))
    expect(data).toEqual(Array.from({ length: ROUND_TRIP_ROWS }, (_, i) => [rowLabel(i + 1), ...rowNumbers(i + 1).map(String)]))
    const paras = r.document.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))
    expect(paras[0]).toBe('云溪测试局2024年政府信息公开工作年度报告')
  })

  it('two label columns merged down (三、本年度办理结果 over （三）不予公开 over its items)', () => {
    const r = readDoc(new Uint8Array(readFileSync(join(FIX, 'merged-labels.doc'))), 'merged-labels.doc', 'merged-labels.doc', 'doc')
    if (!r.ok) throw new Error(r.error.message)
    const t = tableWith(r.document.blocks, '项目')
    expect(t.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['项目', '自然人', '法人', '总计'],
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '1', '10', '11'],
      ['2.其他法律行政法规禁止公开', '2', '20', '22'],
      ['3.危及“三安全一稳定”', '3', '30', '33'],
      ['（四）无法提供', '1.本机关不掌握相关政府信息', '4', '40', '44'],
      ['2.没有现成信息需要另行制作', '5', '50', '55'],
    ])
    expect(t.rows[0]![0]!.colSpan).toBe(3)
    expect(t.rows[1]![0]!.rowSpan).toBe(5)
    expect(t.rows[1]![1]!.rowSpan).toBe(3)
    expect(t.rows[4]![0]!.rowSpan).toBe(2)
  })

  const corpusDocs = existsSync(join(CORPUS, 'legacy-formats')) ? readdirSync(join(CORPUS, 'legacy-formats')).filter((n) => n.endsWith('.doc')) : []
  it.skipIf(corpusDocs.length === 0).each(corpusDocs)('corpus %s gives the same blocks as its DOCX', (name) => {
    const docx = join(CORPUS, 'synthetic', name.replace(/\.doc$/, '.docx'))
    if (!existsSync(docx)) return
    const a = readDoc(new Uint8Array(readFileSync(join(CORPUS, 'legacy-formats', name))), name, name, 'doc')
    const b = readDocx(new Uint8Array(readFileSync(docx)), docx, docx)
    if (!a.ok || !b.ok) throw new Error('read failed')
    expect(a.document.blocks).toEqual(b.document.blocks)
  })
})

/** Paragraphs of a table as Word writes them: cell paragraphs ending \x07 (in-table), then a row-end
 *  paragraph carrying the row definition (cell edges and vertical-merge flags). */
function encodeTable(rows: { text: string; width: number; vMerge: 0 | 1 | 3 }[][]): DocParagraph[] {
  const inTable: Sprm = { op: 0x2416, arg: new Uint8Array([1]) }
  const out: DocParagraph[] = []
  for (const row of rows) {
    for (const c of row) out.push({ text: `${c.text}\x07`, sprms: [inTable] })
    const n = row.length
    const arg = new Uint8Array(1 + (n + 1) * 2 + n * 20)
    const v = new DataView(arg.buffer)
    arg[0] = n
    let x = 0
    v.setInt16(1, x, true)
    row.forEach((c, i) => {
      x += c.width
      v.setInt16(1 + (i + 1) * 2, x, true)
      v.setUint16(1 + (n + 1) * 2 + i * 20, c.vMerge << 5, true)
    })
    out.push({ text: '\x07', sprms: [inTable, { op: 0x2417, arg: new Uint8Array([1]) }, { op: 0xd608, arg }] })
  }
  return out
}

describe('tables from row definitions (generated)', () => {
  it('300 random tables with merged label columns and spans come back cell for cell', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = rng(seed)
      const cols = 3 + Math.floor(rand() * 5)
      const nRows = 2 + Math.floor(rand() * 12)
      const unit = 400 + Math.floor(rand() * 600)
      // A grid of cells; the first column may run merged down for several rows.
      const rows: { text: string; width: number; vMerge: 0 | 1 | 3 }[][] = []
      const expected: TableCell[][] = []
      let mergeLeft = 0
      let mergeCell: TableCell | null = null
      for (let r = 0; r < nRows; r++) {
        const row: (typeof rows)[number] = []
        const exp: TableCell[] = []
        let c = 0
        if (mergeLeft > 0) {
          row.push({ text: '', width: unit, vMerge: 1 })
          mergeCell!.rowSpan = (mergeCell!.rowSpan ?? 1) + 1
          mergeLeft--
          c = 1
        } else if (rand() < 0.3 && r < nRows - 1) {
          mergeLeft = 1 + Math.floor(rand() * (nRows - r - 1))
          mergeCell = { text: `标签${r}` }
          row.push({ text: `标签${r}`, width: unit, vMerge: 3 })
          exp.push(mergeCell)
          c = 1
        }
        while (c < cols) {
          // (The last row has every cell single, so every column edge is defined by some row.)
          const span = c < cols - 1 && r < nRows - 1 && rand() < 0.2 ? 2 : 1
          const text = rand() < 0.15 ? '' : String(Math.floor(rand() * 1000))
          row.push({ text, width: unit * span, vMerge: 0 })
          exp.push(span > 1 ? { text, colSpan: span } : { text })
          c += span
        }
        rows.push(row)
        expected.push(exp)
      }
      const blocks = docBlocks([{ text: '表前文字\r', sprms: [] }, ...encodeTable(rows), { text: '表后文字\r', sprms: [] }])
      expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph'])
      expect((blocks[1] as TableBlock).rows, `seed ${seed}`).toEqual(expected)
    }
  })

  it('field codes are hidden and their results kept; Word marks mapped', () => {
    const blocks = docBlocks([{ text: '共\x13 PAGE \x1412\x15件\x0b下一行\x1e连字\r', sprms: [] }])
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['共12件', '下一行-连字'])
  })
})

/** Bytes of the round-trip .doc with `patch` applied to a copy. */
function patched(patch: (b: Uint8Array, v: DataView) => void): Uint8Array {
  const b = new Uint8Array(readFileSync(join(FIX, 'roundtrip.doc')))
  patch(b, new DataView(b.buffer))
  return b
}

/** Offset of the directory entry named `name` (UTF-16) in a compound file. */
function dirEntry(b: Uint8Array, name: string): number {
  const needle = [...name].flatMap((c) => [c.charCodeAt(0), 0])
  for (let i = 0; i + needle.length < b.length; i += 128) if (needle.every((x, k) => b[i + k] === x)) return i
  throw new Error(`no entry ${name}`)
}

describe('hostile and foreign compound files: a clear error naming the file, fast', () => {
  const cases: [string, string, string, Uint8Array][] = ([
    ['truncated.doc', new Uint8Array(readFileSync(join(FIX, 'roundtrip.doc'))).slice(0, 9000), 'CORRUPT', '文件被截断'],
    [
      'loop.doc',
      patched((b, v) => {
        // Every FAT entry points at itself: any chain loops.
        const fatSector = v.getUint32(0x4c, true)
        for (let i = 0; i < 128; i++) v.setUint32((fatSector + 1) * 512 + i * 4, i, true)
      }),
      'CORRUPT',
      '「loop.doc」',
    ],
    [
      'encrypted.doc',
      patched((b, v) => {
        const e = dirEntry(b, 'WordDocument')
        const start = v.getUint32(e + 116, true)
        b[(start + 1) * 512 + 0x0b] = b[(start + 1) * 512 + 0x0b]! | 0x01 // fEncrypted
      }),
      'ENCRYPTED',
      '已加密',
    ],
    [
      'word95.doc',
      patched((b, v) => {
        const start = v.getUint32(dirEntry(b, 'WordDocument') + 116, true)
        v.setUint16((start + 1) * 512 + 2, 0x65, true) // nFib of Word 6.0/95
      }),
      'UNSUPPORTED',
      'Word 6.0/95',
    ],
    [
      'huge.doc',
      patched((b, v) => {
        const start = v.getUint32(dirEntry(b, 'WordDocument') + 116, true)
        v.setUint32((start + 1) * 512 + 0x4c, 20_000_000, true) // ccpText: 20 million characters (some 10,000 pages)
      }),
      'UNSUPPORTED',
      '正文过长',
    ],
    ['sheet.doc', writeCompoundFile({ Workbook: new Uint8Array(5000) }), 'UNSUPPORTED', 'Excel'],
    ['old-wps.wps', writeCompoundFile({ WpsContent: new Uint8Array(5000) }), 'UNSUPPORTED', '请在 WPS 或 Word 中另存为 DOCX 或 PDF'],
    ['dos.wps', new Uint8Array([0xff, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, ...new Array(2000).fill(7)]), 'CORRUPT', '「dos.wps」'],
    ['rich.doc', new TextEncoder().encode('{\\rtf1\\ansi 政府信息公开工作年度报告}'), 'UNSUPPORTED', 'RTF'],
  ] as [string, Uint8Array, string, string][]).map(([name, bytes, code, words]) => [name, code, words, bytes])
  it.each(cases)('%s → %s', async (name, code, words, bytes) => {
    const t0 = Date.now()
    const r = await readFile(write(name, bytes))
    expect(Date.now() - t0).toBeLessThan(5000)
    expect(!r.ok && r.error.code).toBe(code)
    expect(!r.ok && r.error.message).toContain(words)
    expect(!r.ok && r.error.message).toContain(`「${name}」`)
  })

  it('500 random corruptions of a .doc: each read or refused, never thrown, in bounded time', () => {
    const good = new Uint8Array(readFileSync(join(FIX, 'roundtrip.doc')))
    const rand = rng(99)
    const t0 = Date.now()
    let ok = 0
    for (let k = 0; k < 500; k++) {
      const b = good.slice()
      for (let j = 0; j < 1 + Math.floor(rand() * 8); j++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256)
      const r = readDoc(b, 'x.doc', 'x.doc', 'doc')
      if (r.ok) ok++
      else expect(r.error.message).toMatch(/^「x\.doc」/)
    }
    expect(ok).toBeGreaterThan(0)
    expect(Date.now() - t0).toBeLessThan(20000)
  })
})

describe('import paths', () => {
  it('a folder with .doc, .wps and .ofd reports: each planned for reading, other files skipped', async () => {
    const { expandPaths } = await import('../../src-main/import/expand')
    const dir = mkdtempSync(join(tmpdir(), 'legacy-folder-'))
    for (const n of ['a.doc', 'b.WPS', 'c.ofd', 'd.xyz']) writeFileSync(join(dir, n), 'x')
    const plan = await expandPaths([dir])
    rmSync(dir, { recursive: true, force: true })
    expect(plan.map((p) => [p.path.replace(/^.*\//, ''), p.action]).sort()).toEqual([
      ['a.doc', 'read'],
      ['b.WPS', 'read'],
      ['c.ofd', 'read'],
      ['d.xyz', 'skip'],
    ])
  })
})
