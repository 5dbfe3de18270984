// Lists the unread cells of the variant suite by cause, for the formats named on the command line
// (default: crawled-run and text-grouped; 'pdf' = the suite's PDF variants, --pdfs N of them, default 8): per variant,
// table and row, with the note the extractor left. Feeds tests/variants/UNREAD.md.
//   npx tsx tests/variants/unread.ts [format…] [--pdfs N] [--json out.json] [--show]
import { writeFileSync } from 'node:fs'
import { FORMATS } from './generator/formats'
import { loadModels } from './generator/model'
import { makeVariant, type Variant } from './generator/variant'
import { buildVariants } from './suite'
import { readBack } from './read-back'
import { scoreVariant } from './score'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const args = process.argv.slice(2)
const jsonAt = args.indexOf('--json')
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined
const pdfsAt = args.indexOf('--pdfs')
const pdfs = pdfsAt >= 0 ? Number(args[pdfsAt + 1]) : 8
const show = args.includes('--show')
const valueAt = new Set([jsonAt, pdfsAt].filter((i) => i >= 0).map((i) => i + 1))
const wanted = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i))
const formats = wanted.length ? wanted : ['crawled-run', 'text-grouped']

const models = loadModels('../shared/corpus')
const dir = mkdtempSync(join(tmpdir(), 'desk-unread-'))
const rows: { id: string; format: string; tags: string[]; misses: string[]; notes: string[] }[] = []
const byCause = new Map<string, number>()
let cells = 0
let unread = 0
let wrong = 0
const fis = FORMATS.filter((f) => f !== 'pdf')
// The suite's variants of the formats asked for: 2 seeds per model and format, and its PDFs (suite.ts's draw).
const variants: Variant[] = []
for (const [mi, m] of models.entries()) {
  for (const [fi, f] of fis.entries()) {
    if (!formats.includes(f)) continue
    for (let k = 0; k < 2; k++) variants.push(makeVariant(m, 1000 * mi + 100 * fi + k + 1, f))
  }
}
if (formats.includes('pdf')) variants.push(...buildVariants(models, { perFormat: 0, pdfs }))
for (const v of variants) {
  const f = v.choices.format
  const ex = await readBack(v, dir)
  if (!ex) continue
  const s = scoreVariant(v, ex)
  cells += s.right + s.wrong + s.unread
  unread += s.unread
  wrong += s.wrong
  const misses = s.misses.filter((x) => x.startsWith('缺') || x.startsWith('错'))
  if (!misses.length) continue
  const notes = ex.notes.map((n) => `${n.field}: ${n.message}`)
  rows.push({ id: v.id, format: f, tags: v.tags, misses, notes })
  for (const miss of misses) {
    const field = miss.split(' ')[1]!.replace(/\[\d+\]:?$|:$/, '')
    const row = field.replace(/\.[^.]+$/, (x) => (field.startsWith('activeDisclosure') ? '' : x))
    const note = ex.notes.find((n) => n.field === row || n.field.startsWith(`${row}.`)) ?? ex.notes.find((n) => row.startsWith(n.field.replace(/^section\./, '')))
    const key = `${f}${v.choices.droppedBlanks ? '+blank-dropped' : ''} | ${row} | ${(note?.message ?? '(table note)').replace(/\d+/g, 'N').slice(0, 80)}`
    byCause.set(key, (byCause.get(key) ?? 0) + 1)
  }
  if (show) {
    console.log(`\n## ${v.id} [${v.tags.join(' ')}]`)
    for (const x of misses) console.log(`  ${x}`)
    for (const n of notes) console.log(`  NOTE ${n}`)
  }
}
console.log(`\ncells ${cells} wrong ${wrong} unread ${unread} (${((100 * (cells - unread)) / cells).toFixed(2)} % read)`)
for (const [k, n] of [...byCause].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k)
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1))
