// Word 97–2003 .doc and WPS Office .wps → SourceDocument: the compound file's WordDocument and
// table streams, the main text's paragraphs with their properties, and tables rebuilt from cell
// marks and row definitions (doc-tables.ts). An encrypted or non-Word compound file is a clear error.
import { CfbError, openCompoundFile, type CompoundFile } from './doc-cfb'
import { DocFormatError, readDocParagraphs, type DroppedText } from './doc-binary'
import { droppedTextNotes } from './doc-char-props'
import { docBlocks } from './doc-tables'
import { fail, type ReaderOutcome } from './errors'

export interface DocLimits {
  /** Bound on the characters of main text read (a report is tens of thousands). */
  maxChars: number
}

export const DEFAULT_DOC_LIMITS: DocLimits = { maxChars: 5_000_000 }

const SAVE_AS = '请在 WPS 或 Word 中另存为 DOCX 或 PDF 后再导入'

/** The reason a compound file holds no Word text, in words an office head understands. */
function notWord(cf: CompoundFile, format: 'doc' | 'wps'): string {
  if (cf.rootStreams.includes('EncryptedPackage')) return 'encrypted'
  if (cf.rootStreams.includes('Workbook') || cf.rootStreams.includes('Book')) return '是 Excel 表格文件，不是 Word 文档；' + SAVE_AS
  if (cf.rootStreams.includes('PowerPoint Document')) return '是 PowerPoint 演示文稿，不是 Word 文档；' + SAVE_AS
  return format === 'wps' ? `是旧版 WPS 文字格式，无法直接读取；${SAVE_AS}` : `不是 Word 文档（缺少 WordDocument 数据流）；${SAVE_AS}`
}

export function readDoc(bytes: Uint8Array, filePath: string, fileName: string, format: 'doc' | 'wps', limits: DocLimits = DEFAULT_DOC_LIMITS): ReaderOutcome {
  let cf: CompoundFile
  try {
    cf = openCompoundFile(bytes)
  } catch (e) {
    const truncated = e instanceof CfbError && e.kind === 'truncated'
    return fail('CORRUPT', filePath, { detail: truncated ? '文件被截断，可能下载中断' : `复合文档结构损坏：${(e as Error).message}` })
  }
  try {
    const wordDocument = cf.stream('WordDocument')
    if (!wordDocument) {
      const why = notWord(cf, format)
      return why === 'encrypted' ? fail('ENCRYPTED', filePath) : fail('UNSUPPORTED', filePath, { detail: why })
    }
    const dropped: DroppedText = { deleted: [], hidden: [] }
    const paragraphs = readDocParagraphs({ wordDocument, table0: cf.stream('0Table'), table1: cf.stream('1Table'), data: cf.stream('Data') }, limits.maxChars, dropped)
    const notes = droppedTextNotes(dropped)
    return { ok: true, document: { fileName, format, blocks: docBlocks(paragraphs), ...(notes.length ? { notes } : {}) } }
  } catch (e) {
    if (e instanceof DocFormatError && e.kind === 'encrypted') return fail('ENCRYPTED', filePath)
    if (e instanceof DocFormatError && e.kind === 'too-long') return fail('UNSUPPORTED', filePath, { detail: e.message })
    if (e instanceof DocFormatError && e.kind === 'not-word') return fail('UNSUPPORTED', filePath, { detail: `不是可读取的 Word 97 及以后版本文档（${e.message}）；${SAVE_AS}` })
    if (e instanceof CfbError && e.kind === 'truncated') return fail('CORRUPT', filePath, { detail: '文件被截断，可能下载中断' })
    return fail('CORRUPT', filePath, { detail: `Word 文档结构损坏：${(e as Error).message}` })
  }
}
