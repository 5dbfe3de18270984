// Dev aid: times each stage of the extractor on a large generated text.
import { textToDocument } from '../shared/text/text-document'
import { flatten } from '../shared/extract/flatten'
import { findSections } from '../shared/extract/sections'
import { extractMetrics } from '../shared/extract/metrics'
import { extractHeader } from '../shared/extract/header'
import { extractReport } from '../shared/extract/index'

let big = '某县人民政府2023年度政府信息公开工作年度报告\n一、总体情况\n'
const filler = '本段为重复填充文字，用于测试大文件的处理。'.repeat(2000) + '\n'
while (big.length < 16e6) big += filler
const t = (label: string, f: () => unknown): void => { const t0 = performance.now(); f(); console.log(label, Math.round(performance.now() - t0), 'ms') }
let doc: ReturnType<typeof textToDocument>
t('textToDocument', () => (doc = textToDocument(big, 'x')))
let flat: ReturnType<typeof flatten>
t('flatten', () => (flat = flatten(doc)))
t('sections', () => findSections(flat.text))
t('metrics', () => extractMetrics(flat.text))
t('header', () => extractHeader(flat.spans.map((s) => flat.text.slice(s.start, s.end))))
t('all', () => extractReport(doc))
