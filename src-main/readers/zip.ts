// A guarded reader of one entry of a ZIP archive (DOCX, and the other zip-based formats). It reads
// the central directory itself, so it can refuse lies fast: an entry count that the directory's own
// size cannot hold (a 200-byte file claiming 4 billion entries), too many entries, a declared total
// over the bound. The entry is inflated with Node's zlib bounded by its declared size, then its
// actual size and CRC-32 are compared with the directory: a directory that lies about sizes gives a
// clear error, never a silently truncated document and never minutes of inflating.
import { crc32, inflateRawSync } from 'node:zlib'

export interface ZipLimits {
  /** Bound on the declared uncompressed size of all entries together (and of any one). */
  maxUncompressedBytes: number
  /** Bound on the number of entries in the archive. */
  maxEntries: number
  /** Bound on the actual inflated size of the entry read (default: maxUncompressedBytes). */
  maxEntryBytes?: number
}

/** Why an archive was refused; the reader turns it into its Chinese message. */
export type ZipRefusal =
  | { kind: 'not-zip' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'too-many-entries'; entries: number; limit: number }
  | { kind: 'too-large'; limit: number }
  | { kind: 'missing' }

export type ZipEntryResult = { ok: true; data: Uint8Array } | { ok: false; refusal: ZipRefusal }

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const CENTRAL_FIXED = 46

interface CentralEntry {
  name: string
  method: number
  crc: number
  compressedSize: number
  size: number
  localOffset: number
}

const corrupt = (detail: string): { ok: false; refusal: ZipRefusal } => ({ ok: false, refusal: { kind: 'corrupt', detail } })

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i
  return -1
}

/** Entry count, directory size and offset from the end records (zip64 when the classic ones overflow). */
function directoryOf(view: DataView): { count: number; size: number; offset: number } | string {
  const eocd = findEocd(view)
  if (eocd < 0) return '缺少 ZIP 目录结尾记录'
  let count = view.getUint16(eocd + 10, true)
  let size = view.getUint32(eocd + 12, true)
  let offset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20
    if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR) return 'ZIP64 目录定位记录缺失'
    const at = Number(view.getBigUint64(loc + 8, true))
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) return 'ZIP64 目录结尾记录损坏'
    count = Number(view.getBigUint64(at + 32, true))
    size = Number(view.getBigUint64(at + 40, true))
    offset = Number(view.getBigUint64(at + 48, true))
  }
  return { count, size, offset }
}

/** The zip64 extra field's values for the fields the fixed header marks as overflowing. */
function zip64Extra(view: DataView, start: number, length: number, e: CentralEntry): void {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true)
    const len = view.getUint16(p + 2, true)
    if (id === 0x0001) {
      let q = p + 4
      const next = (): number => {
        if (q + 8 > p + 4 + len) return -1
        const v = Number(view.getBigUint64(q, true))
        q += 8
        return v
      }
      if (e.size === 0xffffffff) e.size = next()
      if (e.compressedSize === 0xffffffff) e.compressedSize = next()
      if (e.localOffset === 0xffffffff) e.localOffset = next()
      return
    }
    p += 4 + len
  }
}

export type ZipEntriesResult = { ok: true; files: Record<string, Uint8Array> } | { ok: false; refusal: ZipRefusal }

/** Read one entry by name, within the limits. */
export function readZipEntry(bytes: Uint8Array, wanted: string, limits: ZipLimits): ZipEntryResult {
  const r = readZipEntries(bytes, (name) => name === wanted, limits)
  if (!r.ok) return r
  const data = r.files[wanted]
  return data ? { ok: true, data } : { ok: false, refusal: { kind: 'missing' } }
}

/** Read every entry `want` accepts (the others are never inflated), within the limits: the declared
 *  total, each entry's actual size and CRC, and the actual total of the entries read. */
export function readZipEntries(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits): ZipEntriesResult {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, refusal: { kind: 'not-zip' } }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const dir = directoryOf(view)
  if (typeof dir === 'string') return corrupt(dir)
  // Each directory entry takes at least 46 bytes: a count the directory cannot hold is a lie.
  if (dir.offset + dir.size > bytes.length || dir.count * CENTRAL_FIXED > dir.size) return corrupt(`ZIP 目录声称有 ${dir.count.toLocaleString('zh-CN')} 个条目，与文件大小不符`)
  if (dir.count > limits.maxEntries) return { ok: false, refusal: { kind: 'too-many-entries', entries: dir.count, limit: limits.maxEntries } }
  const decoder = new TextDecoder('utf-8')
  let declared = 0
  const wanted: CentralEntry[] = []
  for (let i = 0, p = dir.offset; i < dir.count; i++) {
    if (p + CENTRAL_FIXED > dir.offset + dir.size || view.getUint32(p, true) !== CENTRAL) return corrupt('ZIP 目录条目损坏')
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const e: CentralEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    }
    zip64Extra(view, p + 46 + nameLen, extraLen, e)
    if (e.size < 0 || e.compressedSize < 0 || e.localOffset < 0) return corrupt('ZIP64 扩展字段损坏')
    declared += e.size
    if (declared > limits.maxUncompressedBytes) return { ok: false, refusal: { kind: 'too-large', limit: limits.maxUncompressedBytes } }
    if (want(e.name) && !wanted.some((w) => w.name === e.name)) wanted.push(e)
    p += CENTRAL_FIXED + nameLen + extraLen + commentLen
  }
  const files: Record<string, Uint8Array> = {}
  for (const e of wanted) {
    const r = inflateEntry(bytes, view, e, limits.maxEntryBytes ?? limits.maxUncompressedBytes)
    if (!r.ok) return r
    files[e.name] = r.data
  }
  return { ok: true, files }
}

/** One entry's data, bounded by its declared size and checked against its size and CRC. */
function inflateEntry(bytes: Uint8Array, view: DataView, found: CentralEntry, entryLimit: number): ZipEntryResult {
  if (found.size > entryLimit) return { ok: false, refusal: { kind: 'too-large', limit: entryLimit } }
  // Deflate cannot expand more than ~1032:1: a larger declared size is a lie, not a bomb.
  if (found.method === 8 && found.size > found.compressedSize * 1032 + 1024) return corrupt('ZIP 目录记录的大小与实际内容不符（声明的大小不可能）')
  const at = found.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return corrupt('ZIP 本地文件头损坏')
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const end = start + found.compressedSize
  if (end > bytes.length) return corrupt('ZIP 条目数据不完整（文件被截断）')
  const raw = bytes.subarray(start, end)
  let data: Uint8Array
  if (found.method === 0) data = raw
  else if (found.method === 8) {
    try {
      // Bounded by the declared size: inflating stops as soon as the entry outgrows what the
      // directory says (maxOutputLength must be at least 1).
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, found.size) })
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return corrupt('ZIP 目录记录的大小与实际内容不符（实际更大）')
      return corrupt('ZIP 条目压缩数据损坏')
    }
  } else return corrupt(`不支持的 ZIP 压缩方式（${found.method}）`)
  if (data.length !== found.size) return corrupt('ZIP 目录记录的大小与实际内容不符（内容不完整）')
  if ((crc32(data) >>> 0) !== found.crc >>> 0) return corrupt('ZIP 条目校验失败（CRC 不符）')
  return { ok: true, data }
}
