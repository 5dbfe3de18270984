// The prose readers against the hand-checked gold of every text-format report in the corpus
// (real/*.txt, real/*.md, synthetic/*.txt) and, where pdftotext is installed, the real PDFs.
// Each test cuts out what its reader needs with a simple regex (corpus.ts), runs it and lists misses.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'
import { extractMetrics } from '../../shared/extract/metrics'
import { splitProblems } from '../../shared/extract/problems'
import type { ProblemEntry } from '../../shared/model/report'
import { CORPUS, HAS_CORPUS, sectionFive, textReports, type Gold, type GoldEntry } from './corpus'


interface Case {
  id: string
  lines: string[]
  gold: Gold
}

function pdfCases(): Case[] {
  if (!HAS_CORPUS) return []
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
  } catch {
    return []
  }
  const dir = join(CORPUS, 'real')
  const out = mkdtempSync(join(tmpdir(), 'prose-pdf-'))
  return readdirSync(dir)
    .filter((n) => n.endsWith('.pdf') && existsSync(join(dir, 'gold', n.replace(/\.pdf$/, '.json'))))
    .map((n) => {
      const txt = join(out, n.replace(/\.pdf$/, '.txt'))
      execFileSync('pdftotext', [join(dir, n), txt])
      const lines = readFileSync(txt, 'utf8').split(/\r?\n/)
      const gold = JSON.parse(readFileSync(join(dir, 'gold', n.replace(/\.pdf$/, '.json')), 'utf8')) as Gold
      return { id: `real/${n}`, lines, gold }
    })
}

const cases: Case[] = [...textReports(), ...pdfCases()]

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return [...a].sort().join() === [...b].sort().join()
}

function entryMisses(id: string, kind: string, got: ProblemEntry[], gold: GoldEntry[]): string[] {
  const misses: string[] = []
  if (got.length !== gold.length) misses.push(`${id} ${kind}: ${got.length} entries, gold ${gold.length}`)
  gold.forEach((g, i) => {
    const e = got[i]
    if (!e) return
    if (!e.text.startsWith(g.startsWith)) misses.push(`${id} ${kind}[${i}] starts "${e.text.slice(0, 20)}", gold "${g.startsWith}"`)
    else if (!sameSet(e.categories, g.categories)) {
      misses.push(`${id} ${kind}[${i}] categories ${e.categories.join('+')}, gold ${g.categories.join('+')}`)
    }
  })
  return misses
}

describe.skipIf(!HAS_CORPUS)('prose readers against the corpus gold', () => {
  it('finds the text reports', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35)
  })

  it('reads agency, year and 落款 date of every report', () => {
    const misses: string[] = []
    for (const c of cases) {
      const h = extractHeader(c.lines)
      if (h.agency !== c.gold.agency) misses.push(`${c.id} agency ${h.agency}, gold ${c.gold.agency}`)
      if (h.year !== c.gold.year) misses.push(`${c.id} year ${h.year}, gold ${c.gold.year}`)
      if (h.publishedOn !== c.gold.publishedOn) misses.push(`${c.id} publishedOn ${h.publishedOn}, gold ${c.gold.publishedOn}`)
    }
    expect(misses).toEqual([])
  })

  it('reads every prose metric (and leaves unstated ones null)', () => {
    const misses: string[] = []
    for (const c of cases) {
      const { metrics, sources } = extractMetrics(c.lines.join('\n'))
      for (const [key, want] of Object.entries(c.gold.metrics)) {
        const got = metrics[key as keyof typeof metrics]
        if (got !== want) misses.push(`${c.id} ${key} ${got}, gold ${want} (${sources[key as keyof typeof sources]?.slice(0, 60) ?? 'no source'})`)
      }
    }
    expect(misses).toEqual([])
  })

  it('splits section 五 into the gold problems and improvements, with their categories', () => {
    const misses: string[] = []
    for (const c of cases) {
      const five = sectionFive(c.lines)
      if (five === null) {
        misses.push(`${c.id}: section 五 not found by the test's regex`)
        continue
      }
      const res = splitProblems(five)
      misses.push(...entryMisses(c.id, 'problems', res.problems, c.gold.problems))
      misses.push(...entryMisses(c.id, 'improvements', res.improvements, c.gold.improvements))
      for (const [kind, got] of [['problems', res.problems], ['improvements', res.improvements]] as const) {
        got.forEach((e, i) => {
          // Explainable: every category but `other` names the words that decided it.
          for (const cat of e.categories) if (cat !== 'other') expect(e.matchedWords?.[cat]?.length ?? 0).toBeGreaterThan(0)
        })
      }
    }
    expect(misses).toEqual([])
  })
})
