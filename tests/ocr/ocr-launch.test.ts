// The OCR process chooser (ocr-launch.ts): Electron's utilityProcess where given, Node's
// child_process otherwise. The Electron path is exercised with a stand-in utilityProcess that
// behaves as Electron documents it (fork → postMessage / 'message' / 'exit'); no Electron binary
// exists here. The Node path is run for real: the actual OCR process reads a picture.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { launchOcrProcess, type UtilityProcessApi } from '../../src-main/readers/ocr/ocr-launch'
import { ocrEntry, OcrFailure, runOcrHere } from '../../src-main/readers/ocr/ocr-client'
import type { OcrJob, OcrMessage } from '../../src-main/readers/ocr/ocr-protocol'

/** A stand-in for Electron's utilityProcess: records the fork, answers a job with `script`. */
function fakeUtility(script: (child: EventEmitter, job: OcrJob) => void) {
  const forks: { modulePath: string; args?: string[]; options?: Record<string, unknown> }[] = []
  const killed: number[] = []
  const utility = {
    fork(modulePath: string, args?: string[], options?: Record<string, unknown>) {
      forks.push({ modulePath, args, options })
      const child = new EventEmitter() as EventEmitter & { postMessage(m: unknown): void; kill(): boolean; pid: number }
      child.pid = 4242
      child.postMessage = (m) => queueMicrotask(() => script(child, m as OcrJob))
      child.kill = () => (killed.push(child.pid), true)
      return child
    },
  } as unknown as UtilityProcessApi
  return { utility, forks, killed }
}

const job: OcrJob = { kind: 'pictures', pictures: [] }

describe('OCR process chooser', () => {
  it('starts the OCR entry through the utilityProcess it is given, with the heap bound, and reads its messages', async () => {
    const page = { page: 1, width: 595, height: 842, skew: 0, boxes: [], rulings: [] }
    const { utility, forks, killed } = fakeUtility((child) => {
      child.emit('message', { type: 'progress', done: 1, total: 1 } satisfies OcrMessage)
      child.emit('message', { type: 'done', pages: [page], maxRssMb: 10, cpuSeconds: 1 } satisfies OcrMessage)
    })
    const progress: number[] = []
    const pages = await runOcrHere(job, { utility, heapMb: 700, onProgress: (d) => progress.push(d) })
    expect(pages).toEqual([page])
    expect(progress).toEqual([1])
    expect(forks).toHaveLength(1)
    expect(forks[0]!.modulePath).toBe(ocrEntry()!.file)
    expect(forks[0]!.options?.execArgv).toContain('--max-old-space-size=700')
    expect(forks[0]!.options?.serviceName).toBe('OCR')
    // The process is ended once the result is in (it would exit by itself too).
    expect(killed).toEqual([4242])
  })

  it('a utilityProcess that dies fails the job with a Chinese message, as a crashed child process does', async () => {
    const { utility } = fakeUtility((child) => child.emit('exit', 139))
    const run = runOcrHere(job, { utility })
    await expect(run).rejects.toBeInstanceOf(OcrFailure)
    await expect(run).rejects.toMatchObject({ reason: 'crashed', message: '文字识别进程意外退出（退出码 139）' })
  })

  it('without a utilityProcess (Node: CLI, tests, the Chromium shell) starts a Node child process', () => {
    const entry = ocrEntry()!
    const handle = launchOcrProcess({ file: entry.file, execArgv: entry.execArgv, heapMb: 256 }, null)
    expect(handle.kind).toBe('node')
    handle.kill()
  })

  it('the Node path reads a picture for real in its own process', { timeout: 180_000 }, async () => {
    // A white page with one black bar: the models load and read it, whatever they find on it.
    const width = 400, height = 300
    const data = new Uint8Array(width * height).fill(255)
    for (let y = 140; y < 160; y++) data.fill(0, y * width + 50, y * width + 350)
    const pages = await runOcrHere({ kind: 'pictures', pictures: [{ page: 1, width: 595, height: 446, image: { width, height, data } }] }, { utility: null })
    expect(pages).toHaveLength(1)
    expect(pages[0]!.page).toBe(1)
    expect(pages[0]!.width).toBe(595)
  })
})
