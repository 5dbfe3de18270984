// A DOCX part brought in whole by <w:altChunk r:id="…"/>: the way web systems' 「导出 Word」 (and
// html-docx style libraries) put an HTML or MHT page into a DOCX. Word shows the page in its place
// until the file is saved again, so the report's text or tables may be there and nowhere else.
// The part is read by the web page reader; a part of another kind, or one not readable, is named.
import type { Block } from '../../shared/model/document'
import { readHtml } from './html'
import { partRelationships } from './docx-names'
import { readZipEntry, type ZipLimits } from './zip'

/** The blocks of the chunk with relationship id `id`, or a Chinese reason it is not read. */
export type AltChunkReader = (id: string) => { blocks: Block[] } | { why: string }

export function altChunkReader(bytes: Uint8Array, filePath: string, limits: ZipLimits, main = 'word/document.xml'): AltChunkReader {
  let rels: Map<string, string> | null = null
  return (id) => {
    rels ??= new Map(partRelationships(bytes, limits, main).map((r) => [r.id, r.part]))
    const part = rels.get(id)
    if (!part) return { why: `文档中嵌入的内容（altChunk「${id}」）在文件中找不到，未能读取` }
    const entry = readZipEntry(bytes, part, limits)
    if (!entry.ok) return { why: `文档中嵌入的内容「${part}」无法解压，未能读取` }
    const head = new TextDecoder('latin1').decode(entry.data.subarray(0, 2048))
    const mhtml = /^\s*MIME-Version:|Content-Type:\s*multipart\/related/im.test(head) || /\.mht(?:ml)?$/i.test(part)
    const html = mhtml || /\.x?html?$/i.test(part) || /<html|<body|<table|<p[\s>]/i.test(head)
    if (!html) return { why: `文档中嵌入了「${part.replace(/^word\//, '')}」（不是网页格式的内容），未读取` }
    const read = readHtml(entry.data, filePath, part, { mhtml })
    if (!read.ok) return { why: `文档中嵌入的网页内容「${part.replace(/^word\//, '')}」未能读取：${read.error.message}`.slice(0, 200) }
    return { blocks: read.document.blocks }
  }
}
