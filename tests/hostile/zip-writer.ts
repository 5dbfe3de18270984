// A minimal ZIP writer for the hostile-file tests: each entry may lie in the central directory
// (declared size, CRC), and the end record may lie about the entry count (also as zip64).
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipEntrySpec {
  name: string
  data: Uint8Array
  /** Stored compressed bytes to use instead of deflating `data` (for streamed bombs). */
  deflated?: Uint8Array
  /** Size written in the directory instead of the real one. */
  declaredSize?: number
  crc?: number
}

export function makeZip(entries: ZipEntrySpec[], opts: { declaredCount?: number; zip64Count?: bigint } = {}): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const comp = Buffer.from(e.deflated ?? deflateRawSync(e.data))
    const size = e.declaredSize ?? e.data.length
    const crc = e.crc ?? crc32(e.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(comp.length, 18)
    local.writeUInt32LE(Math.min(size, 0xfffffffe), 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, comp)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(comp.length, 20)
    central.writeUInt32LE(Math.min(size, 0xfffffffe), 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += 30 + name.length + comp.length
  }
  const cd = Buffer.concat(centrals)
  const tail: Buffer[] = []
  const count = opts.declaredCount ?? entries.length
  if (opts.zip64Count !== undefined) {
    const z = Buffer.alloc(56)
    z.writeUInt32LE(0x06064b50, 0)
    z.writeBigUInt64LE(44n, 4)
    z.writeBigUInt64LE(opts.zip64Count, 24)
    z.writeBigUInt64LE(opts.zip64Count, 32)
    z.writeBigUInt64LE(BigInt(cd.length), 40)
    z.writeBigUInt64LE(BigInt(offset), 48)
    const loc = Buffer.alloc(20)
    loc.writeUInt32LE(0x07064b50, 0)
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8)
    loc.writeUInt32LE(1, 16)
    tail.push(z, loc)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  const shown = opts.zip64Count !== undefined ? 0xffff : Math.min(count, 0xffff)
  end.writeUInt16LE(shown, 8)
  end.writeUInt16LE(shown, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(opts.zip64Count !== undefined ? 0xffffffff : offset, 16)
  return new Uint8Array(Buffer.concat([...locals, cd, ...tail, end]))
}

/** document.xml for paragraphs of text (one w:p each). */
export function documentXml(paragraphs: string[]): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
}

/** A DOCX holding these paragraphs (with the content-types entry Word writes first). */
export function docxOf(paragraphs: string[], doc: Partial<ZipEntrySpec> = {}): Uint8Array {
  const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: 'word/document.xml', data: Buffer.from(documentXml(paragraphs)), ...doc },
  ])
}
