// Report documents on disk (reports/<id>.json): written atomically, read and validated, a damaged
// one sent to quarantine. Keeps the last written or read version of each, with the file's time and
// size then, so re-checking a library of thousands of reports does not parse them all again.
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic, type AtomicWriteHooks } from './atomic-write'
import { decodeDoc, encodeDoc } from './doc-codec'
import type { LibraryLayout } from './layout'
import type { QuarantineNotes } from './quarantine-notes'
import { parseStoredReport, STORED_VERSION, type StoredReport } from './stored-report'

export interface FileStamp {
  mtimeMs: number
  size: number
}

const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.mtimeMs === b.mtimeMs && a.size === b.size
const codeOf = (e: unknown): string => (e as { code?: string }).code ?? String(e)

export class DocStore {
  private known = new Map<string, { doc: StoredReport } & FileStamp>()

  constructor(
    private readonly layout: LibraryLayout,
    private readonly hooks: AtomicWriteHooks,
    private readonly quarantine: QuarantineNotes,
  ) {}

  pathOf(id: string): string {
    return join(this.layout.reports, `${id}.json`)
  }

  async write(stored: StoredReport): Promise<FileStamp> {
    const path = this.pathOf(stored.id)
    await writeFileAtomic(path, encodeDoc(JSON.stringify(stored)), this.hooks)
    const st = await stat(path)
    this.known.set(stored.id, { doc: stored, mtimeMs: st.mtimeMs, size: st.size })
    return { mtimeMs: st.mtimeMs, size: st.size }
  }

  /** Read and validate one document; a corrupt one goes to quarantine and null is returned. */
  async read(id: string, knownName?: string): Promise<StoredReport | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.pathOf(id))
    } catch (e) {
      if (codeOf(e) === 'ENOENT') return null
      await this.setAside(id, knownName, `无法读取：${codeOf(e)}`)
      return null
    }
    try {
      const stored = parseStoredReport(decodeDoc(bytes))
      if (stored.id !== id) throw new Error(`编号与文件名不符（${stored.id}）`)
      return stored
    } catch (err) {
      await this.setAside(id, knownName, (err as Error).message)
      return null
    }
  }

  /**
   * A document the index vouches for (same size and time as when it was validated), parsed without
   * validating it again, or kept from the last read. Null otherwise (then `read` validates it, or
   * quarantines it).
   */
  async vouched(id: string, indexed: FileStamp | undefined): Promise<StoredReport | null> {
    if (!indexed) return null
    // Written or read here since the library opened, and not changed since: no disk access at all.
    const known = this.known.get(id)
    if (known && sameStamp(known, indexed)) return known.doc
    try {
      const st = await stat(this.pathOf(id))
      if (!sameStamp(indexed, st)) return null
      const data = JSON.parse(decodeDoc(await readFile(this.pathOf(id)))) as StoredReport
      if (data.id !== id || data.version !== STORED_VERSION) return null
      this.known.set(id, { doc: data, mtimeMs: st.mtimeMs, size: st.size })
      return data
    } catch {
      return null
    }
  }

  forget(id: string): void {
    this.known.delete(id)
  }

  /** A document that cannot be read: moved to quarantine with a note. */
  async setAside(id: string, knownName: string | undefined, reason: string): Promise<void> {
    this.known.delete(id)
    await this.quarantine.moveDoc(id, knownName, reason)
  }
}
