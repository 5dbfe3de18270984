// Word 97 sprms (MS-DOC Prl): a property's operation code and its operand, read from a grpprl.
// Operand sizes follow the spra bits; a sprm running past the end of its grpprl ends the list.

export interface Sprm {
  op: number
  arg: Uint8Array
}

/** Size of a sprm's operand from its spra bits; variable sizes read from the operand itself. */
function operandSize(op: number, bytes: Uint8Array, at: number): { skip: number; size: number } {
  switch (op >> 13) {
    case 0:
    case 1:
      return { skip: 0, size: 1 }
    case 2:
    case 4:
    case 5:
      return { skip: 0, size: 2 }
    case 3:
      return { skip: 0, size: 4 }
    case 7:
      return { skip: 0, size: 3 }
    default:
      // sprmTDefTable and sprmPChgTabs carry a 2-byte length; other variable sprms a 1-byte one.
      if (op === 0xd608 || op === 0xd606) {
        const cb = (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
        return { skip: 2, size: Math.max(0, cb - 1) }
      }
      return { skip: 1, size: bytes[at] ?? 0 }
  }
}

export function parseSprms(grpprl: Uint8Array): Sprm[] {
  const out: Sprm[] = []
  let at = 0
  while (at + 2 <= grpprl.length) {
    const op = grpprl[at]! | (grpprl[at + 1]! << 8)
    at += 2
    const { skip, size } = operandSize(op, grpprl, at)
    if (at + skip + size > grpprl.length) break
    out.push({ op, arg: grpprl.subarray(at + skip, at + skip + size) })
    at += skip + size
  }
  return out
}

