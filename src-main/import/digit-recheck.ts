// A text-layer PDF whose tables' own sums fail, after the pipeline's extraction (issue 10): its failing
// pages drawn and read by OCR and the layer's numbers compared (readers/digit-crosscheck.ts). The sums
// failing alone never hide a number (real reports have slips, shown as printed and flagged): an ordinary
// PDF whose sums hold pays only the checks. The cross-check is bounded by time (CROSSCHECK_MS): when it
// runs out, fails or cannot run, the layer stands with its numbers, its flags and a note saying so.
// Where the layer's digits are found to be other digits, its numbers are no proof: the whole file is
// drawn and read by OCR (a second document for the same file, reusing the pages already drawn), bounded
// by REREAD_MAX_PAGES pages (the note names the pages left) and REREAD_MS; past the time, or where that
// reading fails, the file is refused with a Chinese message, never shown from the wrong layer.
// Data flow stays one way: document → extraction → flags → (maybe) another document → its extraction.
import { readFile as fsReadFile } from 'node:fs/promises'
import { checkReport } from '../../shared/checks/index'
import { extractReport } from '../../shared/extract/index'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { documentWithDigitsUndone, type DigitMapVerdict } from '../../shared/text/digit-map'
import { crossCheckDigits, pagesOfFailedSums, SUM_CHECKS } from '../readers/digit-crosscheck'
import { readError } from '../readers/errors'
import { pageCountOf } from '../readers/garbled-pdf'
import { settledRead, type ReadOptions } from '../readers/index'
import { readRenderedPdf } from '../readers/ocr/read-rendered'
import { CROSSCHECK_MS, MARGIN_MS, REREAD_MAX_PAGES, REREAD_MS } from './digit-recheck-bounds'
import { looksLikeReport } from '../readers/report-like'
import type { ReadResult } from '../readers/types'

type Extracted = ReadResult & { ok: true; extraction: Extraction }

export interface RecheckHooks {
  /** Told what the file becomes should this step not end within `boundMs` (the pool then takes it). */
  fallback?: (result: ReadResult, phase: 'crosscheck' | 'reread', boundMs: number) => void
  /** The file name the extractor sees, when not the reader's (a stored copy). */
  extractAs?: string
  /** Time bounds (tests make them short). */
  crossCheckMs?: number
  rereadMs?: number
}

export const CHECK_NOT_DONE = '表内合计不符；曾将这些页面绘制成图片识别以核对文字层的数字，但未能完成，数字按文字层读取（合计不符之处已标出），请对照原文核实'

/** The layer's result with a note added to its document and its extraction alike. */
export function withNote(read: Extracted, message: string): Extracted {
  const document = { ...read.document, notes: [...(read.document.notes ?? []), message] }
  return { ...read, document, extraction: { ...read.extraction, notes: [...read.extraction.notes, { field: 'document', message }] } }
}

const sumFailures = (flags: readonly Flag[]): number => flags.filter((f) => SUM_CHECKS.has(f.id)).length

/** Sum failures of the layer with its digits undone by the found map (the map's own corroboration). */
function sumFailuresUndone(read: Extracted, verdict: DigitMapVerdict): number {
  const doc = documentWithDigitsUndone(read.document, verdict.pairs)
  return sumFailures(checkReport({ id: doc.fileName, fileName: doc.fileName, extraction: extractReport(doc) }))
}

/** `read` (a result extracted in the pipeline) as it stands, or its file's drawn reading where its layer's digits are wrong. */
export async function recheckDigits(read: Extracted, path: string, opts: ReadOptions, hooks: RecheckHooks = {}): Promise<ReadResult> {
  const doc = read.document
  if (opts.ocr === false || doc.format !== 'pdf' || doc.ocr || read.sourceBytes) return read
  const flags = checkReport({ id: doc.fileName, fileName: doc.fileName, extraction: read.extraction })
  const pages = pagesOfFailedSums(doc, flags)
  if (pages.length === 0) return read
  const notDone = withNote(read, CHECK_NOT_DONE)
  const checkMs = hooks.crossCheckMs ?? CROSSCHECK_MS
  hooks.fallback?.(notDone, 'crosscheck', checkMs + MARGIN_MS)
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await fsReadFile(path))
  } catch {
    return notDone
  }
  const ocr = opts.ocr ?? {}
  const check = await crossCheckDigits(doc, pages, bytes, read.sha256, { ...ocr, signal: timeBound(checkMs, ocr.signal) })
  if (!check) return notDone
  const { verdict } = check
  // A finding over few numbers (an OCR habit with a rare digit looks the same) stands only where undoing
  // the map mends the layer's own sums.
  if (!verdict.wrong && !(verdict.suspect && sumFailuresUndone(read, verdict) < sumFailures(flags))) return read
  const pairs = verdict.pairs.map((p) => `文字层的「${p.layer}」页面上是「${p.drawn}」`).join('、')
  const example = verdict.sample ? `，如文字层的「${verdict.sample.layer}」页面上印的是「${verdict.sample.drawn}」` : ''
  const why = `文字层中的数字与页面印出的数字不符（字体的数字映射有误：${pairs}${example}）`
  const refusal = (more: string): ReadResult => ({ ok: false, error: readError('UNSUPPORTED', path, { detail: `的${why}${more}，数字无法可靠读取；请在 WPS 或 Acrobat 中重新导出 PDF（或打印为 PDF）后再导入` }), sha256: read.sha256 })
  const rereadMs = hooks.rereadMs ?? REREAD_MS
  hooks.fallback?.(refusal(`，将各页绘制成图片识别超过 ${Math.round(rereadMs / 1000)} 秒未完成`), 'reread', rereadMs + MARGIN_MS)
  const rereadOcr = { ...ocr, maxPages: Math.min(ocr.maxPages ?? REREAD_MAX_PAGES, REREAD_MAX_PAGES), signal: timeBound(rereadMs, ocr.signal) }
  const drawn = await readRenderedPdf(bytes, path, doc.fileName, read.sha256, rereadOcr, pageCountOf(read), check.drawn)
  if (!drawn.ok || !looksLikeReport(drawn.document)) return refusal(drawn.ok ? '，将各页绘制成图片识别后也未读出报告' : '，将各页绘制成图片识别也未能完成')
  const note = `${why}，已将各页绘制成图片后做文字识别；识别出的表格数字只在表内合计能核实时采用，请对照原文核实`
  const settled = settledRead({ ok: true, document: { ...drawn.document, notes: [...(drawn.document.notes ?? []), note] } }, path, bytes.length, read.sha256, opts)
  if (!settled.ok) return settled
  return { ...settled, extraction: extractReport(hooks.extractAs ? { ...settled.document, fileName: hooks.extractAs } : settled.document) }
}

/** A signal that ends after `ms`, or with `outer`. */
function timeBound(ms: number, outer?: AbortSignal): AbortSignal {
  const own = AbortSignal.timeout(ms)
  return outer ? AbortSignal.any([own, outer]) : own
}
