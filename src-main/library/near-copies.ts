// N near-copies of one report in a folder (for the 2,000-copies bench and test): the same text, each
// with one line of its own at the end (a download stamp), so every file has its own hash.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Writes `count` copies of the text report `source` into `dir`; returns their paths. */
export async function writeNearCopies(source: string, dir: string, count: number): Promise<string[]> {
  const text = await readFile(source, 'utf8')
  await mkdir(dir, { recursive: true })
  const paths: string[] = []
  for (let i = 0; i < count; i++) {
    const path = join(dir, `copy-${String(i).padStart(5, '0')}.txt`)
    await writeFile(path, `${text}\n（下载副本 ${i + 1}）\n`)
    paths.push(path)
  }
  return paths
}

/** Bytes of every file under `dir` (what the library takes on disk, without block rounding). */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await readFile(join(e.parentPath, e.name))).length
  }
  return total
}
