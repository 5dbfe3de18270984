// The OCR processes a process has started (Linux /proc): what the crash and cancel tests kill and
// then check are gone.
import { readdirSync, readFileSync } from 'node:fs'

/** OCR processes whose parent is `parent` (default: this test process). */
export function ocrChildren(parent = process.pid): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return ppid === parent && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('ocr-process')
      } catch {
        return false
      }
    })
    .map(Number)
}
