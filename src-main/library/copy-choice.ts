// The copies the user chose to use for their reports (copy-choices.json in the library folder):
// a list of report ids. Written atomically; a missing or damaged file means no choice was made
// (the best-read copy is used), never an error.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-write'

const FILE = 'copy-choices.json'

export async function readCopyChoices(root: string): Promise<Set<string>> {
  try {
    const data = JSON.parse(await readFile(join(root, FILE), 'utf8')) as { preferred?: unknown }
    return new Set(Array.isArray(data.preferred) ? data.preferred.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    return new Set()
  }
}

export async function writeCopyChoices(root: string, preferred: ReadonlySet<string>): Promise<void> {
  await writeFileAtomic(join(root, FILE), JSON.stringify({ preferred: [...preferred].sort() }, null, 1))
}
