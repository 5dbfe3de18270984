// Text as poppler's `pdftotext -layout` gives it (columns aligned with spaces, the vertical label
// 三、本年度办理结果 printed one character per line between rows): every corpus PDF's tables 三 and
// 四 read back to their gold cells. Skipped where pdftotext or the corpus is absent.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'
import { HAS_CORPUS, corpusFile } from './corpus-paths'

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const pdfs = HAS_CORPUS
  ? ['real', 'synthetic'].flatMap((d) => readdirSync(corpusFile(d)).filter((f) => f.endsWith('.pdf')).map((f) => `${d}/${f}`))
  : []

describe.skipIf(!HAS_CORPUS || !hasPdftotext())('pdftotext -layout text of the corpus PDFs', () => {
  it.each(pdfs)('%s', (rel) => {
    const text = execFileSync('pdftotext', ['-layout', corpusFile(rel), '-'], { encoding: 'utf8' })
    const [folder, name] = rel.split('/') as [string, string]
    const gold = JSON.parse(readFileSync(corpusFile(`${folder}/gold/${name.replace(/\.pdf$/, '.json')}`), 'utf8'))
    const r = extractReport(textToDocument(text, name)).report
    expect(r.requests.rows).toEqual(gold.requests.rows)
    expect(r.reviewLitigation).toEqual(gold.reviewLitigation)
  })
})
