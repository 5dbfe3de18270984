// How a report document is stored on disk: JSON, gzip-compressed (a report's JSON with its section
// texts and provenance is ~25 KB; compressed ~5 KB: 2,000 copies of one report stay far below
// 50 MB). Documents of an older library, plain JSON, are read as they are.
import { gunzipSync, gzipSync } from 'node:zlib'

export function encodeDoc(json: string): Buffer {
  return gzipSync(json, { level: 6 })
}

/** The document's JSON text; throws (with a Chinese reason) when the compression is damaged. */
export function decodeDoc(bytes: Uint8Array): string {
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
  if (!gzipped) return Buffer.from(bytes).toString('utf8')
  try {
    return gunzipSync(bytes).toString('utf8')
  } catch (err) {
    throw new Error(`压缩内容已损坏（${(err as Error).message}）`)
  }
}
