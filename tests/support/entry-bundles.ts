// Bundles the app's process entries (the analyze CLI, the OCR process, the read worker) from the
// sources as they are now, once, into node_modules/.cache/desk-entries/<hash of the sources>/, for
// the tests to start instead of `node --import tsx …`: tsx costs ~2 CPU-s at every start (its
// loader, then the readers transpiled or looked up again), and the tests start hundreds of OCR
// processes and workers. The code run is the same code: only its transpiling is done once.
// Written to a temporary folder then renamed, so a run never sees half a bundle.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { ENTRIES } from './entry-args'

const ROOT = resolve(import.meta.dirname, '../..')

/** What a bundle is made of: every source under these folders, the entries kept elsewhere, the
 *  TypeScript settings, and this file (how it bundles). */
const SOURCE_DIRS = ['src-main', 'shared']
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.base.json', 'package.json', 'tests/support/entry-bundles.ts', 'tests/support/entry-args.ts', ...Object.values(ENTRIES).filter((e) => e.startsWith('tests/'))]

function sourceFiles(dir: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) sourceFiles(p, out)
    else if (e.isFile()) out.push(p)
  }
  return out
}

/** Hash of the sources the bundles are made from (names and bytes). */
export function sourcesHash(root = ROOT): string {
  const h = createHash('sha256')
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d), [])).concat(SOURCE_FILES.map((f) => join(root, f)).filter((f) => existsSync(f)))
  for (const f of files.sort()) {
    h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0')
  }
  return h.digest('hex').slice(0, 16)
}

/** The part of esbuild's API used here (esbuild is tsx's, not ours: no types of its own to import). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ errors: unknown[] }>
}

/** esbuild as tsx (a dev dependency) ships it: the same transpiler tsx would have used. */
function loadEsbuild(): Esbuild | null {
  try {
    const fromTsx = createRequire(createRequire(join(ROOT, 'x.js')).resolve('tsx/package.json'))
    return fromTsx('esbuild') as Esbuild
  } catch {
    return null
  }
}

/** The folder holding analyze.js, ocr-process.js and read-worker.js for the sources now, built if
 *  missing; null when esbuild cannot be loaded (then the tests start the .ts entries under tsx). */
export async function entryBundles(root = ROOT): Promise<string | null> {
  const base = join(root, 'node_modules', '.cache', 'desk-entries')
  const dir = join(base, sourcesHash(root))
  if (existsSync(join(dir, 'package.json'))) return dir
  const esbuild = loadEsbuild()
  if (!esbuild) return null
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`
  mkdirSync(tmp, { recursive: true })
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: Object.entries(ENTRIES).map(([out, src]) => ({ out, in: src })),
      outdir: tmp,
      // One file per entry, no shared chunks: code finds its sibling entries beside import.meta.url.
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      // Packages are loaded from node_modules at run time, as under tsx.
      packages: 'external',
      logLevel: 'silent',
    })
    // Written last: its presence says the folder is complete.
    writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }\n')
    try {
      renameSync(tmp, dir)
    } catch (e) {
      // Another run renamed its own copy first: the same sources, the same bundle.
      if (!existsSync(join(dir, 'package.json'))) throw e
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  pruneOld(base, dir)
  return dir
}

/** Bundles of older sources, left a day ago or more (a day: a run still using one is long over). */
function pruneOld(base: string, keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000
  for (const name of readdirSync(base)) {
    const p = join(base, name)
    try {
      if (p !== keep && statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true })
    } catch {
      // Gone already (another run pruned it).
    }
  }
}
