// Hostile and damaged files, generated into a folder (nothing big is checked in). Each case says
// what a reader must answer: the error code and words its message must (or must not) contain.
// Together with two good reports, so a test can also see that the rest of the batch is read.
import { execFileSync } from 'node:child_process'
import { closeSync, copyFileSync, openSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDeflateRaw, crc32 } from 'node:zlib'
import { makeReport } from '../core/fixtures/make-report'
import { renderText } from '../core/fixtures/render-text'
import { documentXml, docxOf, makeZip } from './zip-writer'

export interface HostileCase {
  name: string
  /** Error code expected, or 'read' for a file that must be read. */
  expect: string
  /** Words the message must contain. */
  says?: string[]
  /** Words the message must not contain. */
  never?: string[]
  /** Large on disk or once inflated: its memory is measured on its own. */
  heavy?: boolean
}

const FIX = fileURLToPath(new URL('../fixtures/readers', import.meta.url))
const MB = 1024 * 1024

/** Write `total` bytes made of `chunk` repeated (plus head and tail), without holding them in memory. */
function writeRepeated(path: string, head: string, chunk: string, total: number, tail = ''): void {
  const fd = openSync(path, 'w')
  const block = Buffer.from(chunk.repeat(Math.max(1, Math.floor(MB / Buffer.byteLength(chunk)))))
  let written = writeSync(fd, Buffer.from(head))
  while (written + block.length < total) written += writeSync(fd, block)
  writeSync(fd, Buffer.from(tail))
  closeSync(fd)
}

/** A deflated stream of `head + chunk × n + tail`, made without holding the inflated bytes. */
async function deflatedRepeat(head: string, chunk: string, total: number, tail: string): Promise<{ deflated: Uint8Array; size: number; crc: number }> {
  const z = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  z.on('data', (b: Buffer) => out.push(b))
  const done = new Promise((r) => z.on('end', r))
  const block = Buffer.from(chunk.repeat(Math.floor(MB / Buffer.byteLength(chunk))))
  let size = 0
  let crc = 0
  const put = (b: Buffer): void => {
    z.write(b)
    size += b.length
    crc = crc32(b, crc)
  }
  put(Buffer.from(head))
  while (size + block.length < total) put(block)
  put(Buffer.from(tail))
  z.end()
  await done
  return { deflated: new Uint8Array(Buffer.concat(out)), size, crc }
}

export const GOOD_TEXT = renderText(makeReport(11, '2021'), 'rows')

export async function writeHostileFiles(dir: string): Promise<HostileCase[]> {
  const cases: HostileCase[] = []
  const add = (c: HostileCase, write: (path: string) => void | Promise<void>): Promise<void> => {
    cases.push(c)
    return Promise.resolve(write(join(dir, c.name)))
  }
  const lines = GOOD_TEXT.split('\n')

  // ── good reports: the batch must still read these ───────────────────────────────────────────
  await add({ name: 'good-report.txt', expect: 'read' }, (p) => writeFileSync(p, GOOD_TEXT))
  await add({ name: 'good-report.docx', expect: 'read' }, (p) => writeFileSync(p, docxOf(lines)))

  // ── whole-process failures and unbounded work (issue 16) ────────────────────────────────────
  await add({ name: 'short-lines.txt', heavy: true, expect: 'TOO_LARGE', says: ['文字内容过多'] }, (p) => writeRepeated(p, GOOD_TEXT, '短行\n', 99 * MB))
  await add({ name: 'huge-page.html', heavy: true, expect: 'TOO_LARGE', says: ['疑似异常文件'] }, (p) => writeRepeated(p, '<html><body>', '<p>第一行</p>\n', 99 * MB, '</body></html>'))
  await add({ name: 'paragraph-bomb.docx', heavy: true, expect: 'TOO_LARGE', says: ['解压后内容过大'] }, async (p) => {
    const xmlHead = documentXml(lines).replace('</w:body></w:document>', '')
    const z = await deflatedRepeat(xmlHead, '<w:p><w:r><w:t>填充</w:t></w:r></w:p>', 190 * MB, '</w:body></w:document>')
    writeFileSync(p, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: new Uint8Array(0), deflated: z.deflated, declaredSize: z.size, crc: z.crc }]))
  })
  await add({ name: 'paragraphs-under-bound.docx', heavy: true, expect: 'TOO_LARGE', says: ['段落或表格过多'] }, async (p) => {
    // Inflates to less than the entry bound but holds far more paragraphs than a report.
    const xmlHead = documentXml(lines).replace('</w:body></w:document>', '')
    const z = await deflatedRepeat(xmlHead, '<w:p><w:r><w:t>填</w:t></w:r></w:p>', 40 * MB, '</w:body></w:document>')
    writeFileSync(p, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: new Uint8Array(0), deflated: z.deflated, declaredSize: z.size, crc: z.crc }]))
  })
  await add({ name: 'directory-says-smaller.docx', expect: 'CORRUPT', says: ['大小与实际内容不符'] }, (p) => writeFileSync(p, docxOf(lines, { declaredSize: 1000 })))
  await add({ name: 'directory-says-larger.docx', expect: 'CORRUPT', says: ['大小与实际内容不符'] }, (p) => writeFileSync(p, docxOf(lines, { declaredSize: 50 * MB })))
  await add({ name: 'wrong-crc.docx', expect: 'CORRUPT', says: ['CRC'] }, (p) => writeFileSync(p, docxOf(lines, { crc: 12345 })))
  await add({ name: 'zip64-count.docx', expect: 'CORRUPT', says: ['条目', '与文件大小不符'], never: ['过大'] }, (p) =>
    writeFileSync(p, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }], { zip64Count: 4_000_000_000n })),
  )
  await add({ name: 'unclosed-tags.docx', expect: 'read' }, (p) => {
    const xml = documentXml(lines).replace('</w:body>', `<w:p><w:r><w:t>${'<a '.repeat(80_000)}</w:t></w:r></w:p></w:body>`)
    writeFileSync(p, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from(xml) }]))
  })
  await add({ name: 'deep-nesting.html', expect: 'TOO_LARGE', says: ['嵌套过深'] }, (p) =>
    writeFileSync(p, `<html><body><h1>政府信息公开工作年度报告</h1>${'<div>'.repeat(20_000)}一、总体情况${'</div>'.repeat(20_000)}</body></html>`),
  )
  await add({ name: 'one-long-line.txt', heavy: true, expect: 'TOO_LARGE', says: ['疑似异常文件'] }, (p) => writeRepeated(p, GOOD_TEXT.replace(/\n/g, ' '), '很长的一行没有换行', 16 * MB))

  // ── handled before, kept handled ────────────────────────────────────────────────────────────
  await add({ name: 'entry-count-bomb.docx', expect: 'TOO_LARGE', says: ['条目过多'], never: ['MB'] }, (p) => {
    const entries = Array.from({ length: 6000 }, (_, i) => ({ name: `word/f${i}.xml`, data: new Uint8Array(0) }))
    writeFileSync(p, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, ...entries]))
  })
  await add({ name: 'honest-bomb.docx', heavy: true, expect: 'TOO_LARGE', says: ['解压后内容过大'] }, async (p) => {
    const z = await deflatedRepeat('', '\0', 300 * MB, '')
    writeFileSync(p, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: new Uint8Array(0), deflated: z.deflated, declaredSize: z.size, crc: z.crc }]))
  })
  await add({ name: 'billion-laughs.docx', expect: 'read' }, (p) => {
    // The entities are never expanded: the report around them is read as it is.
    const dtd = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') + ']>'
    const xml = documentXml([...lines, '&lol9;']).replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', `<?xml version="1.0"?>${dtd}`).replace('&amp;lol9;', '&lol9;')
    writeFileSync(p, makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from(xml) }]))
  })
  await add({ name: 'bad-base64.mht', expect: 'CORRUPT', says: ['解码后为空'], never: ['0 字节'] }, (p) =>
    writeFileSync(p, 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!@@@@####\r\n--B--\r\n'),
  )
  await add({ name: 'fifo.txt', expect: 'UNREADABLE', says: ['不是普通文件'], never: ['空文件'] }, (p) => {
    execFileSync('mkfifo', [p])
  })
  await add({ name: 'loop.pdf', expect: 'UNREADABLE' }, (p) => {
    symlinkSync(join(dir, 'loop-b.pdf'), p)
    symlinkSync(p, join(dir, 'loop-b.pdf'))
    cases.push({ name: 'loop-b.pdf', expect: 'UNREADABLE' })
  })
  await add({ name: 'encrypted.pdf', heavy: true, expect: 'ENCRYPTED' }, (p) => copyFileSync(join(FIX, 'encrypted.pdf'), p))
  await add({ name: 'truncated.pdf', expect: 'CORRUPT' }, (p) => {
    const whole = readFileSync(join(FIX, 'roundtrip.pdf'))
    writeFileSync(p, whole.subarray(0, Math.floor(whole.length / 3)))
  })
  await add({ name: 'garbage.pdf', expect: 'CORRUPT' }, (p) => writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))))
  await add({ name: 'empty.docx', expect: 'EMPTY', says: ['0 字节'] }, (p) => writeFileSync(p, ''))
  return cases
}
