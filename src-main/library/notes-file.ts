// quarantine/notes.json: the list of quarantine notes shown to the user. A damaged notes file is
// never dropped silently: it is kept under another name, and a note says so.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { QuarantineNote } from '../../shared/api'
import type { LibraryLayout } from './layout'

function isNote(x: unknown): x is QuarantineNote {
  const n = x as QuarantineNote
  return !!n && typeof n.file === 'string' && typeof n.message === 'string' && typeof n.at === 'string'
}

/** The notes on disk; a damaged file is moved aside and replaced by one note saying where it is. */
export async function readNotes(layout: LibraryLayout, at: string): Promise<{ notes: QuarantineNote[]; changed: boolean }> {
  let text: string
  try {
    text = await readFile(layout.quarantineNotes, 'utf8')
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return { notes: [], changed: false }
    return { notes: [damagedNote('notes.json', at, `无法读取：${(e as { code?: string }).code ?? String(e)}`)], changed: true }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    data = null
  }
  if (Array.isArray(data) && data.every(isNote)) return { notes: data, changed: false }
  // Keep the bytes: earlier notes can still be read there by hand.
  const kept = `notes-damaged-${at.replace(/[:.]/g, '-')}.json`
  try {
    await rename(layout.quarantineNotes, join(layout.quarantine, kept))
  } catch {
    return { notes: [damagedNote('notes.json', at, '无法移走')], changed: true }
  }
  const salvaged = Array.isArray(data) ? data.filter(isNote) : []
  return { notes: [...salvaged, damagedNote(kept, at, '内容无法解析')], changed: true }
}

function damagedNote(file: string, at: string, why: string): QuarantineNote {
  return {
    file,
    at,
    message: `隔离区的说明文件 notes.json 已损坏（${why}），原文件保留为 quarantine/${file}；其中较早的说明可在该文件中查看。`,
  }
}
