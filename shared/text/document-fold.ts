// One walk over a reader's document that rewrites the text of its paragraphs, cells and title with a
// character fold (radicals.ts, dash-glyphs.ts): the same document where no text holds a character to fold.
import type { Block, SourceDocument } from '../model/document'

export function documentWithFold(doc: SourceDocument, needs: RegExp, fold: (s: string) => string): SourceDocument {
  const has = doc.blocks.some((b) => (b.kind === 'paragraph' ? needs.test(b.text) : b.rows.some((r) => r.some((c) => needs.test(c.text)))))
  if (!has) return doc
  const blocks: Block[] = doc.blocks.map((b) => (b.kind === 'paragraph' ? { ...b, text: fold(b.text) } : { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: fold(c.text) }))) }))
  const meta = doc.meta?.title ? { ...doc.meta, title: fold(doc.meta.title) } : doc.meta
  return { ...doc, blocks, ...(meta ? { meta } : {}) }
}
