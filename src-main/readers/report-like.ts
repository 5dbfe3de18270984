// Does a document read like a 政府信息公开工作年度报告 at all?
import type { SourceDocument } from '../../shared/model/document'
import { toSimplifiedForMatching } from '../../shared/extract/prose-text'

const MARKERS = ['政府信息公开', '年度报告', '主动公开', '依申请']

export function looksLikeReport(doc: SourceDocument): boolean {
  const text = doc.blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n')))
    .join('\n')
    .replace(/\s+/g, '')
  // Some copies are in traditional characters (政府信息公開): compare in simplified form.
  const simple = toSimplifiedForMatching(text)
  return MARKERS.some((m) => simple.includes(m))
}
