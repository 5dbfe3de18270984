// Reading one corrections file from disk, telling apart "absent" from "damaged": a damaged file
// (unreadable, not JSON, not a corrections file, or with entries that are not corrections) is
// reported so the library can keep its bytes in quarantine and say so, never drop it silently.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { correctionFileName, parseCorrectionsFile, type CorrectionsFile } from './corrections'

export interface CorrectionsRead {
  file: CorrectionsFile
  /** Why the file on disk is damaged (Chinese); absent when it is fine or does not exist. */
  damaged?: string
  /** Some entries were kept (only part of the file is damaged). */
  partial?: boolean
}

/** Read a corrections file; with `key` null, the key is the one the file names (checked against its name). */
export async function readCorrectionsFile(path: string, key: string | null): Promise<CorrectionsRead> {
  if (key === null) {
    const named = await keyNamedIn(path)
    if (named === null) return { file: { key: '', entries: {} }, damaged: await whyUnnamed(path) }
    key = named
  }
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'ENOENT') return { file: { key, entries: {} } }
    return { file: { key, entries: {} }, damaged: `无法读取（${code ?? String(e)}）` }
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { file: { key, entries: {} }, damaged: '不是有效的 JSON' }
  }
  const file = parseCorrectionsFile(raw, key)
  const given = raw as { key?: unknown; entries?: unknown } | null
  if (!given || given.key !== key || !given.entries || typeof given.entries !== 'object') return { file, damaged: '内容不符合更正文件的格式' }
  const total = Object.keys(given.entries).length
  const kept = Object.keys(file.entries).length
  if (kept < total) return { file, damaged: `其中 ${total - kept} 条更正无法识别`, partial: kept > 0 }
  return { file }
}

async function keyNamedIn(path: string): Promise<string | null> {
  try {
    const raw = JSON.parse(await readFile(path, 'utf8')) as { key?: unknown } | null
    return typeof raw?.key === 'string' && correctionFileName(raw.key) === basename(path) ? raw.key : null
  } catch {
    return null
  }
}

async function whyUnnamed(path: string): Promise<string> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    return `无法读取（${(e as { code?: string }).code ?? String(e)}）`
  }
  try {
    JSON.parse(text)
  } catch {
    return '不是有效的 JSON'
  }
  return '内容不符合更正文件的格式'
}
