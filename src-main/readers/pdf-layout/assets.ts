// Where pdf.js's CMaps and standard fonts live on disk: always local, never a CDN.
// Order: explicit option, DRD_PDFJS_ASSETS, resources/pdfjs found upwards from this module or the
// working directory (dev, tests, the electron-vite bundle), Electron's resourcesPath, and last the
// pdfjs-dist package itself.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface PdfAssets {
  cMapUrl: string
  standardFontDataUrl: string
  /** pdf.js's image decoders (JBIG2 and CCITT, JPEG 2000): needed only to draw a page (render-page.ts). */
  wasmUrl?: string
}

function hasAssets(dir: string): boolean {
  return existsSync(join(dir, 'cmaps')) && existsSync(join(dir, 'standard_fonts'))
}

function upwards(start: string): string | null {
  let dir = resolve(start)
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources', 'pdfjs')
    if (hasAssets(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return null
}

function moduleDir(): string | null {
  try {
    return dirname(fileURLToPath(import.meta.url))
  } catch {
    return null
  }
}

let cached: string | null = null

export function pdfAssetsDir(explicit?: string): string | null {
  if (explicit && hasAssets(explicit)) return explicit
  if (cached) return cached
  const env = process.env.DRD_PDFJS_ASSETS
  const here = moduleDir()
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  const candidates = [
    env && hasAssets(env) ? env : null,
    here ? upwards(here) : null,
    upwards(process.cwd()),
    resourcesPath ? upwards(resourcesPath) ?? (hasAssets(join(resourcesPath, 'pdfjs')) ? join(resourcesPath, 'pdfjs') : null) : null,
  ]
  let found = candidates.find((c): c is string => !!c) ?? null
  if (!found) {
    try {
      const req = createRequire(here ? join(here, 'x.js') : join(process.cwd(), 'x.js'))
      const pkg = dirname(req.resolve('pdfjs-dist/package.json'))
      if (hasAssets(pkg)) found = pkg
    } catch {
      found = null
    }
  }
  cached = found
  return found
}

/** The pdfjs-dist package's own wasm/ (assets copied before it was copied too lack it). */
function packageWasm(): string | null {
  try {
    const here = moduleDir()
    const req = createRequire(here ? join(here, 'x.js') : join(process.cwd(), 'x.js'))
    return join(dirname(req.resolve('pdfjs-dist/package.json')), 'wasm')
  } catch {
    return null
  }
}

export function pdfAssets(explicit?: string): PdfAssets | null {
  const dir = pdfAssetsDir(explicit)
  if (!dir) return null
  // pdf.js under Node reads these with fs when given plain paths; a trailing separator is required.
  const wasm = [join(dir, 'wasm'), packageWasm()].find((d): d is string => !!d && existsSync(d))
  return { cMapUrl: join(dir, 'cmaps') + '/', standardFontDataUrl: join(dir, 'standard_fonts') + '/', ...(wasm ? { wasmUrl: wasm + '/' } : {}) }
}
