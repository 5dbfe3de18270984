// The first ~2,000 bytes of 71 real reports (fragments/INDEX.tsv gives body and year): the header
// reader must find the right year and name the body as its title writes it (or say nothing), and
// the metrics reader must not invent a number that the text does not state.
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'
import { extractMetrics } from '../../shared/extract/metrics'
import { compactForMatching, toSimplifiedForMatching } from '../../shared/extract/prose-text'
import { METRIC_KEYS } from '../../shared/model/report'
import { fragments, HAS_CORPUS } from './corpus'

const frags = fragments()

/** INDEX agency without its bracketed note, simplified. */
function indexAgency(raw: string): string {
  return toSimplifiedForMatching(raw.replace(/[（(][^）)]*[）)]/g, '').trim())
}

/** The body is not in the excerpt (INDEX says so): the reader must not name one. */
function bodyNotInText(raw: string): boolean {
  return /某|未能识别|推断|疑为/.test(raw)
}

/** `short` can be read out of `long` by dropping characters (县科技局 ⊂ 平阳县科学技术局). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0
  for (const c of long) if (c === short[i]) i++
  return i === short.length
}

/** The excerpt has a title line of its own (not a sentence of the preamble). */
function hasTitle(lines: string[]): boolean {
  return lines
    .slice(0, 40)
    .some((l) => /\d{4}\s*年度?\s*\S{0,30}?政府信息公开工作(?:年度)?报告|政府信息公開工作年度報告/.test(l) && !/^\s*(?:根据|根據|依据|依據|本报告|本報告|本年度|本年报)/.test(l))
}

describe.skipIf(!HAS_CORPUS)('fragments of real reports', () => {
  it('has the 71 fragments', () => {
    expect(frags.length).toBe(71)
  })

  it('finds the year each fragment reports on', () => {
    const misses: string[] = []
    for (const f of frags) {
      const h = extractHeader(f.lines)
      const stated = /^\d{4}$/.test(f.year) && !/inferred|not stated/i.test(f.note)
      if (stated && h.year !== Number(f.year)) misses.push(`${f.file}: year ${h.year}, INDEX ${f.year}`)
      if (!stated && h.year !== null && /^\d{4}$/.test(f.year) && h.year !== Number(f.year)) misses.push(`${f.file}: year ${h.year}, INDEX ${f.year}`)
    }
    expect(misses).toEqual([])
  })

  it('names the body as written, or not at all', () => {
    const misses: string[] = []
    let named = 0
    for (const f of frags) {
      const h = extractHeader(f.lines)
      const want = indexAgency(f.agency)
      if (bodyNotInText(f.agency)) {
        if (h.agency !== null) misses.push(`${f.file}: named ${h.agency}, but the body is not in the excerpt`)
        continue
      }
      if (h.agency === null) {
        if (hasTitle(f.lines)) misses.push(`${f.file}: no body, though the excerpt has a title (${want})`)
        continue
      }
      named++
      const got = toSimplifiedForMatching(h.agency)
      if (!isSubsequence(got, want) && !isSubsequence(got.replace(/人民政府$|政府$/, ''), want)) {
        misses.push(`${f.file}: named ${h.agency}, INDEX ${want}`)
      }
    }
    expect(misses).toEqual([])
    expect(named).toBeGreaterThanOrEqual(45)
  })

  it('invents no number: every metric is in the sentence it cites, and that sentence is in the text', () => {
    const misses: string[] = []
    for (const f of frags) {
      const compact = compactForMatching(f.text)
      const { metrics, sources } = extractMetrics(f.lines.join('\n'))
      for (const key of METRIC_KEYS) {
        const v = metrics[key]
        if (v === null) continue
        const src = sources[key]
        if (!src) {
          misses.push(`${f.file} ${key}=${v} without a source`)
          continue
        }
        const srcCompact = compactForMatching(src)
        if (!compact.includes(srcCompact)) misses.push(`${f.file} ${key}: source not in the text`)
        const abs = String(Math.abs(v))
        const asWan = String(Math.abs(v) / 10_000)
        if (!srcCompact.replace(/[,，]/g, '').includes(abs) && !srcCompact.includes(`${asWan}万`)) misses.push(`${f.file} ${key}=${v} not in "${src}"`)
      }
    }
    expect(misses).toEqual([])
  })
})
