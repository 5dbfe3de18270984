// One report as stored in the library: the extraction (as extracted, never edited), the flags of
// the last check run, and where it came from. Validated with zod when read back from disk.
import { z } from 'zod'
import { extractionSchema, flagSchema } from '../../shared/model/schema'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { SOURCE_FORMATS, type SourceFormat } from '../../shared/model/document'

export const STORED_VERSION = 1

export interface StoredSource {
  fileName: string
  format: SourceFormat
  sha256: string
  /** Name of the copy in the library's sources/ folder. */
  storedName: string
  importedAt: string
}

export interface StoredReport {
  version: typeof STORED_VERSION
  id: string
  sample: boolean
  source: StoredSource
  /** Key of this report's corrections file (body + year of the extracted values, or the file hash). */
  correctionKey: string
  extraction: Extraction
  flags: Flag[]
}

export const storedReportSchema = z.object({
  version: z.literal(STORED_VERSION),
  id: z.string().regex(/^[0-9a-f]{16,64}$/),
  sample: z.boolean(),
  source: z.object({
    fileName: z.string(),
    format: z.enum(SOURCE_FORMATS),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    storedName: z.string().regex(/^[0-9a-f]{16,64}(\.[A-Za-z0-9]{1,8})?$/),
    importedAt: z.string(),
  }),
  correctionKey: z.string().min(1),
  extraction: extractionSchema,
  flags: z.array(flagSchema),
})

/** Report id from the source file's hash. */
export function reportIdFor(sha256: string): string {
  return sha256.slice(0, 20)
}

/** Parse a stored document; throws with a Chinese reason when it is not valid. */
export function parseStoredReport(text: string): StoredReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new Error(`不是有效的 JSON（${(err as Error).message}）`)
  }
  const parsed = storedReportSchema.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new Error(`内容不符合报告格式（${first ? `${first.path.join('.')}: ${first.message}` : '未知'}）`)
  }
  return parsed.data as StoredReport
}
