// Bounds on the work a reader does, checked before memory runs out: a hostile or broken file is
// refused with a clear message instead of taking a worker (or the process) down. A real annual
// report has a few hundred blocks and some tens of thousands of characters; the bounds are two
// orders of magnitude above that.
import type { SourceDocument } from '../../shared/model/document'

export interface ContentLimits {
  /** Blocks (paragraphs, tables) per document. */
  maxBlocks: number
  /** Characters in one paragraph or one table cell. */
  maxBlockChars: number
  /** Characters of the whole document. */
  maxChars: number
  /** Elements of an HTML page. */
  maxElements: number
  /** Nesting depth of an HTML page. */
  maxDepth: number
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  maxBlocks: 50_000,
  maxBlockChars: 500_000,
  maxChars: 5_000_000,
  maxElements: 300_000,
  maxDepth: 256,
}

/** Why content was refused: one Chinese clause (the reader names the file). */
export type BoundBreach = string

export const breach = {
  blocks: (limit: number): BoundBreach => `段落或表格过多（超过 ${limit.toLocaleString('zh-CN')} 个），不像一份年度报告，疑似异常文件`,
  blockChars: (limit: number): BoundBreach => `单个段落过长（超过 ${limit.toLocaleString('zh-CN')} 字），疑似异常文件`,
  chars: (limit: number): BoundBreach => `文字内容过多（超过 ${limit.toLocaleString('zh-CN')} 字），不像一份年度报告，疑似异常文件`,
  elements: (limit: number): BoundBreach => `网页元素过多（超过 ${limit.toLocaleString('zh-CN')} 个），疑似异常文件`,
  depth: (limit: number): BoundBreach => `网页结构嵌套过深（超过 ${limit} 层），疑似异常文件`,
  pageBytes: (limit: number): BoundBreach => `网页过大（超过 ${Math.round(limit / 1024 / 1024)} MB），不像一份年度报告，疑似异常文件`,
}

/** Bytes of an HTML page (markup included) allowed before it is decoded: 8 per character of text. */
export function maxPageBytes(limits: ContentLimits): number {
  return limits.maxChars * 8
}

/**
 * Plain-text bytes checked before decoding: at most ~4 bytes per character (UTF-8 with some
 * spacing), and no more non-blank lines than blocks allowed. Linear, allocates nothing.
 */
export function textBytesBreach(bytes: Uint8Array, limits: ContentLimits): BoundBreach | null {
  if (bytes.length > limits.maxChars * 4) return breach.chars(limits.maxChars)
  let lines = 0
  let filled = false
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b === 0x0a || b === 0x0d) {
      if (filled && ++lines > limits.maxBlocks) return breach.blocks(limits.maxBlocks)
      filled = false
    } else if (b > 0x20) filled = true
  }
  return null
}

/** A finished document checked against the bounds (blocks, characters per block, characters). */
export function documentBreach(doc: SourceDocument, limits: ContentLimits): BoundBreach | null {
  if (doc.blocks.length > limits.maxBlocks) return breach.blocks(limits.maxBlocks)
  let total = 0
  for (const b of doc.blocks) {
    const texts = b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.map((c) => c.text))
    for (const t of texts) {
      if (t.length > limits.maxBlockChars) return breach.blockChars(limits.maxBlockChars)
      total += t.length
      if (total > limits.maxChars) return breach.chars(limits.maxChars)
    }
  }
  return null
}
