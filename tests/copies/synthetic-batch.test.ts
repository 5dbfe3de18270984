// The public synthetic reports in every format, analysed in ONE batch (so each report is there
// four to six times): every copy gets every expected flag of its gold file, cross-year ones
// included, and no flag about copies (they agree); all copies of a report get the same verdicts.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeFiles, type AnalyzedFile } from '../../src-main/pipeline/analyze-files'
import { summarizeByBody } from '../../shared/checks/summary'

const DIR = join(__dirname, '../../../shared/corpus/synthetic')
const REPORT = /^(.+_\d{4})\.(gbk\.txt|txt|pdf|docx|html|htm)$/

interface Gold {
  year: number
  expectedFlags?: { present: string[]; absent: string[] }
  crossYear?: { against: string; present: string[]; absent: string[] }
}

describe.skipIf(!existsSync(DIR))('synthetic reports in all formats, one batch', () => {
  const files = existsSync(DIR) ? readdirSync(DIR).filter((n) => REPORT.test(n)).sort() : []
  const idOf = (name: string): string => REPORT.exec(name)![1]!
  let results: AnalyzedFile[] = []

  it('analyses every file', async () => {
    results = await analyzeFiles(files.map((f) => join(DIR, f)))
    expect(results.filter((r) => r.error)).toEqual([])
    expect(new Set(files.map(idOf)).size).toBeLessThan(files.length)
  }, 300_000)

  it('every copy gets its expected flags (cross-year included) and none about copies', () => {
    for (const [i, name] of files.entries()) {
      const gold = JSON.parse(readFileSync(join(DIR, 'gold', `${idOf(name)}.json`), 'utf8')) as Gold
      const ids = new Set<string>(results[i]!.flags.map((f) => f.id))
      const present = [...(gold.expectedFlags?.present ?? []), ...(gold.crossYear?.present ?? [])]
      const absent = [...(gold.expectedFlags?.absent ?? []), ...(gold.crossYear?.absent ?? []), 'COPIES_DIFFER', 'DUPLICATE_REPORT']
      for (const id of present) expect(ids.has(id), `${name} should raise ${id}`).toBe(true)
      for (const id of absent) expect(ids.has(id), `${name} should not raise ${id}`).toBe(false)
    }
  })

  it('all copies of one report get the same verdicts', () => {
    const byId = new Map<string, Map<string, string[]>>()
    files.forEach((name, i) => {
      const m = byId.get(idOf(name)) ?? new Map<string, string[]>()
      m.set(name, results[i]!.flags.map((f) => f.id).sort())
      byId.set(idOf(name), m)
    })
    for (const [id, copies] of byId) {
      const sets = [...copies.values()].map((s) => s.join(','))
      expect(new Set(sets).size, `${id}: ${[...copies.entries()].map(([n, s]) => `${n}=${s.join('|')}`).join('  ')}`).toBe(1)
    }
  })

  it('the per-body summary counts each year once, naming the copies', () => {
    const inputs = results.flatMap((a, i) => (a.extraction ? [{ id: String(i), fileName: files[i]!, extraction: a.extraction }] : []))
    const text = summarizeByBody(inputs, new Map(results.map((a, i) => [String(i), a.flags])))
    const reports = new Set(files.map(idOf)).size
    const counted = [...text.matchAll(/（[^）]*?(\d+) 份报告/g)].reduce((n, m) => n + Number(m[1]), 0)
    expect(counted).toBe(reports)
    expect(text).toContain('同一报告的副本：')
  })
})
