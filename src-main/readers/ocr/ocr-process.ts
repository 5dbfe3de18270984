// Entry of the OCR process. Started by ocr-launch.ts: as Electron's utilityProcess inside the app
// (messages through process.parentPort) or as a Node child process for the CLI, eval and tests
// (messages through process.send). It takes one job, reports progress per page and sends the
// result. A crash here (native code, memory) ends this process only: that one file fails.
import { ocrPdf, ocrPictures } from './ocr-engine'
import type { OcrJob, OcrMessage } from './ocr-protocol'

/** Electron's port to the parent, present only in a utilityProcess. */
interface ParentPortLike {
  once(event: 'message', listener: (e: { data: unknown }) => void): void
  postMessage(message: unknown): void
}
const electronPort = (process as { parentPort?: ParentPortLike }).parentPort

function send(m: OcrMessage): Promise<void> {
  if (electronPort) {
    electronPort.postMessage(m)
    return Promise.resolve()
  }
  return new Promise((resolve) => (process.send ? process.send(m, undefined, undefined, () => resolve()) : resolve()))
}

function run(job: OcrJob): void {
  const progress = (done: number, total: number): void => void send({ type: 'progress', done, total })
  const work = job.kind === 'pdf' ? ocrPdf(job.bytes, job.maxPages, progress) : ocrPictures(job.pictures, progress)
  work
    .then((pages) => {
      const use = process.resourceUsage()
      return send({ type: 'done', pages, maxRssMb: Math.round(use.maxRSS / 1024), cpuSeconds: (use.userCPUTime + use.systemCPUTime) / 1e6 })
    })
    .catch((e: unknown) => send({ type: 'failed', message: e instanceof Error ? e.message : String(e) }))
    // A utilityProcess's postMessage has no "sent" callback: give it a moment before leaving.
    .finally(() => setTimeout(() => process.exit(0), electronPort ? 200 : 0))
}

if (electronPort) electronPort.once('message', (e) => run(e.data as OcrJob))
else process.once('message', (raw: unknown) => run(raw as OcrJob))
