// The texts of holdouts 12–22 set aside (aside.ts) are the honest measure of whether a change to the
// matcher generalises, so no tool used while tuning may read them: only the files listed here import a
// blind holdout's texts whole or its set-aside part (the eval's score lines, which print figures only for
// the part set aside, the set table that keeps the two parts apart, and the second annotator's own set).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')

const ALLOWED = [
  'src-main/eval/section-five-set-table.ts',
  'src-main/eval/section-five-sets.ts',
  'tests/prose/holdout12/aside.ts',
  'tests/prose/holdout13/aside.ts',
  'tests/prose/holdout14/aside.ts',
  'tests/prose/holdout15/aside.ts',
  'tests/prose/holdout16/aside.ts',
  'tests/prose/holdout17/aside.ts',
  'tests/prose/holdout18/aside.ts',
  'tests/prose/holdout19/aside.ts',
  'tests/prose/holdout20/aside.ts',
  'tests/prose/holdout21/aside.ts',
  'tests/prose/holdout22/aside.ts',
  // The guard that no text set aside is among the learned side's entries (it compares, never tunes).
  'tests/prose/learned-sets.test.ts',
  // Holdout 13's second annotator labels the whole set (agreement, not tuning).
  'tests/prose/second-annotator/agreement.test.ts',
  'tests/prose/second-annotator/compare.ts',
  'tests/prose/second-annotator/print-entries.ts',
]

/** An import of a blind holdout's whole text list (…/holdout1N/texts…) or of its part set aside. */
const READS_ASIDE = /from\s+'[^']*holdout(?:1[2-9]|2[0-2])\/texts[^']*'|HOLDOUT(?:1[2-9]|2[0-2])_ASIDE/

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name.startsWith('.')) return []
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(c|m)?ts$/.test(name) ? [path] : []
  })
}

describe('no tuning tool reads the texts set aside', () => {
  it('only the listed files import a blind holdout whole or its set-aside part', () => {
    const readers = ['src-main', 'shared', 'tests', 'scripts']
      .flatMap((d) => sources(join(ROOT, d)))
      .filter((f) => READS_ASIDE.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      // The holdouts' own folders (their texts, gold tests) are the data itself.
      .filter((f) => !/^tests\/prose\/holdout(?:1[2-9]|2[0-2])\/(?!aside\.ts$)/.test(f))
      .sort()
    expect(readers).toEqual([...ALLOWED].sort())
  })
})
