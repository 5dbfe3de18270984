// Every corpus PDF (real and synthetic), turned into OFD from its text layer, read by the OFD reader
// and the extractor: the cells of the gold answer, none wrong. Two styles: one object per run with
// the table rulings as PathObjects, and one object per character in page-sized boxes with no rulings.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { compare } from '../../src-main/eval/compare'
import type { GoldFile } from '../../src-main/eval/corpus'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { CORPUS, HAS_CORPUS } from '../core/corpus-paths'
import { writeOfd, type OfdStyle } from './ofd-writer'
import { pdfToOfdPages } from './pdf-to-ofd'

const STYLES: [string, OfdStyle, boolean][] = [
  ['per run, ruled', { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }, true],
  ['per character, unruled', { objects: 'char', boxes: 'page', scale: 1, rules: 'stroke' }, false],
]

const pdfs = HAS_CORPUS ? ['real', 'synthetic'].flatMap((folder) => readdirSync(join(CORPUS, folder)).filter((n) => n.endsWith('.pdf')).map((n) => [folder, n] as const)) : []

describe.skipIf(!HAS_CORPUS)('corpus PDFs as OFD', () => {
  it.each(pdfs)('%s/%s', async (folder, name) => {
    const gold = JSON.parse(readFileSync(join(CORPUS, folder, 'gold', name.replace(/\.pdf$/, '.json')), 'utf8')) as GoldFile
    const pages = await pdfToOfdPages(new Uint8Array(readFileSync(join(CORPUS, folder, name))))
    for (const [label, style, ruled] of STYLES) {
      const r = readOfd(writeOfd(ruled ? pages : pages.map((p) => ({ ...p, rules: [] })), style), name, name)
      if (!r.ok) throw new Error(r.error.message)
      const cells = compare(extractReport(r.document), [], gold, { crossYear: false }).tally.cells
      expect({ label, wrong: cells.wrong, missed: cells.total - cells.correct }).toEqual({ label, wrong: 0, missed: 0 })
    }
  })
})
