// Run a command as a child process and report its exit code, output, wall time and peak memory
// (VmHWM sampled from /proc while it runs: Linux only; null elsewhere).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface Measured {
  code: number | null
  out: string
  err: string
  ms: number
  peakMb: number | null
}

function hwmMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round(Number(m[1]) / 1024) : null
  } catch {
    return null
  }
}

export function measure(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<Measured> {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let peak: number | null = null
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d))
    const sample = setInterval(() => {
      const v = child.pid ? hwmMb(child.pid) : null
      if (v !== null) peak = Math.max(peak ?? 0, v)
    }, 25)
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code) => {
      clearInterval(sample)
      clearTimeout(kill)
      resolve({ code, out, err, ms: Date.now() - started, peakMb: peak })
    })
  })
}
