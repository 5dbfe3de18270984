// Plain text (UTF-8, UTF-16 or GB18030/GBK, detected) → SourceDocument. The bytes are checked
// against the bounds before decoding (a 100 MB file of short lines would otherwise become millions
// of blocks).
import { decodeText } from '../../shared/text/decode'
import { textToDocument } from '../../shared/text/text-document'
import { DEFAULT_CONTENT_LIMITS, textBytesBreach, type ContentLimits } from './bounds'
import { fail, type ReaderOutcome } from './errors'

export function readText(bytes: Uint8Array, fileName: string, limits: ContentLimits = DEFAULT_CONTENT_LIMITS, filePath: string = fileName): ReaderOutcome {
  const over = textBytesBreach(bytes, limits)
  if (over) return fail('TOO_LARGE', filePath, { detail: over })
  const { text } = decodeText(bytes)
  return { ok: true, document: textToDocument(text, fileName, 'text') }
}
