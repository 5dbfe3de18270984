// A wide seed sweep: every gold model × the named formats × a seed range, read back through the
// app's reading route and scored. Prints each variant with a wrong cell (the one thing never
// allowed) and the totals. Finds wrong cells outside the suite's few seeds.
//   npx tsx tests/variants/sweep.ts --from 1 --to 200 [--formats text-grouped,crawled-run] [--models yunxi] [--refs] [--swap] [--narrow] [--unruled] [--full-width] [--marks] [--stacked] [--remarks] [--numerals] [--zero 0|—|/|－|blank|〇|无|O] [--half-width] [--letter-spaced] [--group-space] [--valign top|middle|bottom] [--subtotal] [--show]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'
import { FORMATS, type Format } from './generator/formats'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { drawRowsSwapped } from './generator/table3'
import { seeded } from './generator/rng'
import { drawCellRefs } from './generator/cell-refs'
import { drawNarrowLabels } from './generator/narrow-labels'
import { bigBody } from './generator/digit-groups'
import { drawCellMarks } from './generator/cell-marks'
import { renderVariant } from './render/index'
import { applyRemarksColumn, remarksColumnRuleTags, withRemarksBlanks } from './generator/remarks-column'
import { scoreVariant } from './score'
import { withZeroPrinted, type UnruledZero } from './generator/t3-unruled'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const from = Number(opt('from') ?? 1)
const to = Number(opt('to') ?? 50)
const formats = (opt('formats')?.split(',') ?? (args.includes('--narrow') || args.includes('--unruled') ? ['pdf'] : FORMATS.filter((f) => f !== 'pdf' && f !== 'docx'))) as Format[]
const modelFilter = opt('models')
const show = args.includes('--show')
// --refs: footnote references forced into every variant (cell-refs.ts; the suite draws none).
const refs = args.includes('--refs')
// --swap: two rows of one group printed in each other's place (table3.ts rowsSwapped; the suite draws none).
const swap = args.includes('--swap')
// --narrow: table 三 printed in a PDF with a narrow wrapped label column, extra rows, 续表 (narrow-labels.ts; implies --formats pdf).
const narrow = args.includes('--narrow')
// --unruled: table 三 printed organisations first and without ruling lines (t3-unruled.ts; implies --formats pdf).
const unruled = args.includes('--unruled')
// --full-width: every number printed in full-width digits (numbers.ts fullWidth; the suite draws it for some).
const fullWidth = args.includes('--full-width')
// --marks: a footnote mark or a hidden digit in some cells of every HTML, DOCX and PDF variant (cell-marks.ts; the suite draws a quarter).
const marks = args.includes('--marks')
// --stacked: table 四's two blocks stacked in one table (table4.ts drawStacked; drawn at p 0.04), review first at
// even seeds, litigation first at odd ones, beside every other rule the seed draws; models without table 四 skipped.
const stacked = args.includes('--stacked')
// --remarks: a 备注 column with blank cells (remarks-column.ts, as remarks-column.test.ts prints it).
const remarks = args.includes('--remarks')
// --numerals: every count in Chinese numerals (numbers.ts cnNumerals, as numeral-cells.test.ts prints it).
const numerals = args.includes('--numerals')
// --zero Z: every zero printed as Z: 0 — / － blank (numbers.ts ZEROS) or the signs 〇 无 O (ZERO_SIGNS); t3-unruled.ts withZeroPrinted.
const zeroOpt = opt('zero')
// --half-width: no full-width digits (to sweep one rule apart from the full-width one).
const halfWidth = args.includes('--half-width')
// --letter-spaced: every count of two digits or more printed letter-spaced, 「1 1」 for 11 (numbers.ts
// letterSpaced; review hr33 W4: a PDF's table 四 read from a window the sums chose, real cells dropped).
const letterSpaced = args.includes('--letter-spaced')
// --group-space: table 三 made big (digit-groups.ts bigBody) and every number ≥ 1000 grouped by a space,
// 「1 066」 (review hr33 W2: a ruled PDF row re-split to fit its total, 「066」 a cell, real cells dropped).
const groupSpace = args.includes('--group-space')
// --valign V: with --narrow, the label cells aligned so (top: Word's default, review hr33 W3: numbers on
// the label's first line, a rowspan group label on the same lines). Sweep with --formats ofd-unruled,ofd-ruled too.
const valign = opt('valign') as 'top' | 'middle' | 'bottom' | undefined
// --subtotal: table 三 printed with a 小计 column after the organisations (table3.ts subtotal; drawn at
// p 0.1). With --formats ofd-unruled: a text-only OFD whose 小计 heading wraps in its narrow column.
const subtotal = args.includes('--subtotal')

const models = loadModels('../shared/corpus').filter((m) => (!modelFilter || m.id.includes(modelFilter)) && (!stacked || m.review))
const dir = mkdtempSync(join(tmpdir(), 'desk-sweep-'))
let variants = 0
let cells = 0
let unread = 0
let wrong = 0
let silent = 0
const wrongVariants: string[] = []
try {
  for (let seed = from; seed <= to; seed++) {
    for (const m of models) {
      for (const f of formats) {
        const drawn = drawChoices(seed, f, m.template)
        const rowsSwapped = swap ? drawRowsSwapped(seeded(seed * 31 + 5), m.requests.map(([k]) => k)) : undefined
        const table3 = { ...drawn.table3, ...(rowsSwapped ? { rowsSwapped } : {}), ...(subtotal ? { organisationsFirst: false, subtotal: true } : {}), ...(unruled ? { organisationsFirst: true, subtotal: false } : {}) }
        const numbered = numerals ? { ...drawn.numbers, groupSpace: undefined, thousands: false, cnNumerals: true } : drawn.numbers
        const zeroed = zeroOpt ? withZeroPrinted(numbered, zeroOpt as UnruledZero) : numbered
        const halved = halfWidth ? { ...zeroed, fullWidth: false, fullWidthPoint: false } : zeroed
        const printed = { ...halved, ...(letterSpaced ? { letterSpaced: true } : {}), ...(groupSpace ? { groupSpace: ' ' as const, thousands: false } : {}) }
        const forced = { ...(unruled ? { table3Unruled: true } : {}), ...(fullWidth || numerals || zeroOpt || halfWidth || letterSpaced || groupSpace ? { numbers: { ...printed, ...(fullWidth ? { fullWidth: true } : {}) } } : {}), ...(marks ? { cellMarks: drawCellMarks(seed, f, 1) } : {}), ...(stacked ? { table4: seed % 2 ? ('stacked-litigation-first' as const) : ('stacked-review-first' as const) } : {}) }
        const base = groupSpace ? bigBody(remarks ? withRemarksBlanks(m, seed) : m) : remarks ? withRemarksBlanks(m, seed) : m
        const narrowRule = narrow ? drawNarrowLabels(seed) : undefined
        const made = makeVariant(base, seed, f, { ...(refs ? { cellRefs: drawCellRefs(seed, f, 1) } : {}), ...(rowsSwapped || unruled || subtotal ? { table3 } : {}), ...(narrowRule ? { narrowLabels: valign ? { ...narrowRule, valign } : narrowRule } : {}), ...forced })
        const v = remarks ? { ...made, id: `${made.id}+remarks`, doc: applyRemarksColumn(made.doc, seed), tags: [...made.tags, ...remarksColumnRuleTags()] } : made
        const file = await renderVariant(v)
        const path = join(dir, file.name)
        writeFileSync(path, file.bytes)
        const read = await readFile(path)
        if (!read.ok) continue
        const s = scoreVariant(v, extractReport(read.document))
        variants++
        cells += s.right + s.wrong + s.unread
        unread += s.unread
        wrong += s.wrong
        silent += s.silent
        if (s.wrong || (show && s.silent)) {
          wrongVariants.push(`${v.id} wrong=${s.wrong} silent=${s.silent} [${v.tags.join(' ')}]`)
          console.log(`${v.id} wrong=${s.wrong} silent=${s.silent} [${v.tags.join(' ')}]`)
          for (const x of s.misses.filter((x) => x.startsWith('错') || x.startsWith('缺(无说明)')).slice(0, show ? 40 : 6)) console.log(`   ${x}`)
        }
      }
    }
    process.stderr.write(`seed ${seed}: ${variants} variants, wrong ${wrong}\n`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(`\nseeds ${from}..${to}, ${models.length} models, formats ${formats.join(',')}: ${variants} variants, ${cells} cells, read ${(100 * (1 - unread / Math.max(1, cells))).toFixed(2)} %, wrong ${wrong} in ${wrongVariants.length} variants, unread without note ${silent}`)
