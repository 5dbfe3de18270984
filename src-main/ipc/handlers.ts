// The IPC table: for every channel of shared/api.ts, the zod schema of its argument and the
// service call. Electron-free: the main process wires it to ipcMain (register.ts), the
// end-to-end harness to Playwright bindings; both go through `dispatch`, so both validate.
import type { z } from 'zod'
import type { IpcChannel } from '../../shared/api'
import {
  correctArgSchema,
  emptyArgSchema,
  idsArgSchema,
  importArgSchema,
  reportGetArgSchema,
  scanCropArgSchema,
  settingsPatchSchema,
} from '../../shared/model/schema'
import { correctionFits } from '../library/corrections'
import { briefingArgSchema, copyPngArgSchema, savePngArgSchema } from './analysis-schemas'
import type { DeskService } from '../services/desk'

interface Handler<S extends z.ZodType> {
  schema: S
  run: (desk: DeskService, arg: z.infer<S>) => unknown
}
const h = <S extends z.ZodType>(schema: S, run: (desk: DeskService, arg: z.infer<S>) => unknown): Handler<S> => ({ schema, run })

export const HANDLERS: Record<IpcChannel, Handler<z.ZodType>> = {
  'library:list': h(emptyArgSchema, (d) => d.list()),
  'library:import': h(importArgSchema, (d, a) => {
    // Only what the user chose since the app started (a dialog, a drop) may be read.
    const foreign = a.paths.find((p) => !d.isChosenPath(p))
    if (foreign !== undefined) throw new IpcRefusal('只能导入通过「导入文件」「导入文件夹」或拖放选择的文件')
    return d.import(a.paths)
  }),
  'library:grantDropped': h(importArgSchema, (d, a) => d.grantDropped(a.paths)),
  'library:remove': h(idsArgSchema, (d, a) => d.remove(a.ids)),
  'library:reimport': h(idsArgSchema, (d, a) => d.reimport(a.ids)),
  'library:useCopy': h(reportGetArgSchema, (d, a) => d.useCopy(a.id)),
  'library:cancelImport': h(emptyArgSchema, (d) => d.cancelImport()),
  'report:get': h(reportGetArgSchema, (d, a) => d.get(a.id)),
  'report:correct': h(correctArgSchema, (d, a) => {
    if (a.remove || a.value === undefined) return d.correct(a.id, a.path, undefined)
    if (!correctionFits(a.path, a.value)) throw new IpcRefusal('更正值与字段类型不符')
    return d.correct(a.id, a.path, a.value)
  }),
  'report:scanCrop': h(scanCropArgSchema, (d, a) => d.scanCrop(a.id, a.field)),
  'settings:get': h(emptyArgSchema, (d) => d.getSettings()),
  'settings:set': h(settingsPatchSchema, (d, a) => d.setSettings(a)),
  'samples:remove': h(emptyArgSchema, (d) => d.removeSamples()),
  'samples:restore': h(emptyArgSchema, (d) => d.restoreSamples()),
  'dialog:openFiles': h(emptyArgSchema, (d) => d.openFiles()),
  'dialog:openFolder': h(emptyArgSchema, (d) => d.openFolder()),
  'library:items': h(emptyArgSchema, (d) => d.items()),
  'chart:savePng': h(savePngArgSchema, (d, a) => d.savePng(a.dataUrl, a.name)),
  'chart:copyPng': h(copyPngArgSchema, (d, a) => d.copyPng(a.dataUrl)),
  'export:pptx': h(briefingArgSchema, (d, a) => d.exportBriefing('pptx', a)),
  'export:xlsx': h(briefingArgSchema, (d, a) => d.exportBriefing('xlsx', a)),
}

/** A call refused before reaching the service (unknown channel, bad sender, bad argument). */
export class IpcRefusal extends Error {
  override name = 'IpcRefusal'
}

export function isChannel(channel: string): channel is IpcChannel {
  return Object.hasOwn(HANDLERS, channel)
}

/** Validate and run one call. Throws IpcRefusal for anything not allowed. */
export async function dispatch(desk: DeskService, channel: string, arg: unknown): Promise<unknown> {
  if (!isChannel(channel)) throw new IpcRefusal(`未知的调用：${channel}`)
  const handler = HANDLERS[channel]
  const parsed = handler.schema.safeParse(arg)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new IpcRefusal(`参数无效（${channel}${first ? `：${first.path.join('.') || '参数'} ${first.message}` : ''}）`)
  }
  return handler.run(desk, parsed.data)
}
