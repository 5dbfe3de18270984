// A variant → the bytes of a file in its format (what a user would import).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Variant } from '../generator/variant'
import { renderTextShape, type TextShape } from './text'
import { renderHtmlDoc } from './html'
import { renderDocxDoc } from './docx'
import { convertAll, convertDocx, type OfficeTarget } from './office'
import { renderMhtml } from './mhtml'
import { renderOfd } from './ofd'

export interface RenderedFile {
  name: string
  bytes: Uint8Array
}

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null
export const canPrintPdf = CHROMIUM !== null

/** HTML printed to PDF by Chromium (cached by content: printing costs about a second). */
export function printPdf(html: string): Uint8Array {
  if (!CHROMIUM) throw new Error('chromium not found')
  const dir = join(tmpdir(), 'desk-variant-pdfs')
  mkdirSync(dir, { recursive: true })
  const key = createHash('sha1').update(html).digest('hex')
  const pdf = join(dir, `${key}.pdf`)
  if (!existsSync(pdf)) {
    // Printed under a name of this process's own, then renamed: test files run side by side may print
    // the same page, and neither may read the other's half-written PDF.
    const src = join(dir, `${key}.${process.pid}.html`)
    const part = join(dir, `${key}.${process.pid}.pdf`)
    writeFileSync(src, html)
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-pdf-header-footer', `--print-to-pdf=${part}`, `file://${src}`], { stdio: 'ignore', timeout: 60_000 })
    renameSync(part, pdf)
    rmSync(src, { force: true })
  }
  return new Uint8Array(readFileSync(pdf))
}

export async function renderVariant(v: Variant): Promise<RenderedFile> {
  const base = v.id.replace(/[^\w.-]+/g, '_')
  const title = `${v.model.agency}${v.model.year}年政府信息公开工作年度报告`
  const f = v.choices.format
  switch (f) {
    case 'html':
      return { name: `${base}.html`, bytes: new TextEncoder().encode(renderHtmlDoc(v.doc, title)) }
    case 'pdf':
      return { name: `${base}.pdf`, bytes: printPdf(renderHtmlDoc(v.doc, title, { print: true })) }
    case 'docx':
      return { name: `${base}.docx`, bytes: await renderDocxDoc(v.doc) }
    case 'ofd-ruled':
    case 'ofd-unruled':
      return { name: `${base}.ofd`, bytes: await renderOfd(printPdf(renderHtmlDoc(v.doc, title, { print: true })), v.seed, f === 'ofd-ruled') }
    case 'doc':
      return { name: `${base}.doc`, bytes: convertDocx(await renderDocxDoc(v.doc), 'doc') }
    case 'odt':
      return { name: `${base}.odt`, bytes: convertDocx(await renderDocxDoc(v.doc), 'odt') }
    case 'writer-pdf':
      return { name: `${base}.pdf`, bytes: convertDocx(await renderDocxDoc(v.doc), 'pdf') }
    case 'mhtml':
      return { name: `${base}.mhtml`, bytes: renderMhtml(renderHtmlDoc(v.doc, title), v.seed) }
    default: {
      const text = renderTextShape(v.doc, f as TextShape, v.choices.labels.wrap, { grid: v.choices.markdownGrid ?? false, disclosureByColumn: v.choices.table2ByColumn ?? false, requestsByColumn: v.choices.table3ByColumn ?? false })
      return { name: `${base}.${f === 'markdown' ? 'md' : 'txt'}`, bytes: new TextEncoder().encode(text) }
    }
  }
}

/** The LibreOffice target of a variant's format, if it is one saved by Writer. */
const OFFICE_TARGET: Partial<Record<string, OfficeTarget>> = { doc: 'doc', odt: 'odt', 'writer-pdf': 'pdf' }

/** Converts the Writer-saved variants' DOCXs in one soffice run per target before they are rendered one by one. */
export async function prepareOffice(variants: Variant[]): Promise<void> {
  const byTarget = new Map<OfficeTarget, Uint8Array[]>()
  for (const v of variants) {
    const target = OFFICE_TARGET[v.choices.format]
    if (target) byTarget.set(target, [...(byTarget.get(target) ?? []), await renderDocxDoc(v.doc)])
  }
  for (const [target, docxs] of byTarget) convertAll(docxs, target)
}
