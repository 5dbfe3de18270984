import { readFileSync } from 'node:fs'
import { findLabels, tableText } from '../../shared/extract/requests-labels'
import { events } from '../../shared/extract/requests-events'
import { blankCellUnits } from '../../shared/extract/requests-units'
const t = readFileSync(process.argv[2]!, 'utf8')
const a = t.indexOf(process.argv[3]!), b = t.indexOf(process.argv[4]!, a)
const text = blankCellUnits(tableText(t.slice(a, b)))
const labels = findLabels(text)
for (const e of events(text, labels, 7)) console.log(e.kind === 'label' ? `LABEL ${e.hit.key} @${e.hit.start}-${e.hit.end} ${JSON.stringify(text.slice(e.hit.start, e.hit.end))}` : `CELLS ${e.tokens.map((x) => x.digits || '_').join(' ')} @${e.tokens[0]!.start}`)
