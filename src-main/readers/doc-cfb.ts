// OLE compound file (the container of Word 97–2003 .doc and most .wps): header, FAT/DIFAT, mini
// stream, and the streams directly under the root storage by name. Every chain walk is bounded by
// the number of sectors in the file, so a looping or truncated chain is an error, never a hang.

export class CfbError extends Error {
  constructor(
    message: string,
    /** 'truncated': a chain or stream runs past the end of the file. */
    readonly kind: 'corrupt' | 'truncated' = 'corrupt',
  ) {
    super(message)
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff
const NO_STREAM = 0xffffffff

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((b, i) => bytes[i] === b)
}

interface DirEntry {
  name: string
  type: number
  left: number
  right: number
  child: number
  start: number
  size: number
}

export interface CompoundFile {
  /** Names of the streams directly under the root storage. */
  rootStreams: string[]
  /** A root-level stream's bytes, or null when there is none of that name. */
  stream(name: string): Uint8Array | null
}

export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  if (!isCompoundFile(bytes)) throw new CfbError('不是 OLE 复合文档')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u32 = (at: number): number => {
    if (at + 4 > bytes.length) throw new CfbError('文件被截断', 'truncated')
    return view.getUint32(at, true)
  }
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) throw new CfbError('扇区大小无效')
  const sectorSize = 1 << shift
  const miniShift = view.getUint16(0x20, true)
  if (miniShift !== 6) throw new CfbError('小扇区大小无效')
  const miniCutoff = u32(0x38)
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1
  const sectorAt = (n: number): number => {
    const at = (n + 1) * sectorSize
    if (n >= sectorCount + 1 || at >= bytes.length) throw new CfbError('扇区超出文件末尾', 'truncated')
    return at
  }
  const perSector = sectorSize / 4

  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = []
  const numFat = u32(0x2c)
  if (numFat > sectorCount) throw new CfbError('FAT 扇区数无效')
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(u32(0x4c + i * 4))
  let difat = u32(0x44)
  const seenDifat = new Set<number>()
  while (fatSectors.length < numFat && difat !== END_OF_CHAIN && difat !== FREE) {
    if (seenDifat.has(difat)) throw new CfbError('DIFAT 链循环')
    seenDifat.add(difat)
    const at = sectorAt(difat)
    for (let i = 0; i < perSector - 1 && fatSectors.length < numFat; i++) fatSectors.push(u32(at + i * 4))
    difat = u32(at + (perSector - 1) * 4)
  }
  const fat = new Uint32Array(fatSectors.length * perSector)
  fatSectors.forEach((s, k) => {
    const at = sectorAt(s)
    for (let i = 0; i < perSector; i++) fat[k * perSector + i] = u32(at + i * 4)
  })

  /** A chain of sectors in `table`, bounded by the table's length (a loop is an error). */
  const chain = (start: number, table: Uint32Array): number[] => {
    const out: number[] = []
    let s = start
    while (s !== END_OF_CHAIN) {
      if (s >= table.length) throw new CfbError('扇区链超出分配表', 'truncated')
      if (out.length > table.length) throw new CfbError('扇区链循环')
      out.push(s)
      s = table[s]!
    }
    return out
  }
  const readChain = (start: number, size: number): Uint8Array => {
    const sectors = chain(start, fat)
    if (sectors.length * sectorSize < size) throw new CfbError('数据流被截断', 'truncated')
    const out = new Uint8Array(Math.min(size, sectors.length * sectorSize))
    sectors.forEach((s, k) => {
      const at = sectorAt(s)
      const n = Math.min(sectorSize, out.length - k * sectorSize)
      if (n <= 0) return
      if (at + n > bytes.length) throw new CfbError('数据流被截断', 'truncated')
      out.set(bytes.subarray(at, at + n), k * sectorSize)
    })
    return out
  }

  // Directory.
  const dirBytes = readChain(u32(0x30), chain(u32(0x30), fat).length * sectorSize)
  const entries: DirEntry[] = []
  const dv = new DataView(dirBytes.buffer, dirBytes.byteOffset, dirBytes.byteLength)
  for (let at = 0; at + 128 <= dirBytes.length; at += 128) {
    const nameLen = Math.min(64, dv.getUint16(at + 64, true))
    let name = ''
    for (let i = 0; i + 1 < nameLen - 1; i += 2) name += String.fromCharCode(dv.getUint16(at + i, true))
    entries.push({
      name,
      type: dirBytes[at + 66]!,
      left: dv.getUint32(at + 68, true),
      right: dv.getUint32(at + 72, true),
      child: dv.getUint32(at + 76, true),
      start: dv.getUint32(at + 116, true),
      size: dv.getUint32(at + 120, true),
    })
  }
  const root = entries[0]
  if (!root || root.type !== 5) throw new CfbError('缺少根目录项')

  // Root-level children: the sibling tree under root.child.
  const children: DirEntry[] = []
  const seen = new Set<number>()
  const stack = [root.child]
  while (stack.length) {
    const i = stack.pop()!
    if (i === NO_STREAM || i >= entries.length || seen.has(i)) continue
    seen.add(i)
    const e = entries[i]!
    children.push(e)
    stack.push(e.left, e.right)
  }

  let miniStream: Uint8Array | null = null
  let miniFat: Uint32Array | null = null
  const readMini = (start: number, size: number): Uint8Array => {
    miniStream ??= readChain(root.start, root.size)
    if (!miniFat) {
      const raw = readChain(u32(0x3c), chain(u32(0x3c), fat).length * sectorSize)
      miniFat = new Uint32Array(raw.length / 4)
      const mv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength)
      for (let i = 0; i < miniFat.length; i++) miniFat[i] = mv.getUint32(i * 4, true)
    }
    const sectors = chain(start, miniFat)
    if (sectors.length * 64 < size) throw new CfbError('数据流被截断', 'truncated')
    const out = new Uint8Array(size)
    sectors.forEach((s, k) => {
      const n = Math.min(64, size - k * 64)
      if (n <= 0) return
      if (s * 64 + n > miniStream!.length) throw new CfbError('小数据流被截断', 'truncated')
      out.set(miniStream!.subarray(s * 64, s * 64 + n), k * 64)
    })
    return out
  }

  const streams = children.filter((e) => e.type === 2)
  return {
    rootStreams: streams.map((e) => e.name),
    stream(name: string): Uint8Array | null {
      const e = streams.find((s) => s.name === name)
      if (!e) return null
      if (e.size > bytes.length) throw new CfbError('数据流长度超出文件', 'truncated')
      return e.size < miniCutoff ? readMini(e.start, e.size) : readChain(e.start, e.size)
    },
  }
}
