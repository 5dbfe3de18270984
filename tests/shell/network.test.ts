// The app never touches the network: the webRequest filter as a pure function, and its wiring.
import { describe, expect, it, vi } from 'vitest'
import { installNetworkFilter, isAllowedRequest, type NetworkPolicy } from '../../src-main/main/network-filter'
import { denyAllPermissions, lockDownContents } from '../../src-main/main/harden'

const PROD: NetworkPolicy = { appDirUrl: 'file:///opt/desk/resources/app.asar/out/renderer/', devServerUrl: null, allowDevtools: false }
const DEV: NetworkPolicy = { appDirUrl: 'file:///home/u/desk/out/renderer/', devServerUrl: 'http://localhost:5173', allowDevtools: true }

describe('isAllowedRequest', () => {
  it.each([
    'https://example.com/',
    'http://example.com/x.js',
    'https://fonts.googleapis.com/css?family=Noto',
    'http://127.0.0.1:8080/',
    'http://localhost:5173/',
    'http://192.168.1.1/',
    'http://[::1]/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'file:///opt/desk/resources/app.asar/out/main/index.js',
    'file:///opt/desk/resources/app.asar/out/renderer/../main/index.js',
    'file:///opt/desk/resources/app.asar/out/renderer/%2e%2e/main/index.js',
    'file://server/share/x.pdf',
    'file://server/opt/desk/resources/app.asar/out/renderer/index.html',
    'file:///opt/desk/resources/app.asar/out/renderer/%2E%2E%2Fmain/index.js',
    'file:///opt/desk/resources/app.asar/out/renderer/%E0%A4%A.js',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/x.js',
    'not a url',
  ])('cancels %s in production', (url) => {
    expect(isAllowedRequest(url, PROD)).toBe(false)
  })

  it('allows the app’s own files and in-memory content', () => {
    expect(isAllowedRequest('file:///opt/desk/resources/app.asar/out/renderer/index.html', PROD)).toBe(true)
    expect(isAllowedRequest('file:///opt/desk/resources/app.asar/out/renderer/assets/index-abc.js', PROD)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=', PROD)).toBe(true)
    expect(isAllowedRequest('blob:file:///5f2a', PROD)).toBe(true)
  })

  it('allows the dev server and devtools only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.ts', DEV)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', DEV)).toBe(true)
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', DEV)).toBe(true)
    expect(isAllowedRequest('http://localhost:5174/', DEV)).toBe(false)
    expect(isAllowedRequest('https://example.com/', DEV)).toBe(false)
    expect(isAllowedRequest('http://evil.example:5173/', { ...DEV, devServerUrl: 'http://evil.example:5173' })).toBe(false)
  })
})

describe('installNetworkFilter', () => {
  it('cancels remote requests and lets the app’s files through', () => {
    let listener: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined
    const session = { webRequest: { onBeforeRequest: vi.fn((l) => (listener = l)) } }
    const log = vi.fn()
    installNetworkFilter(session, PROD, log)
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1)
    const decide = (url: string) => {
      const cb = vi.fn()
      listener!({ url }, cb)
      return cb.mock.calls[0]![0] as { cancel: boolean }
    }
    expect(decide('https://example.com/track.gif')).toEqual({ cancel: true })
    expect(decide('http://10.0.0.1/')).toEqual({ cancel: true })
    expect(decide('file:///opt/desk/resources/app.asar/out/renderer/index.html')).toEqual({ cancel: false })
    expect(log).toHaveBeenCalledTimes(2)
  })
})

describe('hardening', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    denyAllPermissions({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) })
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn()
      request!(null, p, cb)
      expect(cb).toHaveBeenCalledWith(false)
    }
    expect(check!()).toBe(false)
  })

  it('blocks navigation of the page and its frames, redirects, webviews, new windows and DevTools', () => {
    const listeners = new Map<string, (e: { preventDefault(): void }) => void>()
    let openHandler: (() => { action: string }) | undefined
    const closeDevTools = vi.fn()
    lockDownContents({ on: (ev, l) => listeners.set(ev, l), setWindowOpenHandler: (h) => (openHandler = h), closeDevTools })
    for (const ev of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() }
      listeners.get(ev)!(e)
      expect(e.preventDefault).toHaveBeenCalled()
    }
    expect(openHandler!()).toEqual({ action: 'deny' })
    listeners.get('devtools-opened')!({ preventDefault: vi.fn() })
    expect(closeDevTools).toHaveBeenCalled()
    // In development DevTools stay.
    const dev = new Map<string, unknown>()
    lockDownContents({ on: (ev, l) => dev.set(ev, l), setWindowOpenHandler: () => undefined, closeDevTools }, true)
    expect(dev.has('devtools-opened')).toBe(false)
  })
})
