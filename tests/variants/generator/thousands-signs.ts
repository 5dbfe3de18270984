// Rule: digits grouped by a sign other than a comma (numbers.ts thousandsSign: 「1'227」 「1’227」 「1＇227」
// 「1·227」 「1、227」), on a big body (digit-groups.ts bigBody: table 三 made big enough for four-digit
// cells, every sum kept). Review hr34 W2: read as two numbers, the 「1」 of a cell and of its 总计 were
// left out as page numbers and every sum still held (1’227 read as 227, 1’449 as 449).
import type { ThousandsSign } from './numbers'

/** The number rule override that prints every number ≥ 1000 with `sign` between its groups. */
export const signed = (sign: ThousandsSign): { thousandsSign: ThousandsSign } => ({ thousandsSign: sign })
