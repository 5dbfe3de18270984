// IPC: a call from an unexpected sender, to an unknown channel, or with bad arguments is refused
// before it reaches the services; the preload bridge only ever uses the declared channels.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, type IpcChannel } from '../../shared/api'
import { dispatch, IpcRefusal } from '../../src-main/ipc/handlers'
import { registerIpc, type InvokeEventLike } from '../../src-main/ipc/register'
import { isTrustedSender } from '../../src-main/ipc/sender'
import { buildDeskApi } from '../../src-main/preload/bridge'
import { Library } from '../../src-main/library/library'
import { DeskService } from '../../src-main/services/desk'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { testPipeline } from './fixtures/pipeline'

const TRUSTED = { rendererDirUrl: 'file:///opt/desk/out/renderer/', devServerUrl: null }
const APP = 'file:///opt/desk/out/renderer/index.html'

let dir: string
let desk: DeskService
let handlers: Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-ipc-'))
  desk = new DeskService({
    library: new Library(join(dir, 'lib')),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: null,
    pipeline: testPipeline(),
  })
  await desk.start()
  handlers = new Map()
  registerIpc({ handle: (ch, fn) => handlers.set(ch, fn) }, desk, TRUSTED, () => undefined)
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const call = (channel: string, url: string | null, ...args: unknown[]) =>
  Promise.resolve().then(() => handlers.get(channel)!({ senderFrame: url === null ? null : { url } }, ...args))

describe('sender check', () => {
  it('accepts only the app page', () => {
    expect(isTrustedSender(APP, TRUSTED)).toBe(true)
    expect(isTrustedSender('file:///opt/desk/out/renderer/sub/x.html', TRUSTED)).toBe(true)
    expect(isTrustedSender('file:///opt/desk/out/other/index.html', TRUSTED)).toBe(false)
    expect(isTrustedSender('file:///etc/passwd', TRUSTED)).toBe(false)
    // An encoded `/..` that decodes out of the folder, and the same path on another host (a share).
    expect(isTrustedSender('file:///opt/desk/out/renderer/%2E%2E%2Fevil.html', TRUSTED)).toBe(false)
    expect(isTrustedSender('file://evilhost/opt/desk/out/renderer/index.html', TRUSTED)).toBe(false)
    expect(isTrustedSender('https://example.com/', TRUSTED)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', TRUSTED)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', { ...TRUSTED, devServerUrl: 'http://localhost:5173' })).toBe(true)
    expect(isTrustedSender('about:blank', TRUSTED)).toBe(false)
    expect(isTrustedSender('', TRUSTED)).toBe(false)
    expect(isTrustedSender(undefined, TRUSTED)).toBe(false)
  })

  it('refuses calls from an unexpected sender before touching the services', async () => {
    const spy = vi.spyOn(desk, 'removeSamples')
    await expect(call('samples:remove', 'https://evil.example/')).rejects.toThrow('不受信任')
    await expect(call('samples:remove', null)).rejects.toThrow('不受信任')
    await expect(call('library:list', 'file:///tmp/other.html')).rejects.toBeInstanceOf(IpcRefusal)
    expect(spy).not.toHaveBeenCalled()
    await expect(call('library:list', APP)).resolves.toEqual({ reports: [], quarantined: [] })
  })

  it('registers exactly the declared channels', () => {
    expect([...handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort())
  })
})

describe('argument validation', () => {
  const bad: [IpcChannel, unknown][] = [
    ['library:import', undefined],
    ['library:import', { paths: 'C:/reports' }],
    ['library:import', { paths: [] }],
    ['library:import', { paths: ['/a\0b'] }],
    ['library:import', { paths: ['/a'], extra: 1 }],
    ['library:import', { paths: ['reports/a.pdf'] }],
    ['library:import', { paths: ['../a.pdf'] }],
    ['library:grantDropped', { paths: ['relative.pdf'] }],
    ['library:remove', { ids: ['../../etc/passwd'] }],
    ['library:remove', { ids: 'abc' }],
    ['report:get', { id: '0123456789abcdef0123/..' }],
    ['report:get', {}],
    ['report:correct', { id: '0123456789abcdef0123', path: ['constructor', 'prototype'], value: 1 }],
    ['report:correct', { id: '0123456789abcdef0123', path: ['requests', 'rows', 'received', 9], value: 1 }],
    // Section 二 paths name a known group and field: not an inherited property such as `constructor`.
    ['report:correct', { id: '0123456789abcdef0123', path: ['activeDisclosure', 'constructor', 'polluted'], value: 1 }],
    ['report:correct', { id: '0123456789abcdef0123', path: ['activeDisclosure', 'rules', 'valueOf'], value: 1 }],
    ['report:correct', { id: '0123456789abcdef0123', path: ['metrics', 'hotlineCalls'], value: { $gt: 1 } }],
    ['report:correct', { id: '0123456789abcdef0123', path: ['metrics', 'hotlineCalls'], value: ['update-gap'] }],
    ['settings:set', { language: 'fr' }],
    ['settings:set', { checks: { notHeldShare: 5 } }],
    ['settings:set', { checks: { deadlineDepartment: '13-45' } }],
    ['settings:set', { __proto__: { polluted: true }, theme: 'dark' }],
    ['settings:get', { anything: true }],
    ['dialog:openFolder', 'path'],
  ]
  it.each(bad)('refuses %s with %j', async (channel, arg) => {
    await expect(call(channel, APP, arg)).rejects.toBeInstanceOf(IpcRefusal)
  })

  it('refuses unknown channels and extra arguments', async () => {
    await expect(dispatch(desk, 'shell:openExternal', {})).rejects.toThrow('未知的调用')
    await expect(dispatch(desk, '__proto__', {})).rejects.toThrow('未知的调用')
    await expect(call('library:list', APP, undefined, 'extra')).rejects.toThrow('参数过多')
  })

  it('imports only paths the user chose (dialog or drop) since the app started', async () => {
    const refused = /只能导入通过/
    await expect(call('library:import', APP, { paths: ['/etc/passwd'] })).rejects.toThrow(refused)
    const chooser = new DeskService({
      library: new Library(join(dir, 'lib2')),
      settings: new JsonFileSettingsStore(join(dir, 'settings2.json')),
      dialogs: { openFiles: async () => [join(dir, 'chosen.txt')], openFolder: async () => [join(dir, 'folder')] },
      samplesDir: null,
      pipeline: testPipeline(),
    })
    await chooser.start()
    await expect(dispatch(chooser, 'library:import', { paths: [join(dir, 'chosen.txt')] })).rejects.toThrow(refused)
    await dispatch(chooser, 'dialog:openFiles', undefined)
    await dispatch(chooser, 'dialog:openFolder', undefined)
    await dispatch(chooser, 'library:grantDropped', { paths: [join(dir, 'dropped.txt')] })
    for (const p of ['chosen.txt', 'folder', 'dropped.txt']) await expect(dispatch(chooser, 'library:import', { paths: [join(dir, p)] })).resolves.toMatchObject({ failed: 1 })
    // One path not chosen refuses the whole call.
    await expect(dispatch(chooser, 'library:import', { paths: [join(dir, 'chosen.txt'), join(dir, 'other.txt')] })).rejects.toThrow(refused)
  })

  it('passes valid arguments through', async () => {
    const s = (await call('settings:set', APP, { checks: { notHeldShare: 0.25 } })) as { checks: { notHeldShare: number } }
    expect(s.checks.notHeldShare).toBe(0.25)
    expect(await call('report:get', APP, { id: '0123456789abcdef0123' })).toBeNull()
  })
})

describe('preload bridge', () => {
  it('calls only declared channels, one per method, and covers them all', async () => {
    const used: string[] = []
    const api = buildDeskApi({
      invoke: async (channel) => {
        used.push(channel)
        return null
      },
      subscribe: () => () => undefined,
      pathForFile: () => '/x',
    })
    // A dropped file's path is granted for import through the bridge's own channel.
    expect(api.pathForFile(new File(['x'], 'x.txt'))).toBe('/x')
    const arg = { paths: ['/a'], ids: ['a'], id: 'a', path: ['agency'], value: 'x', dataUrl: '', name: '' }
    let methods = 0
    for (const [key, group] of Object.entries(api)) {
      if (key === 'onEvent' || key === 'pathForFile') continue
      for (const fn of Object.values(group as Record<string, (a: unknown) => Promise<unknown>>)) {
        const before = used.length
        await fn(arg)
        expect(used.length).toBe(before + 1)
        methods++
      }
    }
    expect(new Set(used).size).toBe(methods + 1) // + library:grantDropped, sent by pathForFile
    expect(used.sort()).toEqual([...IPC_CHANNELS].sort())
  })
})
