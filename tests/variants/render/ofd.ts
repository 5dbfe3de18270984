// A variant as an OFD from a converter (数科/福昕): the printed PDF's text and ruling lines laid out
// as OFD pages (tests/readers/pdf-to-ofd.ts), written in one of the producers' ways drawn by the
// seed, with the table's ruling paths or without any (converters that drop them).
import { pdfToOfdPages } from '../../readers/pdf-to-ofd'
import { writeOfd, type OfdStyle } from '../../readers/ofd-writer'
import { pick, seeded } from '../generator/rng'

export function drawOfdStyle(seed: number): OfdStyle {
  const rand = seeded(seed * 6151 + 29)
  return {
    objects: pick(rand, ['char', 'run', 'line'] as const),
    boxes: pick(rand, ['tight', 'page'] as const),
    // 1 = millimetres; 0.3528 = points (a CTM scales them).
    scale: pick(rand, [1, 1, 0.3528] as const),
    rules: pick(rand, ['stroke', 'rect'] as const),
  }
}

export async function renderOfd(pdf: Uint8Array, seed: number, ruled: boolean): Promise<Uint8Array> {
  const pages = await pdfToOfdPages(pdf)
  return writeOfd(ruled ? pages : pages.map((p) => ({ ...p, rules: [] })), drawOfdStyle(seed))
}
