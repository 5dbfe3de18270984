// Write failures of the library said as what they are: a full disk is "磁盘空间已满", not a parse
// error of the report being saved, and never a raw `ENOSPC`.

const CAUSES: Record<string, string> = {
  ENOSPC: '磁盘空间已满',
  EDQUOT: '磁盘配额已用完',
  EROFS: '磁盘为只读',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EIO: '磁盘读写出错',
  EMFILE: '打开的文件过多',
}

export function errorCode(err: unknown): string | undefined {
  return (err as { code?: string } | null)?.code
}

/** True for failures of the disk itself (as opposed to bad content). */
export function isStorageFailure(err: unknown): boolean {
  const code = errorCode(err)
  return code !== undefined && code in CAUSES
}

/** A Chinese sentence for a failed write: what could not be saved, and why. */
export function storageMessage(err: unknown, what: string): string {
  const code = errorCode(err)
  const cause = code ? CAUSES[code] : undefined
  if (code === 'ENOSPC' || code === 'EDQUOT') return `${cause}，${what}未能保存；请清理磁盘空间后重试`
  return `${cause ?? `保存出错（${code ?? (err as Error)?.message ?? String(err)}）`}，${what}未能保存`
}

/** An Error carrying the Chinese message and the original code (for the UI and the tests). */
export class StorageError extends Error {
  override name = 'StorageError'
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message)
  }
}

export function storageError(err: unknown, what: string): StorageError {
  return new StorageError(storageMessage(err, what), errorCode(err))
}
