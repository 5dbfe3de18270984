// The app's own files under one origin (app://desk/ in Electron, https://desk.invalid/ in the
// Chromium shell): only files inside the renderer folder, however the path is spelled; the CSP
// header carries the page's policy plus frame-ancestors; the sender and network rules follow.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../src-main/ipc/sender'
import { APP_CSP, appFilePath, CHROMIUM_APP_BASE, ELECTRON_APP_BASE, readAppFile } from '../../src-main/main/app-files'
import { isAllowedRequest } from '../../src-main/main/network-filter'

const ROOT = join(import.meta.dirname, '..', '..')

describe('app files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-app-files-'))
  const renderer = join(dir, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>')
  writeFileSync(join(renderer, 'assets', 'a.js'), 'export {}')
  writeFileSync(join(dir, 'secret.txt'), 'secret')

  it('maps a URL of the app origin to a file inside the renderer folder, and nothing else', () => {
    for (const base of [ELECTRON_APP_BASE, CHROMIUM_APP_BASE]) {
      expect(appFilePath(`${base}index.html`, base, renderer)).toBe(join(renderer, 'index.html'))
      expect(appFilePath(base, base, renderer)).toBe(join(renderer, 'index.html'))
      expect(appFilePath(`${base}assets/a.js?x=1#h`, base, renderer)).toBe(join(renderer, 'assets', 'a.js'))
      // The URL parser already resolves a literal or %2E-spelled `..` segment: it stays inside.
      expect(appFilePath(`${base}%2E%2E/%2e%2e/secret.txt`, base, renderer)).toBe(join(renderer, 'secret.txt'))
      for (const evil of ['..%2Fsecret.txt', '%2E%2E%2Fsecret.txt', '..%5Csecret.txt', 'assets%2F%2e%2e%2F%2e%2e%2Fsecret.txt', 'x%00.js', 'C:%5Cwindows', '%E0%A4%A']) {
        expect(appFilePath(`${base}${evil}`, base, renderer), evil).toBeNull()
      }
    }
    expect(appFilePath('app://other/index.html', ELECTRON_APP_BASE, renderer)).toBeNull()
    expect(appFilePath('https://desk.invalid.evil.com/index.html', CHROMIUM_APP_BASE, renderer)).toBeNull()
    expect(appFilePath('https://user@desk.invalid/index.html', CHROMIUM_APP_BASE, renderer)).toBeNull()
    expect(appFilePath('file:///etc/passwd', ELECTRON_APP_BASE, renderer)).toBeNull()
    expect(appFilePath('not a url', ELECTRON_APP_BASE, renderer)).toBeNull()
  })

  it('answers with the file and the CSP header, 404 for anything else', async () => {
    const ok = await readAppFile(`${ELECTRON_APP_BASE}assets/a.js`, ELECTRON_APP_BASE, renderer)
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toMatch(/^text\/javascript/)
    expect(ok.headers['content-security-policy']).toBe(APP_CSP)
    expect(ok.body.toString()).toBe('export {}')
    for (const url of [`${ELECTRON_APP_BASE}..%2Fsecret.txt`, `${ELECTRON_APP_BASE}assets`, `${ELECTRON_APP_BASE}missing.js`]) {
      const r = await readAppFile(url, ELECTRON_APP_BASE, renderer)
      expect(r.status, url).toBe(404)
      expect(r.body.toString()).not.toContain('secret')
    }
  })

  it("the header's policy is the page's <meta> policy plus frame-ancestors 'none'", () => {
    const html = readFileSync(join(ROOT, 'src-renderer', 'index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    expect(APP_CSP).toBe(`${meta}; frame-ancestors 'none'`)
  })

  it('IPC senders and requests: the app origin is trusted, look-alikes are not', () => {
    const trusted = { rendererDirUrl: ELECTRON_APP_BASE, devServerUrl: null }
    expect(isTrustedSender('app://desk/index.html', trusted)).toBe(true)
    expect(isTrustedSender('app://evil/index.html', trusted)).toBe(false)
    expect(isTrustedSender('file:///opt/desk/out/renderer/index.html', trusted)).toBe(false)
    expect(isTrustedSender('https://desk.invalid/index.html', trusted)).toBe(false)
    expect(isTrustedSender('https://desk.invalid/index.html', { rendererDirUrl: CHROMIUM_APP_BASE, devServerUrl: null })).toBe(true)
    expect(isTrustedSender('http://desk.invalid/index.html', { rendererDirUrl: CHROMIUM_APP_BASE, devServerUrl: null })).toBe(false)
    const policy = { appDirUrl: ELECTRON_APP_BASE, devServerUrl: null, allowDevtools: false }
    expect(isAllowedRequest('app://desk/assets/a.js', policy)).toBe(true)
    expect(isAllowedRequest('app://other/a.js', policy)).toBe(false)
    expect(isAllowedRequest('file:///etc/passwd', policy)).toBe(false)
    expect(isAllowedRequest('https://example.com/', policy)).toBe(false)
  })
})
