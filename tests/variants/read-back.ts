// A variant printed as the suite prints it (text shapes, HTML, DOCX, PDF), written to `dir`, read by the
// app's readers and extracted: what the scripts that list or sweep variants score (unread.ts, t3-side-split-sweep.ts).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'
import { renderVariant } from './render/index'
import type { Variant } from './generator/variant'

export async function readBack(v: Variant, dir: string): Promise<ReturnType<typeof extractReport> | null> {
  const file = await renderVariant(v)
  const path = join(dir, file.name)
  writeFileSync(path, file.bytes)
  const read = await readFile(path)
  return read.ok ? extractReport(read.document) : null
}
