// How much of a page its largest picture covers, from the page's operator list (no picture is
// decoded): a picture drawn over most of a page with no text is a scanned page among text pages; a
// logo or a seal beside a page's text is not.
import { multiply, type OpsTable } from './rulings'

type Matrix = [number, number, number, number, number, number]

export interface PictureOps extends Pick<OpsTable, 'save' | 'restore' | 'transform'> {
  paintImageXObject: number
  paintInlineImageXObject: number
  paintJpegXObject?: number
}

/** The area (in square points) of the largest picture painted: a picture is the unit square under
 *  the transformation in force when it is painted. */
export function largestPictureArea(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: PictureOps): number {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const stack: Matrix[] = []
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintJpegXObject ?? -1])
  let largest = 0
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform) {
      const t = argsArray[i] as number[]
      ctm = multiply([t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!], ctm)
    } else if (paints.has(fn)) largest = Math.max(largest, Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]))
  }
  return largest
}
