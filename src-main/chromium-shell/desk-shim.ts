// The Chromium shell's preload (npm start without Electron, and the end-to-end tests), bundled into an
// init script: defines `window.desk` with the preload's own builder (src-main/preload/bridge.ts),
// backed by one Playwright binding (over Chromium's debugging pipe, no socket) instead of IPC.
import type { DeskEvent, IpcChannel } from '../../shared/api'
import { buildDeskApi } from '../preload/bridge'

declare global {
  interface Window {
    __deskInvoke(channel: IpcChannel, arg: unknown): Promise<string>
    __deskEmit(event: DeskEvent): void
  }
}

const listeners = new Set<(event: DeskEvent) => void>()
window.__deskEmit = (event) => {
  for (const l of listeners) l(event)
}
Object.defineProperty(window, 'desk', {
  value: buildDeskApi({
    // Results travel as JSON text so that `undefined`/`null` survive exactly as over IPC.
    invoke: async (channel, arg) => {
      const text = await window.__deskInvoke(channel, arg === undefined ? null : arg)
      const reply = JSON.parse(text) as { ok: true; value: unknown } | { ok: false; error: string }
      if (!reply.ok) throw new Error(`Error invoking remote method '${channel}': ${reply.error}`)
      return reply.value
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    pathForFile: () => '',
  }),
  writable: false,
})
