// postinstall: copy pdf.js's CMaps, standard fonts and image decoders (wasm/: a page drawn for OCR
// decodes its bitmap glyphs with them) into resources/pdfjs so the app reads them
// from disk (never from a CDN). Safe to run again; does nothing when pdfjs-dist is absent.
import { cpSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = join(root, 'node_modules', 'pdfjs-dist')
if (!existsSync(pkg)) {
  console.log('copy-pdfjs-assets: pdfjs-dist not installed, skipped')
  process.exit(0)
}
const dest = join(root, 'resources', 'pdfjs')
mkdirSync(dest, { recursive: true })
for (const dir of ['cmaps', 'standard_fonts', 'wasm']) cpSync(join(pkg, dir), join(dest, dir), { recursive: true })
console.log(`copy-pdfjs-assets: copied cmaps/, standard_fonts/ and wasm/ to ${dest}`)
