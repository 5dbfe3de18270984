import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { drawCellRefs } from './generator/cell-refs'
import { renderVariant } from './render/index'
import { scoreVariant } from './score'
import { writeFileSync } from 'node:fs'
const [id, seedS, f, mode] = process.argv.slice(2)
const m = loadModels('../shared/corpus').find((x) => x.id.endsWith(id!))!
const seed = Number(seedS)
import { drawChoices } from './generator/variant'
import { drawRowsSwapped } from './generator/table3'
import { seeded } from './generator/rng'
const rs = drawRowsSwapped(seeded(seed * 31 + 5), m.requests.map(([k]) => k))
const ov = mode === 'refs' ? { cellRefs: drawCellRefs(seed, f as any, 1) } : mode?.startsWith('swap') ? { table3: { ...drawChoices(seed, f as any, m.template).table3, rowsSwapped: rs } } : {}
const v = makeVariant(m, seed, f as any, ov)
const file = await renderVariant(v)
const p = `/tmp/n2/${file.name}`; writeFileSync(p, file.bytes)
const r = await readFile(p); if (!r.ok) throw new Error('read')
const ex = extractReport(r.document)
const s = scoreVariant(v, ex)
console.log(v.tags.join(' ')); console.log(p, s.right, s.wrong, s.unread, s.silent); for (const x of s.misses) console.log(x)
if (mode === 'notes' || mode === 'swapnotes') for (const n of ex.notes) console.log('NOTE', n.field, n.message)
