// The quarantine folder and its notes: damaged documents and corrections files are moved (or
// copied) there, and each move is listed with a Chinese note the user sees. Nothing is dropped
// silently; when a file cannot even be moved, the note says so and it is left where it is.
import { copyFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { QuarantineNote } from '../../shared/api'
import { writeFileAtomic, type AtomicWriteHooks } from './atomic-write'
import type { LibraryLayout } from './layout'
import { readNotes } from './notes-file'

const stamp = (at: string): string => at.replace(/[:.]/g, '-')
const codeOf = (e: unknown): string => (e as { code?: string }).code ?? '出错'

export class QuarantineNotes {
  private notes: QuarantineNote[] = []

  constructor(
    private readonly layout: LibraryLayout,
    private readonly now: () => Date,
    private readonly hooks: AtomicWriteHooks,
  ) {}

  /** Reads the notes on disk (a damaged notes file is set aside); returns how many were there before. */
  async load(): Promise<number> {
    const read = await readNotes(this.layout, this.now().toISOString())
    this.notes = read.notes
    if (read.changed) await this.write()
    return read.changed ? 0 : this.notes.length
  }

  list(): QuarantineNote[] {
    return [...this.notes]
  }

  /** The notes added since `from` notes were there. */
  since(from: number): QuarantineNote[] {
    return this.notes.slice(from)
  }

  /** A damaged report document: moved to quarantine with a note. */
  async moveDoc(id: string, knownName: string | undefined, reason: string): Promise<void> {
    const at = this.now().toISOString()
    const label = knownName ? `「${knownName}」的库记录` : `库记录「${id}.json」`
    const file = `${id}-${stamp(at)}.json`
    try {
      await rename(join(this.layout.reports, `${id}.json`), join(this.layout.quarantine, file))
    } catch (e) {
      await this.add({ file: `${id}.json`, at, message: `${label}无法读取（${reason}），也无法移到隔离区（${codeOf(e)}），已跳过；其余报告不受影响。` })
      return
    }
    await this.add({ file, at, message: `${label}已损坏（${reason}），已移到隔离区 quarantine/${file}；其余报告不受影响，可重新导入该文件。` })
  }

  /**
   * A damaged corrections file: its bytes kept in quarantine (moved, or copied when part of it is
   * still used). False when it could not be kept there (then it must never be written over).
   */
  async keepCorrections(path: string, name: string, reason: string, partial: boolean): Promise<boolean> {
    const at = this.now().toISOString()
    const file = `corrections-${name.replace(/\.json$/, '')}-${stamp(at)}.json`
    try {
      if (partial) await copyFile(path, join(this.layout.quarantine, file))
      else await rename(path, join(this.layout.quarantine, file))
    } catch (e) {
      await this.add({ file: name, at, message: `更正文件 ${name} 已损坏（${reason}），且无法移到隔离区（${codeOf(e)}）；为免覆盖，暂不能保存该报告的更正。` })
      return false
    }
    const kept = partial ? '其余更正照常生效；' : '该报告的更正暂未生效，可在原文件中查看后重新录入；'
    await this.add({ file, at, message: `更正文件 ${name} 已损坏（${reason}），原文件已保留到隔离区 quarantine/${file}；${kept}其余报告不受影响。` })
    return true
  }

  private async add(note: QuarantineNote): Promise<void> {
    if (this.notes.some((n) => n.file === note.file && n.message === note.message)) return
    this.notes.push(note)
    await this.write()
  }

  /** Written best-effort: when the disk refuses, the notes are still listed in this session. */
  private async write(): Promise<void> {
    await writeFileAtomic(this.layout.quarantineNotes, JSON.stringify(this.notes, null, 1), this.hooks).catch(() => undefined)
  }
}
