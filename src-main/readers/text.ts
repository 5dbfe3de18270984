// Plain text (UTF-8, UTF-16 or GB18030/GBK, detected) → SourceDocument.
import { decodeText } from '../../shared/text/decode'
import { textToDocument } from '../../shared/text/text-document'
import type { ReaderOutcome } from './errors'

export function readText(bytes: Uint8Array, fileName: string): ReaderOutcome {
  const { text } = decodeText(bytes)
  return { ok: true, document: textToDocument(text, fileName, 'text') }
}
