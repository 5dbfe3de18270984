// Builds the `window.desk` object of shared/api.ts from three primitives. The preload passes
// Electron's ipcRenderer / webUtils; the end-to-end harness passes Playwright bindings. Each method
// names its channel explicitly: there is no way to reach any other channel.
import type { DeskApi, DeskEvent, IpcChannel } from '../../shared/api'

export interface BridgePrimitives {
  invoke(channel: IpcChannel, arg?: unknown): Promise<unknown>
  subscribe(listener: (event: DeskEvent) => void): () => void
  pathForFile(file: File): string
}

export function buildDeskApi(p: BridgePrimitives): DeskApi {
  const call = <T>(channel: IpcChannel, arg?: unknown) => p.invoke(channel, arg) as Promise<T>
  return {
    library: {
      list: () => call('library:list'),
      import: (arg) => call('library:import', { paths: arg.paths }),
      remove: (arg) => call('library:remove', { ids: arg.ids }),
      reimport: (arg) => call('library:reimport', { ids: arg.ids }),
      useCopy: (arg) => call('library:useCopy', { id: arg.id }),
      cancelImport: () => call('library:cancelImport'),
    },
    report: {
      get: (arg) => call('report:get', { id: arg.id }),
      correct: (arg) => call('report:correct', arg),
      scanCrop: (arg) => call('report:scanCrop', { id: arg.id, field: arg.field }),
    },
    settings: {
      get: () => call('settings:get'),
      set: (patch) => call('settings:set', patch),
    },
    samples: {
      remove: () => call('samples:remove'),
      restore: () => call('samples:restore'),
    },
    dialog: {
      openFiles: () => call('dialog:openFiles'),
      openFolder: () => call('dialog:openFolder'),
    },
    analysis: {
      items: () => call('library:items'),
    },
    chart: {
      savePng: (arg) => call('chart:savePng', { dataUrl: arg.dataUrl, name: arg.name }),
      copyPng: (arg) => call('chart:copyPng', { dataUrl: arg.dataUrl }),
    },
    export: {
      pptx: (arg) => call('export:pptx', arg),
      xlsx: (arg) => call('export:xlsx', arg),
    },
    pathForFile: (file) => {
      let path = ''
      try {
        path = p.pathForFile(file)
      } catch {
        return ''
      }
      // Only a real file the user dropped has a path: it is granted for import (the page itself
      // cannot reach this channel, and cannot make a File with a path of its choosing).
      if (path) void p.invoke('library:grantDropped', { paths: [path] }).catch(() => undefined)
      return path
    },
    onEvent: (listener) => p.subscribe(listener),
  }
}
