// Argument schemas of the analysis channels (library:items, chart:*, export:*), kept beside the
// shell's schemas in shared/model/schema.ts.
import { z } from 'zod'
import { BRIEFING_CHARTS, BRIEFING_SLIDES } from '../../shared/api'

const year = z.number().int().min(1990).max(2100)
const agency = z.string().min(1).max(200)

/** A chart picture from the renderer: a PNG data URL (size and signature are checked again on decode). */
export const savePngArgSchema = z
  .object({ dataUrl: z.string().startsWith('data:image/png;base64,').max(45_000_000), name: z.string().min(1).max(120) })
  .strict()
export const copyPngArgSchema = z.object({ dataUrl: z.string().startsWith('data:image/png;base64,').max(45_000_000) }).strict()

export const briefingArgSchema = z
  .object({
    agency: agency.optional(),
    from: year.optional(),
    to: year.optional(),
    bodiesYear: year.optional(),
    agencies: z.array(agency).max(2000).optional(),
    slides: z.partialRecord(z.enum(BRIEFING_SLIDES), z.boolean()).optional(),
    charts: z.array(z.enum(BRIEFING_CHARTS)).max(BRIEFING_CHARTS.length).optional(),
  })
  .strict()
