// Entry of the OCR process. Started by ocr-launch.ts: as Electron's utilityProcess inside the app
// (messages through process.parentPort) or as a Node child process for the CLI, eval and tests
// (messages through process.send). It takes one job, reports progress per page and sends the
// result. A crash here (native code, memory) ends this process only: that one file fails.
// Started for crops instead (crop-client.ts), it cuts one crop per message and stays until its
// parent ends it, so the report view never decodes a page in Electron's main process.
import { serveCrop } from './crop-serve'
import { ocrPdf, ocrPictures } from './ocr-engine'
import type { OcrJob, OcrMessage } from './ocr-protocol'

/** Electron's port to the parent, present only in a utilityProcess. */
interface ParentPortLike {
  on(event: 'message', listener: (e: { data: unknown }) => void): void
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

function run(job: Exclude<OcrJob, { kind: 'crop' }>): void {
  const progress = (done: number, total: number): void => void send({ type: 'progress', done, total })
  const work = job.kind === 'pdf' ? ocrPdf(job.bytes, job.maxPages, progress, job.pages, job.render) : ocrPictures(job.pictures, progress)
  work
    .then((pages) => {
      const use = process.resourceUsage()
      return send({ type: 'done', pages, maxRssMb: Math.round(use.maxRSS / 1024), cpuSeconds: (use.userCPUTime + use.systemCPUTime) / 1e6 })
    })
    .catch((e: unknown) => send({ type: 'failed', message: e instanceof Error ? e.message : String(e) }))
    // A utilityProcess's postMessage has no "sent" callback: give it a moment before leaving.
    .finally(() => setTimeout(() => process.exit(0), electronPort ? 200 : 0))
}

let started = false
// Crops are cut one after another (a page picture is large: never two at once).
let crops: Promise<void> = Promise.resolve()
function onJob(job: OcrJob): void {
  if (job.kind === 'crop') {
    crops = crops.then(() => serveCrop(job).then(send))
    return
  }
  if (started) return
  started = true
  run(job)
}

if (electronPort) electronPort.on('message', (e) => onJob(e.data as OcrJob))
else {
  process.on('message', (raw: unknown) => onJob(raw as OcrJob))
  // The parent is gone (it crashed, or ended without killing us): nothing is left to serve.
  process.on('disconnect', () => process.exit(0))
}
