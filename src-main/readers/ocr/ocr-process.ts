// Entry of the OCR process. Started by ocr-client.ts (a Node child process for the CLI, eval and
// the import workers); it takes one job, reports progress per page and sends the result. A crash
// here (native code, memory) ends this process only: the reader reports that one file as failed.
import { ocrPdf, ocrPictures } from './ocr-engine'
import type { OcrJob, OcrMessage } from './ocr-protocol'

function send(m: OcrMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(m, undefined, undefined, () => resolve()) : resolve()))
}

process.once('message', (raw: unknown) => {
  const job = raw as OcrJob
  const progress = (done: number, total: number): void => void send({ type: 'progress', done, total })
  const run = job.kind === 'pdf' ? ocrPdf(job.bytes, job.maxPages, progress) : ocrPictures(job.pictures, progress)
  run
    .then((pages) => {
      const use = process.resourceUsage()
      return send({ type: 'done', pages, maxRssMb: Math.round(use.maxRSS / 1024), cpuSeconds: (use.userCPUTime + use.systemCPUTime) / 1e6 })
    })
    .catch((e: unknown) => send({ type: 'failed', message: e instanceof Error ? e.message : String(e) }))
    .finally(() => process.exit(0))
})
