// `npm run analyze -- [--json] [--pptx OUT.pptx] [--xlsx OUT.xlsx] FILE_OR_FOLDER...`
// Without --json: a readable Chinese summary per report, then per body its years and flags.
// With --json: stdout is exactly one JSON array, one element per input file, in input order.
// Exit code 0 when every file was read (flags do not change it), 1 when any file failed.
import { expandPaths, readTarget } from '../import/expand'
import { analyzeFiles, type AnalyzedFile } from '../pipeline/analyze-files'
import { formatSummary } from './analyze-summary'
import { terminalSafe, terminalSafeLine } from './terminal-text'

/** A result whose file name and error message are safe to print on one line each. */
function printable(a: AnalyzedFile): AnalyzedFile {
  return { ...a, file: terminalSafeLine(a.file), ...(a.error ? { error: { ...a.error, message: terminalSafeLine(a.error.message) } } : {}) }
}

function jsonElement(a: AnalyzedFile): unknown {
  if (a.error || !a.extraction) return { file: a.file, error: a.error ?? { code: 'UNREADABLE', message: `「${a.file}」无法读取` } }
  const { report, provenance, notes } = a.extraction
  return {
    file: a.file,
    report: { ...report, provenance, notes },
    flags: a.flags.map((f) => ({ id: f.id, severity: f.severity, message: f.message, evidence: f.evidence })),
  }
}

/** The array element by element: thousands of reports would not fit in one string. */
function writeJsonArray(elements: unknown[]): void {
  process.stdout.write('[\n')
  elements.forEach((e, i) => process.stdout.write(JSON.stringify(e, null, 2) + (i < elements.length - 1 ? ',\n' : '\n')))
  process.stdout.write(']\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const json = args.includes('--json')
  const valueOf = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
  const pptx = valueOf('--pptx')
  const xlsx = valueOf('--xlsx')
  const inputs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--pptx' && args[i - 1] !== '--xlsx')
  if (inputs.length === 0) {
    console.error('用法: npm run analyze -- [--json] [--pptx OUT.pptx] [--xlsx OUT.xlsx] 文件或文件夹...')
    process.exitCode = 2
    return
  }
  // Folders are walked as the app's import walks them (sorted; hidden files and other formats left out).
  const plan = await expandPaths(inputs)
  const files = plan.flatMap((p) => (p.action === 'read' ? [p] : []))
  const analyzed = await analyzeFiles(files.map(readTarget))
  // A file found in a folder that is not a report (a README, a notice) is skipped, not failed.
  const results = analyzed.filter((r, i) => {
    const skip = files[i]!.inFolder === true && r.error?.code === 'NOT_A_REPORT'
    if (skip) console.error(terminalSafeLine(`已跳过：${r.error!.message}`))
    return !skip
  })
  // A sub-folder that could not be opened is a failure, listed like a file that could not be read.
  for (const p of plan) {
    if (p.action === 'skip' && p.unreadable) results.push({ file: p.path, flags: [], error: { code: 'UNREADABLE', message: p.reason } })
  }
  if (json) writeJsonArray(results.map(jsonElement))
  else process.stdout.write(terminalSafe(formatSummary(results.map(printable))))
  if (pptx || xlsx) {
    const { exportFromCli } = await import('../export/cli-export')
    await exportFromCli({ ...(pptx ? { pptx } : {}), ...(xlsx ? { xlsx } : {}) }, results)
    if (!json) console.log(`已导出：${[pptx, xlsx].filter(Boolean).join('、')}`)
  }
  process.exitCode = results.some((r) => r.error) ? 1 : 0
}

void main()
