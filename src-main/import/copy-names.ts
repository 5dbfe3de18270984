// A file name that says it is a copy of another: 「报告 - 副本.pdf」, 「报告副本(1).pdf」, 「报告 (1).pdf」,
// 「报告（2）.docx」, 「报告 - Copy.pdf」, 「Copy of 报告.pdf」. Among files with the same content, the one
// whose name does not say so is the original the library keeps (a folder sorted by name may list
// the copy first: 「 (1)」 sorts before 「.」, 副本 before most pinyin).
import { basename, extname } from 'node:path'

const COPY_MARKS = [
  /副本/,
  /[\s\u3000]*[(（]\d{1,3}[)）]$/,
  /[\s\u3000]-[\s\u3000]*copy(?:[\s\u3000]*[(（]\d{1,3}[)）])?$/i,
  /^copy of /i,
]

export function looksLikeCopy(path: string): boolean {
  const name = basename(path, extname(path)).trim()
  return COPY_MARKS.some((re) => re.test(name))
}

/** Of paths with the same content, in input order: the first that is not named as a copy, else the first. */
export function originalOf(paths: readonly string[]): string | undefined {
  return paths.find((p) => !looksLikeCopy(p)) ?? paths[0]
}
