// Whether a picture painted over a page's text hides it (hidden-layer.ts): pdf.js has decoded the
// page's pictures while building its operator list; a picture with an alpha channel (an SMask, a
// colour-key /Mask) comes out as RGBA, an opaque one as grey or RGB. An RGBA picture whose alpha is
// (almost) everywhere full hides as well (some tools write a blank soft mask).

/** pdf.js's ImageKind values (util.js). */
const GRAYSCALE_1BPP = 1
const RGB_24BPP = 2
const RGBA_32BPP = 3

/** Share of a picture's pixels that must be fully opaque for an RGBA picture to hide what is under it. */
const OPAQUE_PIXEL_SHARE = 0.99

/** How long to wait for pdf.js to hand over a decoded picture; one not handed over is taken for see-through. */
const WAIT_MS = 3000

interface DecodedPicture {
  kind?: number
  width?: number
  height?: number
  data?: ArrayLike<number>
}

/** The page objects pdf.js keeps (page.objs, page.commonObjs). */
export interface PdfObjects {
  get(id: string, callback: (data: unknown) => void): unknown
}

/** Is this decoded picture opaque (no alpha, or alpha full on nearly every pixel)? Unknown: not. */
export function isOpaquePicture(p: DecodedPicture | null | undefined): boolean {
  if (!p || typeof p.kind !== 'number') return false
  if (p.kind === GRAYSCALE_1BPP || p.kind === RGB_24BPP) return true
  if (p.kind !== RGBA_32BPP || !p.data) return false
  const n = Math.floor(p.data.length / 4)
  if (n === 0) return false
  let full = 0
  for (let i = 3; i < n * 4; i += 4) if (p.data[i]! >= 250) full++
  return full >= n * OPAQUE_PIXEL_SHARE
}

/** The decoded picture named `id` (pdf.js: ids starting "g_" are kept document-wide), or null after a wait. */
function decoded(id: string, objs: PdfObjects, commonObjs: PdfObjects): Promise<DecodedPicture | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), WAIT_MS)
    try {
      ;(id.startsWith('g_') ? commonObjs : objs).get(id, (data) => {
        clearTimeout(timer)
        resolve((data ?? null) as DecodedPicture | null)
      })
    } catch {
      clearTimeout(timer)
      resolve(null)
    }
  })
}

/** The opacity of the pictures painted with these operator arguments (image id, or inline image data). */
export async function opaquePictures(argsList: readonly unknown[], objs: PdfObjects, commonObjs: PdfObjects): Promise<Set<unknown>> {
  const opaque = new Set<unknown>()
  for (const args of argsList) {
    const first = (args as unknown[] | null)?.[0]
    const picture = typeof first === 'string' ? await decoded(first, objs, commonObjs) : (first as DecodedPicture | null)
    if (isOpaquePicture(picture)) opaque.add(args)
  }
  return opaque
}
