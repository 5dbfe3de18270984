// Child-process entry of the hostile-file test: imports the given paths through the app's import
// path (worker pool, 10 s per file, one file at a time so the peak is that of the worst single
// file) and prints one JSON line: the results and the process's peak memory (workers are threads
// of this process, so their heaps count too).
import { importPaths } from '../../src-main/import/import-paths'

const started = Date.now()
const results = await importPaths(process.argv.slice(2), { timeoutMs: 10_000, concurrency: 1 })
process.stdout.write(
  JSON.stringify({
    ms: Date.now() - started,
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    results: results.map((r) => ({ path: r.path, status: r.status, code: r.error?.code, message: r.error?.message ?? r.reason })),
  }) + '\n',
)
