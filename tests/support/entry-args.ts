// How a test starts one of the app's process entries: the bundle of this run's sources when the
// global setup built one (entry-bundles.ts, named in DESK_PREBUILT_ENTRIES), else the .ts source
// under tsx. Either way the same code runs from the same working directory.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PREBUILT_ENTRIES_ENV } from '../../src-main/prebuilt-entry'

/** The entries bundled, by bundle name (as the app's build names them: out/main/<name>.js). */
export const ENTRIES = {
  analyze: 'src-main/cli/analyze.ts',
  'ocr-process': 'src-main/readers/ocr/ocr-process.ts',
  'read-worker': 'src-main/import/read-worker.ts',
  // The hostile-files test's child: the app's import path in a process of its own.
  'run-import': 'tests/hostile/run-import.ts',
} as const

export type EntryName = keyof typeof ENTRIES

/** Node's arguments before the entry's own: `[bundle.js]` or `['--import', 'tsx', source.ts]`. */
export function entryArgs(name: EntryName): string[] {
  const dir = process.env[PREBUILT_ENTRIES_ENV]
  const built = dir ? join(dir, `${name}.js`) : null
  return built && existsSync(built) ? [built] : ['--import', 'tsx', ENTRIES[name]]
}
