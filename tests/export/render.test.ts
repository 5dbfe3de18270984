// The deck and the workbook open in LibreOffice (headless) without error; the deck's first pages are
// rendered to PNG in test-output/export/ for a look, and the PDF must carry a CJK font (Chinese rendered).
// Skipped, with the reason printed, where soffice or poppler is not installed.
import { describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { buildBriefingPptx } from '../../src-main/export/pptx'
import { buildXlsx } from '../../src-main/export/xlsx'
import { hasGold } from './gold-items'
import { OUT_DIR, bodyItems } from './fixtures'
import { slideNames, unzip } from './ooxml'

const have = (cmd: string, arg: string): boolean => !spawnSync(cmd, [arg], { stdio: 'ignore', timeout: 60_000 }).error
const hasSoffice = have('soffice', '--version')
const hasPoppler = have('pdfinfo', '-v')
const skipReason = !hasGold
  ? 'corpus not found'
  : !hasSoffice
    ? 'soffice not installed (apt-get install -y libreoffice-impress libreoffice-calc fonts-noto-cjk)'
    : !hasPoppler
      ? 'poppler-utils not installed'
      : ''
if (skipReason) console.log(`[export render] skipped: ${skipReason}`)

/** A private LibreOffice profile, so parallel runs (other test files, other users) do not collide. */
function convert(file: string, outDir: string, to: string): void {
  const profile = join(tmpdir(), `lo-profile-export-${process.pid}`)
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file],
    { timeout: 180_000, stdio: 'pipe' },
  )
}

describe.skipIf(skipReason !== '')('LibreOffice opens the exports', () => {
  it('converts the deck to PDF, one page per slide, with a CJK font; first pages rendered to PNG', async () => {
    mkdirSync(OUT_DIR, { recursive: true })
    for (const f of readdirSync(OUT_DIR)) if (/^briefing/.test(f)) rmSync(join(OUT_DIR, f))
    const items = bodyItems('yunxi-gov')
    const buf = await buildBriefingPptx(items, { madeAt: new Date('2026-03-01T10:00:00Z') })
    const pptxPath = join(OUT_DIR, 'briefing.pptx')
    writeFileSync(pptxPath, buf)
    convert(pptxPath, OUT_DIR, 'pdf')
    const pdf = join(OUT_DIR, 'briefing.pdf')
    expect(existsSync(pdf)).toBe(true)
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBe(slideNames(unzip(new Uint8Array(buf))).length)
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    expect(fonts).toMatch(/CJK|Hei|YaHei|WenQuanYi|Droid Sans Fallback|Source Han/i)
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '5', '-png', pdf, join(OUT_DIR, 'briefing')], { timeout: 120_000 })
    const pngs = readdirSync(OUT_DIR).filter((f) => /^briefing-\d+\.png$/.test(f))
    expect(pngs.length).toBe(Math.min(5, pages))
  })

  it('converts the workbook (Calc) without error', async () => {
    mkdirSync(OUT_DIR, { recursive: true })
    const xlsxPath = join(OUT_DIR, 'workbook.xlsx')
    writeFileSync(xlsxPath, await buildXlsx(bodyItems('yunxi-gov')))
    convert(xlsxPath, OUT_DIR, 'pdf')
    expect(existsSync(join(OUT_DIR, 'workbook.pdf'))).toBe(true)
  })
})
