// The share of dark pixels in a PNG data URL: a crop of printed text has some, a blank one none.
import { PNG } from 'pngjs'

export function inkShare(dataUrl: string): number {
  const png = PNG.sync.read(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'))
  let dark = 0
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 128) dark++
  return dark / (png.width * png.height)
}
