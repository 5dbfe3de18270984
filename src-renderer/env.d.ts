/// <reference types="vite/client" />
import type { DeskApi } from '../shared/api'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare global {
  interface Window {
    /** The preload bridge (src-main/preload). Only stores use it (src-renderer/stores/bridge.ts). */
    desk: DeskApi
  }
}
export {}
