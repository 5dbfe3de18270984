// Input paths → the list of files to read, in order: folders walked recursively (sorted by name),
// hidden entries and files whose extension is no report format listed as skipped with a reason.
import { lstat, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { extensionOf, REPORT_EXTENSIONS } from '../readers/sniff'

export type Planned =
  | { path: string; action: 'read'; /** found by walking a folder (not named by the user) */ inFolder?: boolean }
  | { path: string; action: 'skip'; reason: string; /** a folder that could not be opened: a failure, not a skip */ unreadable?: boolean }

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

async function walk(dir: string, out: Planned[]): Promise<void> {
  let names: string[]
  try {
    names = (await readdir(dir)).sort((a, b) => a.localeCompare(b, 'zh-CN'))
  } catch (e) {
    out.push({ path: dir, action: 'skip', unreadable: true, reason: `文件夹「${basename(dir)}」无法打开（${(e as { code?: string }).code ?? '出错'}），其中的文件未读取` })
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    if (name.startsWith('.') || name.startsWith('~$')) {
      out.push({ path, action: 'skip', reason: `「${name}」是隐藏或临时文件，已跳过` })
      continue
    }
    let directory = false
    try {
      directory = (await lstat(path)).isDirectory()
    } catch (e) {
      // An entry that cannot even be looked at (path too long, I/O error) is listed, not dropped.
      out.push({ path, action: 'skip', unreadable: true, reason: `「${name}」无法读取（${(e as { code?: string }).code ?? '出错'}），已跳过` })
      continue
    }
    if (directory) {
      await walk(path, out)
      continue
    }
    const ext = extensionOf(name)
    if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext)) {
      out.push({ path, action: 'skip', reason: `「${name}」不是报告文件格式（${ext || '无扩展名'}），已跳过` })
      continue
    }
    out.push({ path, action: 'read', inFolder: true })
  }
}

/** Paths given by the user are read whatever their extension (content decides); folders are walked. */
export async function expandPaths(paths: string[]): Promise<Planned[]> {
  const out: Planned[] = []
  for (const p of paths) {
    if (await isDir(p)) await walk(p, out)
    else out.push({ path: p, action: 'read' })
  }
  return out
}
