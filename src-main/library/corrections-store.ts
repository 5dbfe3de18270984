// The user's corrections on disk (corrections/<key>.json), one file per body and year, cached in
// memory. A damaged file is kept in quarantine; one that cannot be moved there is never written over.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoredCorrection } from '../../shared/api'
import { isTempFile, writeFileAtomic, type AtomicWriteHooks } from './atomic-write'
import { correctionFileName, type CorrectionsFile } from './corrections'
import { readCorrectionsFile } from './corrections-file'
import type { LibraryLayout } from './layout'
import type { QuarantineNotes } from './quarantine-notes'

export class CorrectionsStore {
  private cache = new Map<string, CorrectionsFile>()
  /** Keys whose damaged file could not be moved aside: never written over. */
  private blocked = new Set<string>()

  constructor(
    private readonly layout: LibraryLayout,
    private readonly hooks: AtomicWriteHooks,
    private readonly quarantine: QuarantineNotes,
  ) {}

  /** Every corrections file checked (at open); a damaged one goes to quarantine. True when any did. */
  async checkAll(): Promise<boolean> {
    let damaged = false
    for (const name of await readdir(this.layout.corrections)) {
      if (isTempFile(name) || !name.endsWith('.json')) continue
      const path = join(this.layout.corrections, name)
      const read = await readCorrectionsFile(path, null)
      if (!read.damaged) continue
      damaged = true
      await this.setAside(path, read.file, name, read.damaged, read.partial ?? false)
    }
    return damaged
  }

  async file(key: string): Promise<CorrectionsFile> {
    const cached = this.cache.get(key)
    if (cached) return cached
    const name = correctionFileName(key)
    const path = join(this.layout.corrections, name)
    const read = await readCorrectionsFile(path, key)
    if (read.damaged) await this.setAside(path, read.file, name, read.damaged, read.partial ?? false)
    this.cache.set(key, read.file)
    return read.file
  }

  async entries(key: string): Promise<StoredCorrection[]> {
    return Object.values((await this.file(key)).entries)
  }

  isBlocked(key: string): boolean {
    return this.blocked.has(key)
  }

  /** Written to disk first; the cache (what the user sees) changes only once it is there. */
  async save(file: CorrectionsFile): Promise<void> {
    await writeFileAtomic(join(this.layout.corrections, correctionFileName(file.key)), JSON.stringify(file, null, 1), this.hooks)
    this.cache.set(file.key, file)
  }

  /** A report's key changed (re-import read another body or year): its corrections follow, unless the new key has its own. */
  async move(from: string, to: string): Promise<void> {
    const old = await this.file(from)
    const target = await this.file(to)
    if (Object.keys(old.entries).length === 0 || Object.keys(target.entries).length > 0) return
    await this.save({ key: to, entries: old.entries })
  }

  private async setAside(path: string, file: CorrectionsFile, name: string, reason: string, partial: boolean): Promise<void> {
    const kept = await this.quarantine.keepCorrections(path, name, reason, partial)
    if (!kept && file.key) this.blocked.add(file.key)
    // The entries still readable are written back, so they keep working.
    if (kept && partial) await this.save(file).catch(() => undefined)
  }
}
