// A worker entry for the pool tests that dies in the ways a real worker can, chosen by the file
// name it is asked to read; any other file is read normally.
import { parentPort } from 'node:worker_threads'
import { readFile } from '../../src-main/readers/index'

parentPort?.on('message', (msg: { id: number; path: string }) => {
  if (msg.path.includes('exit-now')) process.exit(3)
  if (msg.path.includes('throw-async')) setTimeout(() => {
    throw new Error('boom in a timer')
  }, 0)
  else if (msg.path.includes('heap-hog')) {
    const hog: string[][] = []
    for (;;) hog.push(Array.from({ length: 1e5 }, (_, i) => `${i}-${hog.length}`))
  } else void readFile(msg.path, {}).then((result) => parentPort?.postMessage({ id: msg.id, result }))
})
parentPort?.postMessage({ ready: true })
