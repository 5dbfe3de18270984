// Wire the IPC table to Electron's ipcMain: every call's sender frame is checked first, then its
// argument is validated (dispatch). `ipcMain` is passed in, so tests use a fake.
import { IPC_CHANNELS } from '../../shared/api'
import type { DeskService } from '../services/desk'
import { dispatch, IpcRefusal } from './handlers'
import { isTrustedSender, type TrustedOrigins } from './sender'

/** The parts of Electron's IpcMainInvokeEvent we read. */
export interface InvokeEventLike {
  senderFrame?: { url: string } | null
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void
}

export function registerIpc(ipcMain: IpcMainLike, desk: DeskService, trusted: TrustedOrigins, log: (msg: string) => void = console.warn): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, async (event, ...args) => {
      const url = event.senderFrame?.url
      if (!isTrustedSender(url, trusted)) {
        log(`[ipc] refused ${channel} from ${url ?? '(no frame)'}`)
        throw new IpcRefusal('调用来源不受信任，已拒绝')
      }
      if (args.length > 1) throw new IpcRefusal(`参数无效（${channel}：参数过多）`)
      return dispatch(desk, channel, args[0])
    })
  }
}
