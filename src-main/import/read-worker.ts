// Worker-thread entry: reads one file per message with the readers and posts the result back.
// Runs under tsx (tests, CLI: started with `--import tsx`) and as a bundled .js (the app).
import { parentPort } from 'node:worker_threads'
import { readFile, type ReadOptions } from '../readers/index'
import { ensureWorker } from '../readers/pdf'

export interface WorkerRequest {
  id: number
  path: string
  opts: ReadOptions
}

parentPort?.on('message', (msg: WorkerRequest) => {
  readFile(msg.path, msg.opts).then(
    (result) => parentPort?.postMessage({ id: msg.id, result }),
    (e: unknown) => parentPort?.postMessage({ id: msg.id, crash: String((e as Error)?.message ?? e) }),
  )
})

// Loaded (readers imported, pdf.js's worker module too): the pool starts a file's time bound only
// from here, so a slow start of the worker on a busy machine is not counted against the first file.
void ensureWorker()
  .catch(() => undefined)
  .finally(() => parentPort?.postMessage({ ready: true }))
