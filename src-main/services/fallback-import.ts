// Stand-in for the readers' importPaths until src-main/import lands: walks folders, reads plain
// text and HTML (tags dropped, one paragraph per line), refuses the rest with a Chinese reason.
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { decodeText } from '../../shared/text/decode'
import { textToDocument } from '../../shared/text/text-document'
import type { ImportPathsFn, PathResult } from './importer'

const TEXT = new Set(['.txt'])
const HTML = new Set(['.html', '.htm'])
const KNOWN = new Set(['.txt', '.html', '.htm', '.pdf', '.docx', '.doc'])

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = []
  for (const p of paths) {
    let st
    try {
      st = await stat(p)
    } catch {
      out.push(p)
      continue
    }
    if (st.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith('.')).sort()
      out.push(...(await expand(names.map((n) => join(p, n)))))
    } else out.push(p)
  }
  return out
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|tr|h\d|li|br|table)>|<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export const fallbackImportPaths: ImportPathsFn = async (paths, { onProgress } = {}) => {
  const files = (await expand(paths)).filter((p) => KNOWN.has(extname(p).toLowerCase()) || paths.includes(p))
  const results: PathResult[] = []
  const seen = new Set<string>()
  const started = Date.now()
  for (const [i, path] of files.entries()) {
    const name = basename(path)
    const elapsed = Date.now() - started
    onProgress?.({ done: i, total: files.length, current: name, etaMs: i > 0 ? Math.round((elapsed / i) * (files.length - i)) : null })
    const ext = extname(path).toLowerCase()
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch {
      results.push({ path, status: 'failed', error: { code: 'UNREADABLE', message: `「${name}」无法读取（文件不存在或没有权限）` } })
      continue
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    if (seen.has(sha256)) {
      results.push({ path, status: 'duplicate', sha256, reason: `「${name}」与本批中另一文件内容相同` })
      continue
    }
    seen.add(sha256)
    if (!TEXT.has(ext) && !HTML.has(ext)) {
      results.push({ path, status: 'failed', sha256, error: { code: 'UNSUPPORTED', message: `「${name}」的格式暂不支持（读取模块尚未接入）` } })
      continue
    }
    const text = decodeText(new Uint8Array(bytes)).text
    if (text.trim() === '') {
      results.push({ path, status: 'failed', sha256, error: { code: 'EMPTY', message: `「${name}」是空文件` } })
      continue
    }
    const body = HTML.has(ext) ? htmlToText(text) : text
    if (!/政府信息公开/.test(body)) {
      results.push({ path, status: 'failed', sha256, error: { code: 'NOT_A_REPORT', message: `「${name}」不是政府信息公开工作年度报告` } })
      continue
    }
    results.push({ path, status: 'read', sha256, document: textToDocument(body, name, HTML.has(ext) ? 'html' : 'text') })
  }
  onProgress?.({ done: files.length, total: files.length, current: '', etaMs: 0 })
  return results
}
