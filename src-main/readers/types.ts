// What every reader returns: a document, or a clear Chinese error naming the file and the reason.
import type { SourceDocument } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'

export type ReadErrorCode =
  | 'EMPTY' // 0-byte or whitespace-only file
  | 'TOO_LARGE' // over the size bound
  | 'ENCRYPTED' // password-protected PDF / DOCX
  | 'CORRUPT' // truncated or broken file
  | 'SCANNED' // PDF with no text layer (扫描件)
  | 'UNSUPPORTED' // a format we do not read (e.g. old binary .doc, images)
  | 'NOT_A_REPORT' // readable, but not a disclosure annual report
  | 'TIMEOUT' // the per-file time bound was hit
  | 'MEMORY' // the per-file memory bound was hit
  | 'CRASHED' // the reading worker died (its file fails alone; the pool replaces it)
  | 'UNREADABLE' // permission denied, vanished, I/O error
  | 'CANCELLED' // the user cancelled the import before this file was read

export interface ReadError {
  code: ReadErrorCode
  /** One Chinese sentence naming the file and the reason, e.g. "「a.pdf」是扫描件，未含可提取文字（共 12 页）". */
  message: string
}

export type ReadResult =
  | {
      ok: true
      document: SourceDocument
      sha256: string
      /** What the library keeps when it is not the file at the path (page pictures put into one PDF). */
      sourceBytes?: Uint8Array
      /** The document's extraction, made in the read worker under the same bounds (asked for with `extract`). */
      extraction?: Extraction
      /** Why the extractor failed on this document (it threw), when extraction was asked for. */
      extractError?: string
    }
  | { ok: false; error: ReadError; sha256?: string }
