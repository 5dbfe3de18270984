// Round trips the tests generate (PDF printed by Chromium, DOCX from the docx package, HTML in
// UTF-8 and GBK) and bad input, each refused with a Chinese message naming the file.
import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx'
import { zipSync } from 'fflate'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeText } from '../../shared/text/decode'
import type { SourceDocument, TableBlock } from '../../shared/model/document'
import { readDocx } from '../../src-main/readers/docx'
import { readFile } from '../../src-main/readers/index'
import { writeCompoundFile } from './cfb-writer'
// @ts-expect-error plain .mjs helper shared with the fixture script
import { ROUND_TRIP_ROWS, rowLabel, rowNumbers, roundTripHtml } from '../fixtures/readers/roundtrip-html.mjs'
import { rmSync } from 'node:fs'

const FIX = resolve(__dirname, '../fixtures/readers')
const tmp = mkdtempSync(join(tmpdir(), 'readers-test-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function write(name: string, data: string | Uint8Array): string {
  const p = join(tmp, name)
  writeFileSync(p, data)
  return p
}

function onlyTable(doc: SourceDocument, needle: string): TableBlock {
  const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text.includes(needle))))
  if (!t) throw new Error(`no table with ${needle}`)
  return t
}

/** The round-trip table's data rows: [label, n1, n2, n3], whatever merged cells precede them. */
function dataRows(t: TableBlock): string[][] {
  return t.rows.filter((r) => r.length >= 4 && /^\d+$/.test(r[r.length - 1]!.text)).map((r) => r.slice(-4).map((c) => c.text))
}

function expectRoundTripTable(doc: SourceDocument): void {
  const t = onlyTable(doc, '申请人情况')
  const rows = dataRows(t)
  expect(rows).toHaveLength(ROUND_TRIP_ROWS)
  rows.forEach((r, k) => expect(r).toEqual([rowLabel(k + 1), ...rowNumbers(k + 1).map(String)]))
  // Merged cells appear once, with their span.
  const merged = t.rows.flat().filter((c) => c.text === '三、本年度办理结果')
  expect(merged).toHaveLength(1)
  expect(merged[0]!.rowSpan).toBe(ROUND_TRIP_ROWS)
  expect(t.rows.flat().filter((c) => c.text === '申请人情况')).toHaveLength(1)
  expect(t.rows.flat().find((c) => c.text === '申请人情况')!.colSpan).toBe(3)
}

describe('decodeText', () => {
  const s = '政府信息公开工作年度报告 2024'
  it('reads UTF-8, UTF-8 with BOM, UTF-16 and GBK', () => {
    expect(decodeText(new TextEncoder().encode(s))).toEqual({ text: s, encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]))).toEqual({ text: s, encoding: 'utf-8-bom' })
    expect(decodeText(new Uint8Array(iconv.encode(s, 'utf16-le', { addBOM: true })))).toEqual({ text: s, encoding: 'utf-16le' })
    expect(decodeText(new Uint8Array(iconv.encode(s, 'gbk')))).toEqual({ text: s, encoding: 'gb18030' })
  })
})

describe('PDF', () => {
  it('round trip: a Chromium-printed table broken across pages, wrapped labels, merged cells', async () => {
    const r = await readFile(join(FIX, 'roundtrip.pdf'))
    if (!r.ok) throw new Error(r.error.message)
    expectRoundTripTable(r.document)
    const t = onlyTable(r.document, '申请人情况')
    expect(new Set(t.rowPages).size).toBeGreaterThan(1) // really spans pages
    expect(t.rows.flat().filter((c) => c.text === '自然人')).toHaveLength(1) // repeated header dropped
    const prose = r.document.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))
    expect(prose).toContain('2024年，本局主动公开政府信息33887 条，受理政府信息公开申请120件，全部按期答复。这是一段足够长的文字，用来检查换行后的句子是否完整地连在一起，不出现多余的空格。')
  })

  it('encrypted PDF → ENCRYPTED', async () => {
    const r = await readFile(join(FIX, 'encrypted.pdf'))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('ENCRYPTED')
      expect(r.error.message).toContain('「encrypted.pdf」')
      expect(r.error.message).toContain('加密')
    }
  })

  it('truncated PDF → CORRUPT', async () => {
    const bytes = readFileSync(join(FIX, 'roundtrip.pdf'))
    const p = write('cut.pdf', bytes.subarray(0, 2000))
    const r = await readFile(p)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('CORRUPT')
      expect(r.error.message).toMatch(/^「cut\.pdf」.*损坏/)
    }
  })

  it('image-only PDF with OCR turned off → SCANNED with the page count', async () => {
    const r = await readFile(join(FIX, 'image-only.pdf'), { ocr: false })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('SCANNED')
      expect(r.error.message).toContain('「image-only.pdf」是扫描件，未含可提取文字（共 2 页）')
    }
  })
})

describe('DOCX', () => {
  function docxTable(): Table {
    const cell = (text: string, extra: Record<string, unknown> = {}): TableCell => new TableCell({ children: [new Paragraph(text)], ...extra })
    const rows = [
      new TableRow({ children: [cell('项目', { columnSpan: 2, verticalMerge: VerticalMergeType.RESTART }), cell('申请人情况', { columnSpan: 3 })] }),
      new TableRow({ children: [cell('', { columnSpan: 2, verticalMerge: VerticalMergeType.CONTINUE }), cell('自然人'), cell('法人'), cell('总计')] }),
    ]
    for (let i = 1; i <= ROUND_TRIP_ROWS; i++) {
      const label = i === 1 ? cell('三、本年度办理结果', { verticalMerge: VerticalMergeType.RESTART }) : cell('', { verticalMerge: VerticalMergeType.CONTINUE })
      rows.push(new TableRow({ children: [label, cell(rowLabel(i)), ...rowNumbers(i).map((n: number) => cell(String(n)))] }))
    }
    return new Table({ rows })
  }

  it('round trip: paragraphs, nested runs, line breaks, gridSpan and vMerge', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('云溪测试局2024年'), new TextRun({ text: '政府信息公开工作年度报告', bold: true })] }),
            new Paragraph({ children: [new TextRun('一、总体情况'), new TextRun({ break: 1 }), new TextRun('全年主动公开政府信息33887 条。')] }),
            docxTable(),
          ],
        },
      ],
    })
    const p = write('roundtrip.docx', new Uint8Array(await Packer.toBuffer(doc)))
    const r = await readFile(p)
    if (!r.ok) throw new Error(r.error.message)
    const paras = r.document.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))
    expect(paras).toEqual(['云溪测试局2024年政府信息公开工作年度报告', '一、总体情况', '全年主动公开政府信息33887 条。'])
    expectRoundTripTable(r.document)
    const t = onlyTable(r.document, '申请人情况')
    expect(t.rows[0]![0]).toEqual({ text: '项目', rowSpan: 2, colSpan: 2 })
    expect(t.rows[1]!.map((c) => c.text)).toEqual(['自然人', '法人', '总计'])
  })

  it('zip bomb → TOO_LARGE, without inflating it', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const r = readDocx(bomb, '/x/bomb.docx', 'bomb.docx', { maxUncompressedBytes: 10 * 1024 * 1024, maxEntries: 100 })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('TOO_LARGE')
      expect(r.error.message).toContain('「bomb.docx」')
    }
  })

  it('too many entries → TOO_LARGE', () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 50; i++) files[`f${i}.xml`] = new Uint8Array(1)
    const r = readDocx(zipSync(files), '/x/many.docx', 'many.docx', { maxUncompressedBytes: 1e9, maxEntries: 20 })
    expect(!r.ok && r.error.code).toBe('TOO_LARGE')
  })

  it('not a zip → CORRUPT; a broken compound file → CORRUPT; encrypted OOXML → ENCRYPTED', async () => {
    const notZip = await readFile(write('fake.docx', '这不是一个压缩包，只是文字：政府信息公开工作年度报告'))
    expect(!notZip.ok && notZip.error.code).toBe('CORRUPT')
    expect(!notZip.ok && notZip.error.message).toContain('「fake.docx」')
    const ole = new Uint8Array(4096)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const doc = await readFile(write('old.doc', ole))
    expect(!doc.ok && doc.error.code).toBe('CORRUPT')
    expect(!doc.ok && doc.error.message).toContain('「old.doc」')
    const enc = writeCompoundFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(5000) })
    const e = await readFile(write('locked.docx', enc))
    expect(!e.ok && e.error.code).toBe('ENCRYPTED')
  })
})

describe('HTML', () => {
  it('UTF-8 page: report table with rowspan/colspan', async () => {
    const r = await readFile(write('page.html', roundTripHtml()))
    if (!r.ok) throw new Error(r.error.message)
    expectRoundTripTable(r.document)
  })

  it('GBK page declared gb2312, inside portal chrome: chrome dropped, report kept', async () => {
    const body = roundTripHtml()
      .replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
      .replace('<body>', '<body><div class="nav">首页 | 政务公开 | 当前位置：首页 > 年报</div><script>document.write("恶意脚本")</script><div class="content">')
      .replace('</body>', '</div><div class="footer">版权所有：云溪测试局 浙ICP备12345678号</div></body>')
    const r = await readFile(write('page.htm', new Uint8Array(iconv.encode(body, 'gbk'))))
    if (!r.ok) throw new Error(r.error.message)
    expectRoundTripTable(r.document)
    const all = JSON.stringify(r.document.blocks)
    expect(all).not.toContain('恶意脚本')
    expect(all).not.toContain('当前位置')
    expect(all).not.toContain('ICP备')
  })

  it('MHTML with a quoted-printable page', async () => {
    const html = Buffer.from(roundTripHtml(), 'utf8')
    let qp = ''
    for (const b of html) qp += b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`
    qp = qp.replace(/(.{70})/g, '$1=\r\n')
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="XYZ"\r\n\r\n--XYZ\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}\r\n--XYZ--\r\n`
    const r = await readFile(write('page.mhtml', mht))
    if (!r.ok) throw new Error(r.error.message)
    expectRoundTripTable(r.document)
  })

  // An 8-bit body (no transfer encoding): its UTF-8 bytes 0x80–0x9F were turned into other bytes
  // (the body was read through windows-1252), and every Chinese character came out garbled.
  it('MHTML with an 8-bit UTF-8 page', async () => {
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="XYZ"\r\n\r\n--XYZ\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${roundTripHtml()}\r\n--XYZ--\r\n`
    const r = await readFile(write('page8.mhtml', mht))
    if (!r.ok) throw new Error(r.error.message)
    expectRoundTripTable(r.document)
  })

  it('scripts and no report → NOT_A_REPORT', async () => {
    const r = await readFile(write('ad.html', '<html><body><script>alert("政府信息公开")</script><p>欢迎访问本站，今日天气晴。</p></body></html>'))
    expect(!r.ok && r.error.code).toBe('NOT_A_REPORT')
    expect(!r.ok && r.error.message).toContain('「ad.html」')
  })
})

describe('readFile guards', () => {
  it('0-byte file → EMPTY', async () => {
    const r = await readFile(write('empty.pdf', ''))
    expect(!r.ok && r.error).toEqual({ code: 'EMPTY', message: expect.stringContaining('「empty.pdf」是空文件') })
  })

  it('200 MB file → TOO_LARGE by size, without reading it', async () => {
    const p = write('huge.pdf', '')
    truncateSync(p, 200 * 1024 * 1024)
    const r = await readFile(p)
    expect(!r.ok && r.error.code).toBe('TOO_LARGE')
    expect(!r.ok && r.error.message).toContain('「huge.pdf」过大（200.0 MB）')
    // Refused from its size alone: it was never read, so it has no content hash.
    expect(r.sha256).toBeUndefined()
  })

  it('misleading extension: a PDF named .docx and HTML named .txt are read by content', async () => {
    const asDocx = join(tmp, 'really-a-pdf.docx')
    copyFileSync(join(FIX, 'roundtrip.pdf'), asDocx)
    const a = await readFile(asDocx)
    expect(a.ok && a.document.format).toBe('pdf')
    const b = await readFile(write('really-html.txt', roundTripHtml()))
    expect(b.ok && b.document.format).toBe('html')
  })

  it('vanished path and directory named .pdf → UNREADABLE naming the file', async () => {
    const gone = await readFile(join(tmp, 'gone.pdf'))
    expect(!gone.ok && gone.error.code).toBe('UNREADABLE')
    expect(!gone.ok && gone.error.message).toContain('「gone.pdf」')
    const r = await readFile(tmp)
    expect(!r.ok && r.error.code).toBe('UNREADABLE')
  })

  it('GBK text report', async () => {
    const r = await readFile(write('r.txt', new Uint8Array(iconv.encode('云溪测试局政府信息公开工作年度报告\n一、总体情况\n主动公开信息 12 条。', 'gbk'))))
    expect(r.ok && r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['云溪测试局政府信息公开工作年度报告', '一、总体情况', '主动公开信息 12 条。'])
    expect(r.ok && r.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})
