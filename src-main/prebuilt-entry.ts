// The process and thread entries (the OCR process, the read worker) pre-bundled as plain JS, when
// the one who started us built them: Vitest's global setup (tests/support/entry-bundles.ts) bundles
// the same sources once per run and names the folder in DESK_PREBUILT_ENTRIES, so that each OCR
// process or worker need not start tsx and transpile the readers again (~2 CPU-s a start). The
// folder is laid out as the app's own out/main (analyze.js, ocr-process.js, read-worker.js side by
// side), so code bundled there finds its siblings as the built app does.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const PREBUILT_ENTRIES_ENV = 'DESK_PREBUILT_ENTRIES'

/** `name` (e.g. 'ocr-process.js') in the pre-built entries folder, if one is named and holds it. */
export function prebuiltEntry(name: string): string | null {
  const dir = process.env[PREBUILT_ENTRIES_ENV]
  if (!dir) return null
  const file = join(dir, name)
  return existsSync(file) ? file : null
}
