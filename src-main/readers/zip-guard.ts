// Guarded ZIP reading for the ZIP-based formats (DOCX, OFD): bounds on the number of entries and on
// the declared and the actual uncompressed size, so a zip bomb is refused instead of filling memory.
import { unzipSync } from 'fflate'

export interface ZipLimits {
  /** Bound on the declared uncompressed size of the entries read. */
  maxUncompressedBytes: number
  /** Bound on the number of entries in the archive. */
  maxEntries: number
}

export type ZipOutcome = { ok: true; files: Record<string, Uint8Array> } | { ok: false; reason: 'too-big' | 'corrupt' }

/** The entries `want` accepts, or why the archive was refused. Entries not wanted are never inflated. */
export function unzipGuarded(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits): ZipOutcome {
  let entries = 0
  let declared = 0
  let tooBig = false
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        entries++
        if (entries > limits.maxEntries || f.originalSize > limits.maxUncompressedBytes) tooBig = true
        if (tooBig || !want(f.name)) return false
        declared += f.originalSize
        if (declared > limits.maxUncompressedBytes) tooBig = true
        return !tooBig
      },
    })
  } catch {
    return { ok: false, reason: tooBig ? 'too-big' : 'corrupt' }
  }
  if (tooBig) return { ok: false, reason: 'too-big' }
  let actual = 0
  for (const b of Object.values(files)) actual += b.length
  if (actual > limits.maxUncompressedBytes) return { ok: false, reason: 'too-big' }
  return { ok: true, files }
}
