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
const ov = mode === 'refs' ? { cellRefs: drawCellRefs(seed, f as any, 1) } : {}
const v = makeVariant(m, seed, f as any, ov)
const file = await renderVariant(v)
const p = `/tmp/n2/${file.name}`; writeFileSync(p, file.bytes)
const r = await readFile(p); if (!r.ok) throw new Error('read')
const ex = extractReport(r.document)
const s = scoreVariant(v, ex)
console.log(v.tags.join(' ')); console.log(p, s.right, s.wrong, s.unread, s.silent); for (const x of s.misses) console.log(x)
if (mode === 'notes') for (const n of ex.notes) console.log('NOTE', n.field, n.message)
