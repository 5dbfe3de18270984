// A variant's DOCX converted by LibreOffice (soffice --headless) into what Writer saves: Word 97
// .doc, .odt, or a Writer-exported PDF (its layout is not Chromium's). Cached by the DOCX's content:
// a conversion costs 2–4 s.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p)) ?? null
export const canConvertOffice = SOFFICE !== null

export type OfficeTarget = 'doc' | 'odt' | 'pdf'

/** The filter of each target (Writer's own names). */
const FILTER: Record<OfficeTarget, string> = { doc: 'doc:MS Word 97', odt: 'odt:writer8', pdf: 'pdf:writer_pdf_Export' }

/** The DOCX's parts but its core properties (their creation time changes at every render). */
function contentKey(docx: Uint8Array, target: OfficeTarget): string {
  const h = createHash('sha1').update(target)
  const parts = unzipSync(docx)
  for (const name of Object.keys(parts).sort()) {
    if (name === 'docProps/core.xml') continue
    h.update(name).update(parts[name]!)
  }
  return h.digest('hex')
}

function officeDir(): string {
  const dir = join(tmpdir(), 'desk-variant-office')
  mkdirSync(dir, { recursive: true })
  return dir
}

/** One soffice run converting the DOCXs not yet cached: its start-up (several seconds at load) is
 *  paid once. It writes into a folder of this process's own, and each result is renamed into the
 *  cache whole, so another process never reads a half-written file. */
function runSoffice(todo: { key: string; docx: Uint8Array }[], target: OfficeTarget): void {
  if (!SOFFICE) throw new Error('soffice not found')
  const dir = officeDir()
  const work = join(dir, `.tmp-${process.pid}`)
  mkdirSync(work, { recursive: true })
  try {
    const srcs = todo.map(({ key, docx }) => {
      const src = join(work, `${key}.docx`)
      writeFileSync(src, docx)
      return src
    })
    // A profile of this process's own: two soffice runs sharing one profile wait on its lock.
    const profile = `file://${join(tmpdir(), `desk-soffice-${process.pid}`)}`
    execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', FILTER[target], '--outdir', work, ...srcs], { stdio: 'ignore', timeout: 300_000 })
    for (const { key } of todo) {
      const made = join(work, `${key}.${target}`)
      if (existsSync(made)) renameSync(made, join(dir, `${key}.${target}`))
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** The DOCXs (with their keys) whose conversion is not cached yet, each once. */
function uncached(keyed: { key: string; docx: Uint8Array }[], target: OfficeTarget): { key: string; docx: Uint8Array }[] {
  const dir = officeDir()
  const seen = new Set<string>()
  return keyed.filter(({ key }) => !existsSync(join(dir, `${key}.${target}`)) && !seen.has(key) && seen.add(key))
}

/** Converts the DOCXs not yet cached, all in one soffice run (call before convertDocx on each). */
export function convertAll(docxs: Uint8Array[], target: OfficeTarget): void {
  const todo = uncached(
    docxs.map((docx) => ({ key: contentKey(docx, target), docx })),
    target,
  )
  if (todo.length) runSoffice(todo, target)
}

export function convertDocx(docx: Uint8Array, target: OfficeTarget): Uint8Array {
  // The key is computed once: unzipping and hashing the DOCX is most of a cached call's time.
  const key = contentKey(docx, target)
  const out = join(officeDir(), `${key}.${target}`)
  if (!existsSync(out)) runSoffice([{ key, docx }], target)
  if (!existsSync(out)) throw new Error(`soffice made no ${target}`)
  return new Uint8Array(readFileSync(out))
}
