// Runtime schemas (zod) of the stored model and of every IPC argument.
// The TypeScript types stay in report.ts / extraction.ts / flag.ts; these schemas check data that
// crosses a trust boundary: documents read back from disk, and arguments the renderer sends.
import { z } from 'zod'
import {
  PROBLEM_CATEGORIES,
  REQUEST_ROW_KEYS,
  REVIEW_GROUPS,
  SECTION_KEYS,
  type Report,
} from './report'
import { CHECK_IDS, type Flag } from './flag'
import type { Extraction } from './extraction'
import { isActiveDisclosureField } from './correction-path'

// ── the model ───────────────────────────────────────────────────────────────────────────────
const num = z.number().nullable()

export const sourceLocationSchema = z.object({
  page: z.number().int().optional(),
  line: z.number().int().optional(),
  block: z.number().int(),
  scan: z.object({ page: z.number().int(), x: z.number(), y: z.number(), w: z.number(), h: z.number(), skew: z.number(), drawn: z.literal(true).optional() }).optional(),
})

const problemCategorySchema = z.enum(PROBLEM_CATEGORIES)
const sectionKeySchema = z.enum(SECTION_KEYS)

export const problemEntrySchema = z.object({
  text: z.string(),
  categories: z.array(problemCategorySchema),
  matchedWords: z.partialRecord(problemCategorySchema, z.array(z.string())).optional(),
})

const metricsSchema = z.object({
  activeDisclosureItems: num,
  // Added in session 7: a report stored before has none (read back as null).
  activeDisclosureItemsChange: num.default(null),
  requestsReceived: num,
  indexRank: num,
  indexRankOf: num,
  indexRankChange: num,
  hotlineCalls: num,
  hotlineCallsYoYPercent: num,
  messagesReceived: num,
})

const triple = <A extends string, B extends string, C extends string>(a: A, b: B, c: C) =>
  z.object({ [a]: num, [b]: num, [c]: num } as Record<A | B | C, typeof num>)

const activeDisclosureSchema = z.object({
  rules: z.object({ newlyMade: num.optional(), newlyPublished: num.optional(), publishedTotal: num.optional(), issued: num.optional(), repealed: num.optional(), inForce: num.optional() }).optional(),
  normativeDocs: z.object({ newlyMade: num.optional(), newlyPublished: num.optional(), publishedTotal: num.optional(), issued: num.optional(), repealed: num.optional(), inForce: num.optional() }).optional(),
  licensing: z.object({ lastYearItems: num.optional(), change: num.optional(), decisions: num.optional() }).optional(),
  otherServices: triple('lastYearItems', 'change', 'decisions').optional(),
  penalties: z.object({ lastYearItems: num.optional(), change: num.optional(), decisions: num.optional() }).optional(),
  enforcement: z.object({ lastYearItems: num.optional(), change: num.optional(), decisions: num.optional() }).optional(),
  fees: z.object({ lastYearItems: num.optional(), change: num.optional(), amountWanYuan: num.optional() }).optional(),
  procurement: z.object({ projects: num, amountWanYuan: num }).optional(),
})

export const reportSchema = z.object({
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.enum(['2019', '2021', 'legacy']),
  publishedOn: z.string().nullable(),
  sections: z.array(sectionKeySchema),
  metrics: metricsSchema,
  activeDisclosure: activeDisclosureSchema,
  requests: z.object({ rows: z.partialRecord(z.enum(REQUEST_ROW_KEYS), z.array(num)) }),
  reviewLitigation: z.object({
    review: z.array(num).nullable(),
    litigationDirect: z.array(num).nullable(),
    litigationAfterReview: z.array(num).nullable(),
  }),
  problems: z.array(problemEntrySchema),
  improvements: z.array(problemEntrySchema),
  priorDone: z.array(problemEntrySchema).optional(),
})

export const extractionSchema = z.object({
  report: reportSchema,
  provenance: z.record(z.string(), z.object({ loc: sourceLocationSchema, text: z.string(), how: z.enum(['label', 'sums', 'prose']).optional() })),
  sectionText: z.partialRecord(sectionKeySchema, z.object({ text: z.string(), loc: sourceLocationSchema })),
  preamble: z.string(),
  notes: z.array(z.object({ field: z.string(), message: z.string() })),
  indexRankSentence: z
    .object({
      text: z.string(),
      loc: sourceLocationSchema,
      rank: num,
      previous: num,
      statedChange: num,
      direction: z.enum(['up', 'down']).nullable(),
      evaluationYear: num,
    })
    .optional(),
})

const evidenceSchema = z.union([
  z.object({
    kind: z.literal('cell'),
    table: z.literal('requests'),
    row: z.enum(REQUEST_ROW_KEYS),
    columns: z.array(z.number().int()),
    values: z.array(num),
    loc: sourceLocationSchema.optional(),
  }),
  z.object({
    kind: z.literal('cell'),
    table: z.literal('reviewLitigation'),
    row: z.enum(REVIEW_GROUPS),
    columns: z.array(z.number().int()),
    values: z.array(num),
    loc: sourceLocationSchema.optional(),
  }),
  z.object({
    kind: z.literal('cell'),
    table: z.literal('activeDisclosure'),
    field: z.string(),
    values: z.array(num),
    loc: sourceLocationSchema.optional(),
  }),
  z.object({ kind: z.literal('metric'), field: z.string(), value: num, loc: sourceLocationSchema.optional(), text: z.string().optional() }),
  z.object({ kind: z.literal('text'), section: sectionKeySchema.optional(), text: z.string(), loc: sourceLocationSchema.optional() }),
  z.object({ kind: z.literal('report'), reportId: z.string(), agency: z.string().nullable(), year: z.number().nullable(), note: z.string().optional() }),
])

export const flagSchema = z.object({
  id: z.enum(CHECK_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  evidence: z.array(evidenceSchema),
})

// Compile-time guard: the schemas produce the model types (a drift in either is a type error).
// Section 二 is left out: its TS type is the intersection of both templates' shapes, while a stored
// report holds one or the other (the schema accepts either).
type Assignable<T, _U extends T> = true
type WithoutActive<T> = Omit<T, 'activeDisclosure'>
export type _SchemaMatchesModel = [
  Assignable<WithoutActive<Report>, WithoutActive<z.infer<typeof reportSchema>>>,
  Assignable<Omit<Extraction, 'report'>, Omit<z.infer<typeof extractionSchema>, 'report'>>,
  Assignable<Flag, z.infer<typeof flagSchema>>,
]

// ── settings ────────────────────────────────────────────────────────────────────────────────
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期应为 MM-DD')

export const checkSettingsSchema = z.object({
  notHeldShare: z.number().gt(0).lt(1),
  swingShare: z.number().gt(0).max(10),
  copiedSimilarity: z.number().gt(0).max(1),
  deadlineDepartment: monthDay,
  deadlineGovernment: monthDay,
})

export const languageSchema = z.enum(['zh-CN', 'en'])

/** Words an office head adds to a section 五 category (设置): up to 100 per category, 1–20 characters each. */
export const categoryWordsSchema = z.partialRecord(
  problemCategorySchema.exclude(['other']),
  z.array(z.string().trim().min(1).max(20)).max(100),
)

export const appSettingsSchema = z.object({
  language: languageSchema,
  checks: checkSettingsSchema,
  lastFolder: z.string().max(4096).nullable(),
  window: z.object({ width: z.number().int().min(800).max(10000), height: z.number().int().min(560).max(10000) }),
  categoryWords: categoryWordsSchema,
})

/** A partial update of the settings (what settings:set accepts). */
export const settingsPatchSchema = z
  .object({
    language: languageSchema.optional(),
    checks: checkSettingsSchema.partial().optional(),
    lastFolder: z.string().max(4096).nullable().optional(),
    categoryWords: categoryWordsSchema.optional(),
    window: z.object({ width: z.number().int().min(800).max(10000), height: z.number().int().min(560).max(10000) }).optional(),
  })
  .strict()

/** Section 二's groups and their fields, as the model schema lists them (tests compare with ACTIVE_DISCLOSURE_FIELDS). */
export const activeDisclosureShape = (): Record<string, string[]> =>
  Object.fromEntries(Object.entries(activeDisclosureSchema.shape).map(([group, schema]) => [group, Object.keys(schema.unwrap().shape)]))

// ── IPC arguments ───────────────────────────────────────────────────────────────────────────
/** A report id: hex of the source file's SHA-256 (prefix). Never a path. */
export const reportIdSchema = z.string().regex(/^[0-9a-f]{16,64}$/, '报告编号无效')

/** An absolute path chosen by the user (dialog or drop). No NUL bytes, bounded length. */
export const pathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), '路径无效')
  .refine((p) => /^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(p), '路径须为绝对路径')

export const emptyArgSchema = z.undefined().or(z.null()).or(z.object({}).strict())

export const importArgSchema = z.object({ paths: z.array(pathSchema).min(1).max(10_000) }).strict()
export const idsArgSchema = z.object({ ids: z.array(reportIdSchema).min(1).max(10_000) }).strict()
export const reportGetArgSchema = z.object({ id: reportIdSchema }).strict()
/** A provenance key of the report (`requests.granted`): the crop is found from what was stored, never from a box the page sends. */
export const scanCropArgSchema = z.object({ id: reportIdSchema, field: z.string().min(1).max(200) }).strict()

/**
 * A correction's field path, as JSON-pointer segments into the report. Allowed: a metric, a cell of
 * table 三 or 四, a field of section 二, a section 五 entry's categories, the agency, year or publication date.
 */
export const correctionPathSchema = z.union([
  z.tuple([z.literal('metrics'), z.enum(['activeDisclosureItems', 'activeDisclosureItemsChange', 'requestsReceived', 'indexRank', 'indexRankOf', 'indexRankChange', 'hotlineCalls', 'hotlineCallsYoYPercent', 'messagesReceived'])]),
  z.tuple([z.literal('requests'), z.literal('rows'), z.enum(REQUEST_ROW_KEYS), z.number().int().min(0).max(6)]),
  z.tuple([z.literal('reviewLitigation'), z.enum(REVIEW_GROUPS), z.number().int().min(0).max(4)]),
  z
    .tuple([z.literal('activeDisclosure'), z.string(), z.string()])
    .refine(([, group, field]) => isActiveDisclosureField(group, field), '第二部分没有这一栏'),
  z.tuple([z.enum(['problems', 'improvements']), z.number().int().min(0).max(500), z.literal('categories')]),
  z.tuple([z.enum(['agency', 'publishedOn', 'year'])]),
])

export const correctionValueSchema = z.union([
  z.number().finite(),
  z.null(),
  z.string().max(200),
  z.array(problemCategorySchema).max(PROBLEM_CATEGORIES.length),
])

export const correctArgSchema = z
  .object({
    id: reportIdSchema,
    path: correctionPathSchema,
    /** `undefined` removes the correction (back to the extracted value). */
    value: correctionValueSchema.optional(),
    remove: z.boolean().optional(),
  })
  .strict()

/** A correction as stored in corrections/<key>.json: read back from disk, so checked like an argument. */
export const storedCorrectionSchema = z.object({
  path: correctionPathSchema,
  value: correctionValueSchema,
  extracted: z.unknown(),
  at: z.string(),
})

export type CorrectionPath = z.infer<typeof correctionPathSchema>
export type CorrectionValue = z.infer<typeof correctionValueSchema>
export type AppSettings = z.infer<typeof appSettingsSchema>
export type SettingsPatch = z.infer<typeof settingsPatchSchema>
export type Language = z.infer<typeof languageSchema>
