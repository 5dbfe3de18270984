// Native open dialogs for files and folders.
import { dialog, type BrowserWindow } from 'electron'
import type { Dialogs } from '../services/desk'

const FILTERS = [
  { name: '年度报告（PDF、OFD、Word、WPS、ODT、网页、文本）', extensions: ['pdf', 'ofd', 'docx', 'doc', 'wps', 'odt', 'html', 'htm', 'mhtml', 'mht', 'txt'] },
  { name: '扫描页图片（PNG、JPEG、TIFF，文字识别）', extensions: ['png', 'jpg', 'jpeg', 'tif', 'tiff'] },
  { name: '所有文件', extensions: ['*'] },
]

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  const show = async (properties: Electron.OpenDialogOptions['properties'], defaultPath: string | null) => {
    const win = window()
    const options: Electron.OpenDialogOptions = { properties, filters: FILTERS, ...(defaultPath ? { defaultPath } : {}) }
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  }
  const SAVE_FILTERS: Record<'png' | 'pptx' | 'xlsx', Electron.FileFilter> = {
    png: { name: 'PNG 图片', extensions: ['png'] },
    pptx: { name: 'PowerPoint 演示文稿', extensions: ['pptx'] },
    xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  }
  return {
    openFiles: (defaultPath) => show(['openFile', 'multiSelections'], defaultPath),
    openFolder: (defaultPath) => show(['openDirectory', 'multiSelections'], defaultPath),
    saveFile: async (_name, kind, defaultPath) => {
      const win = window()
      const options: Electron.SaveDialogOptions = { filters: [SAVE_FILTERS[kind]], ...(defaultPath ? { defaultPath } : {}) }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  }
}
