// Input paths → the list of files to read, in order: folders walked recursively (sorted by name),
// hidden entries and files whose extension is no report format listed as skipped with a reason.
// Pictures in a folder: the numbered pages of one report become one read of all its pages
// (page-sets.ts); a lone picture is read when it looks like a report page, else listed as skipped.
import { lstat, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { extensionOf, REPORT_EXTENSIONS } from '../readers/sniff'
import { pageSets, PICTURE_EXTENSIONS, type PageSet } from './page-sets'
import type { ReadTarget } from './read-bounded'
import { pictureShape } from './picture-shape'
import { archiveDetail } from '../readers/errors'

export type Planned =
  | {
      path: string
      action: 'read'
      /** found by walking a folder (not named by the user) */ inFolder?: boolean
      /** The page pictures (full paths, in page order) read as this one report; `path` then names
       *  the PDF they are put into (not on disk). */
      pages?: string[]
      missingPages?: number[]
    }
  | { path: string; action: 'skip'; reason: string; /** a folder that could not be opened: a failure, not a skip */ unreadable?: boolean }

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

const ARCHIVES: Record<string, string> = { '.zip': 'ZIP', '.rar': 'RAR', '.7z': '7Z', '.tar': 'TAR', '.gz': 'GZ' }

const isPicture = (name: string): boolean => (PICTURE_EXTENSIONS as readonly string[]).includes(extensionOf(name))

/** The folder a saved web page keeps its pictures in ("报告_files" beside "报告.html"). */
function pageFolderOf(name: string, siblings: readonly string[]): string | null {
  const m = /^(.*)(?:_files|\.files)$/i.exec(name)
  if (!m) return null
  return siblings.find((s) => /\.(?:html?|mht(?:ml)?)$/i.test(s) && s.slice(0, s.lastIndexOf('.')) === m[1]) ?? null
}

function pageSetPlan(dir: string, set: PageSet): Planned {
  const title = set.stem || basename(dir)
  return { path: join(dir, `${title}（${set.names.length}张页面图片）.pdf`), action: 'read', inFolder: true, pages: set.names.map((n) => join(dir, n)), missingPages: set.missing }
}

async function walk(dir: string, out: Planned[]): Promise<void> {
  let names: string[]
  try {
    names = (await readdir(dir)).sort((a, b) => a.localeCompare(b, 'zh-CN'))
  } catch (e) {
    out.push({ path: dir, action: 'skip', unreadable: true, reason: `文件夹「${basename(dir)}」无法打开（${(e as { code?: string }).code ?? '出错'}），其中的文件未读取` })
    return
  }
  const visible = names.filter((n) => !n.startsWith('.') && !n.startsWith('~$'))
  const grouped = pageSets(visible.filter(isPicture))
  const setAt = new Map(grouped.sets.map((s) => [s.names[0]!, s]))
  const inSet = new Set(grouped.sets.flatMap((s) => s.names.slice(1)))
  for (const name of names) {
    const path = join(dir, name)
    if (name.startsWith('.') || name.startsWith('~$')) {
      out.push({ path, action: 'skip', reason: `「${name}」是隐藏或临时文件，已跳过` })
      continue
    }
    const set = setAt.get(name)
    if (set) {
      out.push(pageSetPlan(dir, set))
      continue
    }
    if (inSet.has(name)) continue
    let directory = false
    try {
      directory = (await lstat(path)).isDirectory()
    } catch (e) {
      // An entry that cannot even be looked at (path too long, I/O error) is listed, not dropped.
      out.push({ path, action: 'skip', unreadable: true, reason: `「${name}」无法读取（${(e as { code?: string }).code ?? '出错'}），已跳过` })
      continue
    }
    if (directory) {
      const page = pageFolderOf(name, visible)
      if (page) out.push({ path, action: 'skip', reason: `文件夹「${name}」存放网页「${page}」的图片等附属文件，其中的表格图片随该网页一起读取` })
      else await walk(path, out)
      continue
    }
    if (isPicture(name)) {
      const shape = await pictureShape(path)
      if (shape.page) out.push({ path, action: 'read', inFolder: true })
      else out.push({ path, action: 'skip', reason: `「${name}」${shape.why}，已跳过；如确是报告页面，请直接选择该图片导入` })
      continue
    }
    const ext = extensionOf(name)
    if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext)) {
      // An archive is said to be one: the reports are inside it, to be unpacked first.
      const archive = ARCHIVES[ext]
      out.push({ path, action: 'skip', reason: archive ? `「${name}」${archiveDetail(archive)}，已跳过` : `「${name}」不是报告文件格式（${ext || '无扩展名'}），已跳过` })
      continue
    }
    out.push({ path, action: 'read', inFolder: true })
  }
}

/** What the readers are given for a planned read: the file, or the page pictures of one report. */
export function readTarget(p: Planned): ReadTarget {
  return p.action === 'read' && p.pages ? { path: p.path, pages: p.pages, ...(p.missingPages?.length ? { missingPages: p.missingPages } : {}) } : p.path
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
