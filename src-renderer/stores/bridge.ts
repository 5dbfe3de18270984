// The one place that reaches the preload bridge. Only Pinia stores import this.
import type { DeskApi } from '../../shared/api'

export function desk(): DeskApi {
  // Typed here rather than through env.d.ts, so that code type-checked without it (tests) compiles.
  const api = (window as unknown as { desk?: DeskApi }).desk
  if (!api) throw new Error('桌面桥接未加载（window.desk 不存在）')
  return api
}
