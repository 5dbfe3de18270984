// The preload (sandboxed, context-isolated): exposes exactly one object, `window.desk`.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNEL, type DeskEvent } from '../../shared/api'
import { buildDeskApi } from './bridge'

contextBridge.exposeInMainWorld(
  'desk',
  buildDeskApi({
    invoke: (channel, arg) => ipcRenderer.invoke(channel, arg),
    subscribe: (listener) => {
      const forward = (_e: IpcRendererEvent, event: DeskEvent) => listener(event)
      ipcRenderer.on(EVENT_CHANNEL, forward)
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, forward)
      }
    },
    pathForFile: (file) => webUtils.getPathForFile(file),
  }),
)
