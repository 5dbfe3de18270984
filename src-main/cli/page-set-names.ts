// A folder of page pictures is read as one report put together in a PDF that exists only in
// memory (its name, "…（3张页面图片）.pdf", names the library's copy in the app). What `analyze`
// prints is the folder the user can open: the folder's path (or the first picture's, when the
// folder holds more than one such set), and "文件夹「…」中的 N 张页面图片" in messages.
import { basename, dirname } from 'node:path'
import type { Planned } from '../import/expand'
import type { AnalyzedFile } from '../pipeline/analyze-files'

type Read = Extract<Planned, { action: 'read' }>

/** The result as the user should see it: `file` a path on disk, `pictures` the count. */
export function asPictureFolder(result: AnalyzedFile, planned: Read, all: readonly Read[]): AnalyzedFile {
  const pages = planned.pages
  if (!pages?.length) return result
  const folder = dirname(pages[0]!)
  const setsInFolder = all.filter((p) => p.pages?.length && dirname(p.pages[0]!) === folder).length
  const file = setsInFolder > 1 ? pages[0]! : folder
  const said = `「${basename(planned.path)}」`
  const shown = `文件夹「${basename(folder)}」中的 ${pages.length} 张页面图片${setsInFolder > 1 ? `（${basename(pages[0]!)} 至 ${basename(pages.at(-1)!)}）` : ''}`
  return {
    ...result,
    file,
    pictures: pages.length,
    ...(result.error ? { error: { ...result.error, message: result.error.message.split(said).join(shown) } } : {}),
  }
}
