// Starts the OCR process, choosing how by where we run: inside Electron's main process with
// Electron's utilityProcess (the packaged app turns the runAsNode fuse off, so the app binary can no
// longer be started as plain Node), anywhere else (the CLI, eval, tests, the Chromium shell) with
// Node's child_process.fork. Both are hidden behind one small handle, so ocr-client.ts is the same.
import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import { isMainThread } from 'node:worker_threads'
import type { OcrJob, OcrMessage } from './ocr-protocol'

/** One running OCR process, however it was started. */
export interface OcrProcessHandle {
  /** 'utility' (Electron's utilityProcess) or 'node' (child_process.fork). */
  readonly kind: 'utility' | 'node'
  send(job: OcrJob): void
  onMessage(listener: (m: OcrMessage) => void): void
  /** Called when the process ends or fails to run, with why (for the file's error message). */
  onEnd(listener: (why: string) => void): void
  kill(): void
}

export interface LaunchSpec {
  /** The entry file (ocr-process.js in a build, ocr-process.ts under tsx). */
  file: string
  execArgv: string[]
  /** JavaScript heap bound of the process, MB. */
  heapMb: number
}

/** The part of Electron's `utilityProcess` used here (typed from Electron's own declarations). */
export type UtilityProcessApi = Pick<typeof import('electron').utilityProcess, 'fork'>

/** Electron's utilityProcess where it can be used: Electron's main process, main thread. */
export function electronUtility(): UtilityProcessApi | null {
  const inElectronMain = Boolean(process.versions.electron) && (process as { type?: string }).type === 'browser' && isMainThread
  if (!inElectronMain) return null
  const electron = createRequire(import.meta.url)('electron') as typeof import('electron')
  return electron.utilityProcess ?? null
}

function viaUtility(utility: UtilityProcessApi, spec: LaunchSpec): OcrProcessHandle {
  const child = utility.fork(spec.file, [], {
    serviceName: 'OCR',
    execArgv: [...spec.execArgv, `--max-old-space-size=${spec.heapMb}`],
    stdio: 'ignore',
  })
  return {
    kind: 'utility',
    send: (job) => child.postMessage(job),
    onMessage: (listener) => void child.on('message', (m: OcrMessage) => listener(m)),
    onEnd: (listener) => {
      child.on('exit', (code) => listener(`退出码 ${code}`))
      child.on('error', (type) => listener(String(type)))
    },
    kill: () => void child.kill(),
  }
}

function viaFork(spec: LaunchSpec): OcrProcessHandle {
  const child = fork(spec.file, [], {
    execArgv: [...spec.execArgv, `--max-old-space-size=${spec.heapMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    // Never reached inside Electron's main process (utilityProcess is used there; worker threads
    // relay to it, see ocr-relay.ts); kept so that Electron's binary, if ever forked, runs as Node.
    env: { ...process.env, ...(process.versions.electron ? { ELECTRON_RUN_AS_NODE: '1' } : {}) },
  })
  return {
    kind: 'node',
    send: (job) => void child.send(job),
    onMessage: (listener) => void child.on('message', (m: OcrMessage) => listener(m)),
    onEnd: (listener) => {
      let told = false
      const tell = (why: string): void => {
        if (!told) (told = true), listener(why)
      }
      child.on('exit', (code, sig) => tell(String(sig ?? code)))
      child.on('error', (e: NodeJS.ErrnoException) => {
        // A job written to a process that has just died fails with EPIPE before its exit is seen:
        // the exit (its signal or code) says why, "write EPIPE" would not.
        if (e.code === 'EPIPE') setTimeout(() => tell(e.message), 2000).unref()
        else tell(e.message)
      })
    },
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
  }
}

/** Start the OCR process: through `utility` when given (default: Electron's, when in its main process), else as a Node child process. */
export function launchOcrProcess(spec: LaunchSpec, utility: UtilityProcessApi | null = electronUtility()): OcrProcessHandle {
  return utility ? viaUtility(utility, spec) : viaFork(spec)
}
