// A worker entry for the pool tests: reads the file, says the digit cross-check starts (with what the
// file becomes should it not end within 300 ms, as digit-recheck.ts does), then never answers: a
// cross-check whose OCR hangs under load.
import { parentPort } from 'node:worker_threads'
import { readFile } from '../../src-main/readers/index'

parentPort?.on('message', (msg: { id: number; path: string }) => {
  void readFile(msg.path, {}).then((result) => {
    const fallback = result.ok ? { ...result, document: { ...result.document, notes: ['核对未能完成'] } } : result
    parentPort?.postMessage({ id: msg.id, phase: 'crosscheck', fallback, boundMs: 300 })
  })
})
parentPort?.postMessage({ ready: true })
