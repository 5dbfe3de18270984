// Characters that print nothing but sit inside numbers and labels of text copied from web pages and
// editors: zero-width space, non-joiner and joiner, byte-order mark (zero-width no-break space),
// soft hyphen and word joiner. Left in, 1\u200b4 is not 14 and 自\u00ad然人 is no label, so every
// reader's document goes through documentWithoutInvisibleChars (src-main/readers/index.ts).
import type { Block, SourceDocument } from '../model/document'

const INVISIBLE = /[\u200b\u200c\u200d\ufeff\u00ad\u2060]/g

/** The text without its invisible characters. */
export function withoutInvisibleChars(text: string): string {
  return text.replace(INVISIBLE, '')
}

function countInvisible(text: string): number {
  return text.match(INVISIBLE)?.length ?? 0
}

/** The document with every invisible character taken out of its paragraphs, cells and title;
 *  paragraphs left empty are dropped, and a note says how many characters were taken out. */
export function documentWithoutInvisibleChars(doc: SourceDocument): SourceDocument {
  let removed = 0
  const strip = (text: string): string => {
    const n = countInvisible(text)
    if (!n) return text
    removed += n
    return withoutInvisibleChars(text)
  }
  const blocks: Block[] = []
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      const text = strip(b.text)
      if (text.trim()) blocks.push(text === b.text ? b : { ...b, text })
    } else blocks.push({ ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: strip(c.text) }))) })
  }
  if (!removed) return doc
  blocks.forEach((b, i) => (b.loc = { ...b.loc, block: i }))
  const meta = doc.meta?.title ? { ...doc.meta, title: withoutInvisibleChars(doc.meta.title) } : doc.meta
  const note = `文中夹有 ${removed} 个不可见字符（零宽空格、软连字符等），已去除后再读取`
  return { ...doc, blocks, ...(meta ? { meta } : {}), notes: [...(doc.notes ?? []), note] }
}
