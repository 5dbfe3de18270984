// A minimal OLE compound file writer for the tests (version 3, 512-byte sectors, one FAT sector):
// streams directly under the root, each padded to at least 4,096 bytes so no mini stream is needed.
export function writeCompoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const S = 512
  const names = Object.keys(streams)
  const data = names.map((n) => {
    const b = streams[n]!
    const out = new Uint8Array(Math.max(4096, Math.ceil(b.length / S) * S))
    out.set(b)
    return { name: n, bytes: out, size: Math.max(4096, b.length) }
  })
  const dirSectors = Math.ceil((names.length + 1) / 4)
  // Sector 0: FAT; then the directory; then each stream.
  let next = 1 + dirSectors
  const starts = data.map((d) => {
    const s = next
    next += d.bytes.length / S
    return s
  })
  if (next > S / 4) throw new Error('too big for one FAT sector')
  const file = new Uint8Array((next + 1) * S)
  const v = new DataView(file.buffer)
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  v.setUint16(0x18, 0x3e, true)
  v.setUint16(0x1a, 3, true)
  v.setUint16(0x1c, 0xfffe, true)
  v.setUint16(0x1e, 9, true)
  v.setUint16(0x20, 6, true)
  v.setUint32(0x2c, 1, true) // FAT sectors
  v.setUint32(0x30, 1, true) // first directory sector
  v.setUint32(0x38, 4096, true)
  v.setUint32(0x3c, 0xfffffffe, true) // no mini FAT
  v.setUint32(0x44, 0xfffffffe, true) // no DIFAT
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true)
  // FAT.
  const fat = (i: number, val: number): void => v.setUint32(S + i * 4, val, true)
  for (let i = 0; i < S / 4; i++) fat(i, 0xffffffff)
  fat(0, 0xfffffffd)
  for (let i = 1; i <= dirSectors; i++) fat(i, i === dirSectors ? 0xfffffffe : i + 1)
  data.forEach((d, k) => {
    const n = d.bytes.length / S
    for (let i = 0; i < n; i++) fat(starts[k]! + i, i === n - 1 ? 0xfffffffe : starts[k]! + i + 1)
    file.set(d.bytes, (starts[k]! + 1) * S)
  })
  // Directory: root, then the streams chained as right siblings.
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = (2 + Math.floor(i / 4)) * S + (i % 4) * 128
    for (let c = 0; c < name.length; c++) v.setUint16(at + c * 2, name.charCodeAt(c), true)
    v.setUint16(at + 64, (name.length + 1) * 2, true)
    file[at + 66] = type
    v.setUint32(at + 68, 0xffffffff, true)
    v.setUint32(at + 72, right, true)
    v.setUint32(at + 76, child, true)
    v.setUint32(at + 116, start, true)
    v.setUint32(at + 120, size, true)
  }
  entry(0, 'Root Entry', 5, names.length ? 1 : 0xffffffff, 0xffffffff, 0xfffffffe, 0)
  data.forEach((d, k) => entry(k + 1, d.name, 2, 0xffffffff, k + 1 < data.length ? k + 2 : 0xffffffff, starts[k]!, d.size))
  return file
}
