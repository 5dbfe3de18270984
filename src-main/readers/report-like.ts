// Does a document read like a 政府信息公开工作年度报告 at all?
import type { SourceDocument } from '../../shared/model/document'

const MARKERS = ['政府信息公开', '年度报告', '主动公开', '依申请']

export function looksLikeReport(doc: SourceDocument): boolean {
  const text = doc.blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n')))
    .join('\n')
    .replace(/\s+/g, '')
  return MARKERS.some((m) => text.includes(m))
}
