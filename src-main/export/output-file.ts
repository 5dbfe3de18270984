// Where an export is written: the path is checked before any work is done (a folder given as the
// file, a folder that does not exist, a read-only folder), and the bytes are written atomically
// (a temp file renamed over the target: a failed write leaves the old file or nothing). Every
// failure is one Chinese sentence (ExportFileError), never a Node error with a stack.
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { writeFileAtomic } from '../library/atomic-write'

export type ExportKind = 'pptx' | 'xlsx' | 'png'

const KIND_ZH: Record<ExportKind, string> = { pptx: '简报（PPTX）', xlsx: '工作簿（XLSX）', png: '图表图片（PNG）' }

/** An export that could not be written: `message` is the Chinese sentence to show. */
export class ExportFileError extends Error {
  override readonly name = 'ExportFileError'
}

/** Why a Node file-system error stopped the write, in Chinese (by errno code). */
export function writeFailureReason(e: unknown): string {
  const code = (e as { code?: string } | null)?.code
  switch (code) {
    case 'ENOENT':
      return '所在文件夹不存在'
    case 'ENOTDIR':
      return '路径中有一段不是文件夹'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入该文件夹的权限（或文件被占用、只读）'
    case 'EISDIR':
      return '该路径是一个文件夹，请给出文件名'
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间不足'
    case 'ENAMETOOLONG':
      return '文件名或路径过长'
    case 'EBUSY':
      return '文件正被其他程序占用'
    default:
      return code ? `写入出错（${code}）` : '写入出错'
  }
}

/** null when `path` can be written as a `kind` file; else why not, in Chinese. */
export async function outputPathProblem(path: string | undefined, kind: ExportKind): Promise<string | null> {
  const what = KIND_ZH[kind]
  if (path === undefined || path === '' || path.startsWith('--')) return `未给出${what}的输出文件名（用法：--${kind} 输出文件.${kind}）`
  const full = resolve(path)
  const target = await stat(full).catch(() => null)
  if (target?.isDirectory()) return `${what}的输出路径「${path}」是一个文件夹，请给出文件名（如 ${join(path, `简报.${kind}`)}）`
  // A report given by mistake as the output (--pptx 报告.pdf) must not be overwritten.
  if (extname(full).toLowerCase() !== `.${kind}`) return `${what}的输出文件「${basename(full)}」应以 .${kind} 结尾`
  const dir = dirname(full)
  const folder = await stat(dir).catch((e: unknown) => e as NodeJS.ErrnoException)
  if (folder instanceof Error) return `无法写入${what}「${path}」：${writeFailureReason(folder)}`
  if (!folder.isDirectory()) return `无法写入${what}「${path}」：「${dirname(path)}」不是文件夹`
  try {
    await access(dir, constants.W_OK)
  } catch (e) {
    return `无法写入${what}「${path}」：${writeFailureReason(e)}`
  }
  return null
}

/** Writes the export atomically; a failure becomes an ExportFileError with the Chinese reason. */
export async function writeExportFile(path: string, kind: ExportKind, data: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, data)
  } catch (e) {
    throw new ExportFileError(`无法写入${KIND_ZH[kind]}「${path}」：${writeFailureReason(e)}。`)
  }
}
