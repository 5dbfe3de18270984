// The holdout's answers checked against its own texts, without the extractor: every expected entry's
// start is printed in the text, in order, and every category is a taxonomy id. This catches a gold
// typo (a start that cannot match anything) before the set is scored.
import { describe, expect, it } from 'vitest'
import { TAXONOMY_IDS } from './entry'
import { HOLDOUT5 } from './texts'

const norm = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '')

describe('holdout 5 gold (no extractor involved)', () => {
  it('has at least 45 texts, 250 entries and unique ids', () => {
    expect(HOLDOUT5.length).toBeGreaterThanOrEqual(45)
    const entries = HOLDOUT5.reduce((n, c) => n + c.problems.length + c.improvements.length, 0)
    expect(entries).toBeGreaterThanOrEqual(250)
    expect(new Set(HOLDOUT5.map((c) => c.id)).size).toBe(HOLDOUT5.length)
  })

  it.each(HOLDOUT5.map((c) => [c.id, c] as const))('%s: starts are printed in order, categories are taxonomy ids', (_id, c) => {
    expect(c.problems.length).toBeGreaterThan(0)
    expect(c.improvements.length).toBeGreaterThan(0)
    const text = norm(c.text)
    // In order within each list; a measure may come before the next problem (针对……将……).
    for (const list of [c.problems, c.improvements]) {
      let from = 0
      for (const entry of list) {
        const at = text.indexOf(norm(entry.starts), from)
        expect(at, `「${entry.starts}」 after position ${from}`).toBeGreaterThanOrEqual(0)
        from = at + 1
        expect(entry.categories.length).toBeGreaterThan(0)
        for (const cat of entry.categories) expect(TAXONOMY_IDS).toContain(cat)
        expect(new Set(entry.categories).size).toBe(entry.categories.length)
      }
    }
  })
})
