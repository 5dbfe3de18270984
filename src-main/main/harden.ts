// Session and web-contents hardening: no permissions, no navigation (of the page or any frame), no
// new windows, no webviews, and no DevTools outside development.
export interface PermissionSessionLike {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void
  setPermissionCheckHandler(handler: () => boolean): void
}

export function denyAllPermissions(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export interface ContentsLike {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview' | 'devtools-opened',
    listener: (event: { preventDefault(): void }, ...rest: unknown[]) => void,
  ): void
  setWindowOpenHandler(handler: () => { action: 'deny' }): void
  closeDevTools(): void
}

export function lockDownContents(contents: ContentsLike, allowDevTools = false): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  // Since Electron 25 sub-frame navigations come here, not to will-navigate.
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  // Belt and braces with webPreferences.devTools = false: a DevTools window that opens anyway closes.
  if (!allowDevTools) contents.on('devtools-opened', () => contents.closeDevTools())
}
