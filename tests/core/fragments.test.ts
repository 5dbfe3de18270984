// The 71 real report beginnings: right year, a body taken from the text, whatever table rows are
// present, the missing sections named, and not one number that the text does not print.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeFiles } from '../../src-main/pipeline/analyze-files'
import { HAS_CORPUS, corpusFile } from './corpus-paths'
import { toSimplifiedForMatching } from '../../shared/extract/prose-text'

const index = HAS_CORPUS
  ? readFileSync(corpusFile('fragments/INDEX.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'))
  : []

describe.skipIf(!HAS_CORPUS)('fragments', () => {
  it('never invents a number, never crashes, names the missing sections', async () => {
    const files = index.map(([f]) => corpusFile(`fragments/${f}`))
    const results = await analyzeFiles(files)
    let yearsRight = 0
    results.forEach((res, i) => {
      const text = toSimplifiedForMatching(readFileSync(files[i]!, 'utf8')).replace(/[\s,，]/g, '')
      if (!res.extraction) {
        expect(res.error?.message).toMatch(/「.+」/)
        return
      }
      const r = res.extraction.report
      if (r.year === Number(index[i]![2])) yearsRight++
      if (r.agency) expect(text).toContain(r.agency.replace(/\s/g, ''))
      const numbers = [
        ...Object.values(r.metrics),
        ...Object.values(r.requests.rows).flat(),
        ...Object.values(r.reviewLitigation).flat(),
      ].filter((v): v is number => typeof v === 'number' && v > 9)
      for (const n of numbers) expect(text, `${files[i]}: ${n}`).toContain(String(n))
      const missing = ['overview', 'activeDisclosure', 'requests', 'reviewLitigation', 'problems', 'other'].filter((s) => !r.sections.includes(s as never))
      for (const s of missing) expect(res.extraction.notes.some((n) => n.field === `section.${s}`)).toBe(true)
    })
    expect(yearsRight).toBeGreaterThanOrEqual(index.length - 2)
  })
})
