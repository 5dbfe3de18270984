// Dev aid: prints what the table parsers read from a text file.
import { readFileSync } from 'node:fs'
import { textToDocument } from '../shared/text/text-document'
import { flatten } from '../shared/extract/flatten'
import { findSections } from '../shared/extract/sections'
import { parseRequestsTable } from '../shared/extract/requests-table'
import { parseReviewTable } from '../shared/extract/review-table'
import { parseActiveDisclosure } from '../shared/extract/active-disclosure'

const file = process.argv[2]!
const doc = textToDocument(readFileSync(file, 'utf8'), file)
const flat = flatten(doc)
const secs = findSections(flat.text)
console.log(secs.map((s) => `${s.key}@${s.start}${s.headed ? '' : '(inferred)'}`).join(' '))
const zone = (k: string) => { const s = secs.find((x) => x.key === k); return s ? flat.text.slice(s.bodyStart, s.end) : '' }
const r = parseRequestsTable(zone('requests'))
console.log(JSON.stringify(r.rows), r.otherHandlingLayout, r.notes)
console.log(JSON.stringify(parseReviewTable(zone('reviewLitigation')).table))
const a = parseActiveDisclosure(zone('activeDisclosure'))
console.log(a.layout, JSON.stringify(a.table), a.notes)
