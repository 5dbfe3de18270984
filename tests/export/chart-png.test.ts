// Chart pictures: data URL → file, and the clipboard helper with an injected (fake) Electron clipboard.
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { deflateSync } from 'node:zlib'
import { ChartImageError, createChartClipboard, decodePngDataUrl, pngSize, savePngDataUrl } from '../../src-main/export/chart-png'

/** A real PNG (w × h, white, RGB), built by hand so the test does not depend on a canvas. */
function makePng(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (b: Buffer) => {
    let c = 0xffffffff
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const c = Buffer.alloc(4)
    c.writeUInt32BE(crc(td))
    return Buffer.concat([len, td, c])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  const raw = Buffer.alloc((w * 3 + 1) * h, 0xff)
  for (let y = 0; y < h; y++) raw[y * (w * 3 + 1)] = 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const url = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`

describe('chart PNG export (main side)', () => {
  it('decodes a PNG data URL and reads its 2× size', () => {
    const png = makePng(1600, 900)
    const buf = decodePngDataUrl(url(png))
    expect(buf.equals(png)).toBe(true)
    expect(pngSize(buf)).toEqual({ width: 1600, height: 900 })
  })

  it('refuses what is not a PNG data URL, in Chinese', () => {
    expect(() => decodePngDataUrl('data:image/jpeg;base64,AAAA')).toThrow(ChartImageError)
    expect(() => decodePngDataUrl('data:image/png;base64,' + Buffer.from('hello world, not a png').toString('base64'))).toThrow(/PNG/)
    expect(() => decodePngDataUrl('data:image/png;base64,@@@')).toThrow(/损坏/)
  })

  it('saves to a file, adding .png when missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-png-'))
    const png = makePng(4, 3)
    const a = await savePngDataUrl(url(png), join(dir, 'trend.png'))
    const b = await savePngDataUrl(url(png), join(dir, 'trend2'))
    expect(a).toBe(join(dir, 'trend.png'))
    expect(b).toBe(join(dir, 'trend2.png'))
    expect(readFileSync(b).equals(png)).toBe(true)
  })

  it('copies to the injected clipboard, and never hands Electron an invalid image', async () => {
    const written: Buffer[] = []
    const clip = createChartClipboard({ writePng: async (png) => void written.push(png) })
    const png = makePng(2, 2)
    await clip.copyPng(url(png))
    expect(written.length).toBe(1)
    expect(written[0]!.equals(png)).toBe(true)
    await expect(clip.copyPng('data:text/plain,hi')).rejects.toThrow(ChartImageError)
    expect(written.length).toBe(1)
    const failing = createChartClipboard({ writePng: async () => Promise.reject(new Error('no clipboard')) })
    await expect(failing.copyPng(url(png))).rejects.toThrow(/剪贴板/)
  })
})
