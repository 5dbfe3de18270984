// Crash-safe file replacement: write a temp file in the same folder, fsync it, rename it over the
// target, fsync the folder. A crash at any point leaves either the old file or the new one, never
// a half-written target; a leftover temp file is ignored (and cleaned) by the next open.
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/** Temp files are `.<target>.tmp-<random>`: hidden, and never mistaken for a document. */
export const TEMP_MARK = '.tmp-'

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARK)
}

/** Test seams: run between the steps, to simulate a crash (throw) at that point. */
export interface AtomicWriteHooks {
  afterTempWrite?: (tempPath: string) => void | Promise<void>
  /** Runs before the data is written; a throw here is a failed write (e.g. a simulated ENOSPC). */
  beforeWrite?: (target: string) => void | Promise<void>
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, hooks: AtomicWriteHooks = {}): Promise<void> {
  const dir = dirname(target)
  const temp = join(dir, `.${basename(target)}${TEMP_MARK}${randomBytes(6).toString('hex')}`)
  const handle = await open(temp, 'w')
  try {
    await hooks.beforeWrite?.(target)
    await handle.writeFile(data)
    await handle.sync()
  } catch (err) {
    await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
    throw err
  }
  await handle.close()
  await hooks.afterTempWrite?.(temp)
  await rename(temp, target)
  await fsyncDir(dir)
}

/** fsync a folder so the rename itself is durable. Not supported on Windows: ignored there. */
async function fsyncDir(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch {
    // EISDIR/EPERM on platforms that cannot fsync a directory: the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
