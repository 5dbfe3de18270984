// Clear Chinese error messages, each naming the file (basename) and the reason.
import { basename } from 'node:path'
import type { SourceDocument } from '../../shared/model/document'
import type { ReadError, ReadErrorCode } from './types'

/** What a format reader returns; readFile adds the hash. */
export type ReaderOutcome = { ok: true; document: SourceDocument } | { ok: false; error: ReadError }

/** What a ZIP (or other) archive is, said the same way by the CLI and the app's folder import. */
export function archiveDetail(kind = 'ZIP'): string {
  return `是 ${kind} 压缩包，不是报告文件；请解压后再导入其中的报告`
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

const REASONS: Record<ReadErrorCode, (d: Record<string, string | number>) => string> = {
  EMPTY: (d) => (d.size ? `没有可读取的文字（${Number(d.size).toLocaleString('zh-CN')} 字节，内容为空白或无法解码）` : '是空文件（0 字节），没有可读取的内容'),
  TOO_LARGE: (d) =>
    d.detail !== undefined
      ? `${d.detail}，未读取`
      : d.entries !== undefined
        ? `压缩包条目过多（${Number(d.entries).toLocaleString('zh-CN')} 个，上限 ${Number(d.limit).toLocaleString('zh-CN')} 个），疑似压缩炸弹，未读取`
        : d.size !== undefined
          ? `过大（${mb(Number(d.size))}），超过 ${mb(Number(d.limit))} 的上限，未读取`
          : `解压后内容过大（超过 ${mb(Number(d.limit))}），疑似压缩炸弹，未读取`,
  ENCRYPTED: () => '已加密（设有打开密码），无法读取；请去除密码后再导入',
  CORRUPT: (d) => `文件已损坏或不完整，无法读取${d.detail ? `（${d.detail}）` : ''}`,
  SCANNED: (d) => (d.layer ? `是扫描件，${d.layer}（共 ${d.pages} 页）；需对页面图片做文字识别后读取` : d.detail ? `是扫描件，文字识别未能读取（${d.detail}）` : `是扫描件，未含可提取文字（共 ${d.pages} 页）；请先做文字识别（OCR）后再导入`),
  UNSUPPORTED: (d) => String(d.detail ?? '的格式暂不支持；请另存为 PDF、DOCX、HTML 或 TXT 后再导入'),
  NOT_A_REPORT: () => '不像政府信息公开工作年度报告（未见“政府信息公开”“年度报告”“主动公开”“依申请”等字样）',
  TIMEOUT: (d) => (d.phase === 'extract' ? `的内容分析超时（超过 ${d.seconds} 秒），未导入` : `读取超时（超过 ${d.seconds} 秒），已跳过`),
  MEMORY: (d) => `读取时内存超限（${d.limit} MB），已跳过`,
  CRASHED: (d) => `读取时读取进程意外终止${d.detail ? `（${d.detail}）` : ''}，已跳过；其余文件不受影响`,
  UNREADABLE: (d) => `无法读取${d.detail ? `（${d.detail}）` : ''}`,
  CANCELLED: () => '已取消导入，未读取',
}

export function readError(code: ReadErrorCode, filePath: string, detail: Record<string, string | number> = {}): ReadError {
  const reason = REASONS[code](detail)
  const glue = /^[（(，,；;]|^[是已过不读无文的]/.test(reason) ? '' : '：'
  return { code, message: `「${basename(filePath)}」${glue}${reason}` }
}

export function fail(code: ReadErrorCode, filePath: string, detail: Record<string, string | number> = {}): ReaderOutcome {
  return { ok: false, error: readError(code, filePath, detail) }
}
