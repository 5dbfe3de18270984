// OCR results kept by the file's SHA-256, so a re-import of a scan is instant. What is kept is the
// raw reading (boxes, confidences, rulings per page), not the document: layout improvements apply
// to cached scans too. ENGINE_VERSION changes whenever the reading itself changes.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { OcrPage } from './ocr-page'

export const ENGINE_VERSION = 'ppocrv4-light-51'

/** The user's own cache folder (never shared, never on the network). */
export function defaultOcrCacheDir(): string {
  const base =
    process.platform === 'win32'
      ? (process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Caches')
        : (process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'))
  return join(base, 'disclosure-desk', 'ocr')
}

function fileOf(dir: string, sha256: string): string {
  return join(dir, `${sha256}.${ENGINE_VERSION}.json`)
}

export function readOcrCache(dir: string, sha256: string): OcrPage[] | null {
  try {
    const pages = JSON.parse(readFileSync(fileOf(dir, sha256), 'utf8')) as unknown
    return Array.isArray(pages) ? (pages as OcrPage[]) : null
  } catch {
    return null
  }
}

/** Written to a temporary name first, then renamed: a crash never leaves half a file. Failure to
 *  write (read-only disk, disk full) only costs the next import its speed. */
export function writeOcrCache(dir: string, sha256: string, pages: OcrPage[]): void {
  try {
    mkdirSync(dir, { recursive: true })
    const tmp = `${fileOf(dir, sha256)}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(pages))
    renameSync(tmp, fileOf(dir, sha256))
  } catch {
    // best effort
  }
}

/** A saved web page's table pictures are not kept by the library (it keeps the page): the ones the
 *  OCR read are kept here, by the page's hash and the picture's place, so their crops can be cut. */
function pictureFileOf(dir: string, sha256: string, k: number): string {
  return join(dir, `${sha256}.picture-${k}`)
}

export function writeCachedPicture(dir: string, sha256: string, k: number, bytes: Uint8Array): void {
  try {
    mkdirSync(dir, { recursive: true })
    const tmp = `${pictureFileOf(dir, sha256, k)}.${process.pid}.tmp`
    writeFileSync(tmp, bytes)
    renameSync(tmp, pictureFileOf(dir, sha256, k))
  } catch {
    // best effort: without it, that picture's rows show no crop
  }
}

export function readCachedPicture(dir: string, sha256: string, k: number): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(pictureFileOf(dir, sha256, k)))
  } catch {
    return null
  }
}
