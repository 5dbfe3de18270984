// Worker-thread entry: reads one file per message with the readers and posts the result back.
// Runs under tsx (tests, CLI: started with `--import tsx`) and as a bundled .js (the app).
import { stat } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import { readFile, readPageImages, type ReadOptions } from '../readers/index'
import type { PageSetTarget } from './read-bounded'

export interface WorkerRequest {
  id: number
  path: string
  opts: ReadOptions
  /** Page pictures read as one report named `path` (see readPageImages). */
  pageSet?: PageSetTarget
}

/** After a file this large, the worker is replaced: its heap would otherwise stay grown for the next file. */
const RECYCLE_AFTER_BYTES = 16 * 1024 * 1024

parentPort?.on('message', (msg: WorkerRequest) => {
  const reading = msg.pageSet ? readPageImages(msg.path, msg.pageSet.pages, msg.opts, msg.pageSet.missingPages) : readFile(msg.path, msg.opts)
  reading.then(
    async (result) => {
      const size = msg.pageSet ? Number.POSITIVE_INFINITY : await stat(msg.path).then((s) => s.size, () => 0)
      parentPort?.postMessage({ id: msg.id, result, recycle: size > RECYCLE_AFTER_BYTES })
    },
    (e: unknown) => parentPort?.postMessage({ id: msg.id, crash: String((e as Error)?.message ?? e) }),
  )
})

// Loaded (readers imported): the pool starts a file's time bound only from here, so a slow start
// of the worker on a busy machine is not counted against the first file. (pdf.js's own worker
// module is not loaded ahead: it would cost every worker ~170 MB, PDF or not.)
parentPort?.postMessage({ ready: true })
