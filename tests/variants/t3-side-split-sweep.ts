// Table 三 split sideways (generator rule t3-side-split.ts) swept over seeds in the text shapes: per
// shape and second part (row labels repeated / row numbers), table 三's cells right, wrong, unread with
// a note and unread without one, and how many distinct notes table 三's unread cells carry per variant.
//   npx tsx tests/variants/t3-side-split-sweep.ts [--seeds 905000,915000] [--shapes text-layout,text-plain] [--repeat labels|numbers] [--show]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SHAPES, splitVariants } from './side-split-variants'
import type { SideSplitRule } from './generator/t3-side-split'
import type { Format } from './generator/formats'
import { readBack } from './read-back'
import { scoreVariant } from './score'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const shapes = (opt('shapes')?.split(',') ?? SHAPES) as Format[]
const repeats = (opt('repeat') ? [opt('repeat')] : ['labels', 'numbers']) as SideSplitRule['repeat'][]
const seeds = (opt('seeds') ?? '905000').split(',').map(Number)
const show = args.includes('--show')
const dir = mkdtempSync(join(tmpdir(), 'desk-side-split-'))
try {
  for (const repeat of repeats) {
    for (const format of shapes) {
      const t = { variants: 0, cells: 0, right: 0, wrong: 0, noted: 0, silent: 0, manyNotes: 0 }
      const notes = new Map<string, number>()
      for (const base of seeds) {
        for (const v of splitVariants('../shared/corpus', format, repeat, base + 1000 * SHAPES.indexOf(format) + (repeat === 'numbers' ? 500 : 0))) {
          const ex = await readBack(v, dir)
          if (!ex) continue
          const sc = scoreVariant(v, ex)
          const t3 = sc.misses.filter((m) => m.includes(' requests.'))
          const cells = v.model.requests.reduce((n, [, c]) => n + c.length, 0)
          const wrong = t3.filter((m) => m.startsWith('错'))
          const silent = t3.filter((m) => m.startsWith('缺(无说明)'))
          const unread = t3.filter((m) => m.startsWith('缺'))
          t.variants++
          t.cells += cells
          t.wrong += wrong.length
          t.silent += silent.length
          t.noted += unread.length - silent.length
          t.right += cells - wrong.length - unread.length
          const t3notes = new Set(ex.notes.filter((n) => n.field.startsWith('requests') || n.field === 'section.requests').map((n) => n.message))
          if (unread.length && t3notes.size > 1) t.manyNotes++
          if (unread.length) for (const n of t3notes) notes.set(n, (notes.get(n) ?? 0) + 1)
          if (show && (wrong.length || silent.length)) console.log(`  ${v.id} ${JSON.stringify(v.choices.table3SideSplit)}: ${[...wrong, ...silent].slice(0, 4).join('; ')}`)
        }
      }
      console.log(`${repeat} ${format}: ${t.variants} variants, table 三 ${t.cells} cells: right ${t.right}, wrong ${t.wrong}, unread ${t.noted + t.silent} (noted ${t.noted}, silent ${t.silent}); variants with unread cells and >1 table 三 note: ${t.manyNotes}`)
      if (show) for (const [n, k] of [...notes].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`    ${k}× ${n.slice(0, 90)}`)
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
