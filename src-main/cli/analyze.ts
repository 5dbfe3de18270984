// `npm run analyze -- [--json] [--pptx OUT.pptx] [--xlsx OUT.xlsx] FILE_OR_FOLDER...`
// Without --json: a readable Chinese summary per report, then per body its years and flags.
// With --json: stdout is exactly one JSON array, one element per input file, in input order.
// Exit code 0 when every file was read (flags do not change it), 1 when any file failed.
import { expandPaths, readTarget } from '../import/expand'
import { analyzeFiles, type AnalyzedFile } from '../pipeline/analyze-files'
import { formatSummary } from './analyze-summary'
import { terminalSafe, terminalSafeLine } from './terminal-text'
import { ANALYZE_USAGE, parseAnalyzeArgs } from './analyze-args'
import { asPictureFolder } from './page-set-names'
import { ExportFileError, outputPathProblem } from '../export/output-file'

/** A result whose file name and error message are safe to print on one line each. */
function printable(a: AnalyzedFile): AnalyzedFile {
  return { ...a, file: terminalSafeLine(a.file), ...(a.error ? { error: { ...a.error, message: terminalSafeLine(a.error.message) } } : {}) }
}

function jsonElement(a: AnalyzedFile): unknown {
  if (a.error || !a.extraction) return { file: a.file, ...(a.pictures ? { pictures: a.pictures } : {}), error: a.error ?? { code: 'UNREADABLE', message: `「${a.file}」无法读取` } }
  const { report, provenance, notes } = a.extraction
  return {
    file: a.file,
    ...(a.pictures ? { pictures: a.pictures } : {}),
    report: { ...report, provenance, notes },
    // scope 'file': found in this file alone; 'library': rests on the other files given (copies, last year, roll-up).
    flags: a.flags.map((f) => ({ id: f.id, severity: f.severity, scope: a.libraryFlags?.has(f) ? 'library' : 'file', message: f.message, evidence: f.evidence })),
  }
}

/** The array element by element: thousands of reports would not fit in one string. */
function writeJsonArray(elements: unknown[]): void {
  process.stdout.write('[\n')
  elements.forEach((e, i) => process.stdout.write(JSON.stringify(e, null, 2) + (i < elements.length - 1 ? ',\n' : '\n')))
  process.stdout.write(']\n')
}

async function main(): Promise<void> {
  const parsed = parseAnalyzeArgs(process.argv.slice(2))
  if ('error' in parsed) {
    console.error(terminalSafeLine(`${parsed.error}。`))
    console.error(ANALYZE_USAGE)
    process.exitCode = 2
    return
  }
  const { json, pptx, xlsx, inputs } = parsed
  // Output paths are checked before the (slow) reading: a folder given as the file, a missing or
  // read-only folder is said at once.
  const outputs = [...(pptx !== undefined ? [[pptx, 'pptx'] as const] : []), ...(xlsx !== undefined ? [[xlsx, 'xlsx'] as const] : [])]
  for (const [path, kind] of outputs) {
    const problem = await outputPathProblem(path, kind)
    if (problem) {
      console.error(terminalSafeLine(`${problem}。`))
      process.exitCode = 2
      return
    }
  }
  // Folders are walked as the app's import walks them (sorted; hidden files and other formats left out).
  const plan = await expandPaths(inputs)
  const files = plan.flatMap((p) => (p.action === 'read' ? [p] : []))
  const analyzed = (await analyzeFiles(files.map(readTarget))).map((r, i) => asPictureFolder(r, files[i]!, files))
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
  process.exitCode = results.some((r) => r.error) ? 1 : 0
  if (pptx || xlsx) {
    const { exportFromCli } = await import('../export/cli-export')
    await exportFromCli({ ...(pptx ? { pptx } : {}), ...(xlsx ? { xlsx } : {}) }, results)
    // With --json, stdout holds the JSON array only: the note goes to stderr.
    ;(json ? console.error : console.log)(terminalSafeLine(`已导出：${[pptx, xlsx].filter(Boolean).join('、')}`))
  }
}

// A reader that stops early (`analyze … | head`) closes the pipe: stop quietly, not with a stack.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') console.error(terminalSafeLine(`输出中断：${e.message}`))
  process.exit(process.exitCode ?? 1)
})
// Whatever stops the run (an export that cannot be written, an unexpected error) is one Chinese
// sentence on stderr and exit code 1, never a stack trace.
main().catch((e: unknown) => {
  const message = e instanceof ExportFileError ? e.message : `分析中断：${e instanceof Error ? e.message : String(e)}`
  console.error(terminalSafeLine(message))
  process.exitCode = 1
})
