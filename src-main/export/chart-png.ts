// Chart pictures, main-process side: the renderer exports a Chart.js canvas at 2× as a PNG data URL;
// here it is checked, saved to a file, or put on the clipboard. Electron's clipboard is injected so this runs (and is tested) without Electron.
import { writeExportFile } from './output-file'

const PREFIX = 'data:image/png;base64,'
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** A 2× chart is a few hundred KB; refuse anything absurd coming over IPC. */
export const MAX_PNG_BYTES = 30 * 1024 * 1024

export class ChartImageError extends Error {
  override name = 'ChartImageError'
}

/** The PNG bytes of a `data:image/png;base64,` URL; throws a Chinese message if it is not one. */
export function decodePngDataUrl(dataUrl: string): Buffer {
  if (typeof dataUrl !== 'string' || !dataUrl.startsWith(PREFIX)) throw new ChartImageError('图表图片格式不正确：应为 PNG 数据。')
  const b64 = dataUrl.slice(PREFIX.length)
  if (b64.length > (MAX_PNG_BYTES * 4) / 3 + 4) throw new ChartImageError('图表图片过大，无法保存。')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new ChartImageError('图表图片数据已损坏。')
  const buf = Buffer.from(b64, 'base64')
  if (buf.length < 24 || !PNG_SIGNATURE.every((b, i) => buf[i] === b)) throw new ChartImageError('图表图片数据不是有效的 PNG。')
  return buf
}

/** Width and height from the PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Saves the picture; `.png` is added when the path has another or no extension. Returns the path written. */
export async function savePngDataUrl(dataUrl: string, filePath: string): Promise<string> {
  const png = decodePngDataUrl(dataUrl)
  const target = /\.png$/i.test(filePath) ? filePath : `${filePath}.png`
  await writeExportFile(target, 'png', png)
  return target
}

/**
 * The part of Electron the clipboard helper needs. Electron 45's main-process clipboard is the
 * W3C-style `clipboard.write([new ClipboardItem({ 'image/png': blob })])` (src-main/main/index.ts).
 */
export interface ClipboardDeps {
  writePng(png: Buffer): Promise<void>
}

export interface ChartClipboard {
  copyPng(dataUrl: string): Promise<void>
}

/** Clipboard helper over the injected Electron clipboard: only a checked PNG ever reaches it. */
export function createChartClipboard(deps: ClipboardDeps): ChartClipboard {
  return {
    async copyPng(dataUrl: string): Promise<void> {
      const png = decodePngDataUrl(dataUrl) // validate before handing to Electron
      try {
        await deps.writePng(png)
      } catch {
        throw new ChartImageError('图表图片无法复制到剪贴板。')
      }
    },
  }
}
