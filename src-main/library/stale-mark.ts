// The "checks-stale" mark in the library folder: present while reports changed since the last
// check run, so a crash between an import and its check run still re-runs the checks on next start.
import { rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic, type AtomicWriteHooks } from './atomic-write'
import { storageError } from './storage-errors'

const MARK = 'checks-stale'

export class StaleMark {
  private set = false

  constructor(
    private readonly root: string,
    private readonly now: () => Date,
    private readonly hooks: AtomicWriteHooks,
  ) {}

  async load(): Promise<void> {
    this.set = await stat(join(this.root, MARK)).then(() => true, () => false)
  }

  isSet(): boolean {
    return this.set
  }

  /** Set before a change is written; `what` names the change in the error when the disk refuses. */
  async mark(what: string): Promise<void> {
    if (this.set) return
    try {
      await writeFileAtomic(join(this.root, MARK), this.now().toISOString(), this.hooks)
    } catch (e) {
      throw storageError(e, what)
    }
    this.set = true
  }

  async clear(): Promise<void> {
    if (!this.set) return
    await rm(join(this.root, MARK), { force: true })
    this.set = false
  }
}
