// Shared by the OCR tests that read the generator's gen-1 report (none-specks, worn-tables).
// The print of gen-1's table 三: 自然人 and 总计 columns (the other five are 0 in every row).
export const PRINTED: Record<string, [number, number]> = {
  received: [23, 23], carriedOver: [0, 0], granted: [7, 7], partiallyGranted: [1, 1],
  'withheld.stateSecret': [0, 0], 'withheld.prohibitedByLaw': [0, 0], 'withheld.securityStability': [0, 0],
  'withheld.thirdPartyRights': [0, 0], 'withheld.internalAffairs': [0, 0], 'withheld.processInformation': [0, 0],
  'withheld.enforcementFiles': [0, 0], 'withheld.administrativeQuery': [0, 0], 'unavailable.notHeld': [7, 7],
  'unavailable.needsCreation': [0, 0], 'unavailable.unclearAfterCorrection': [5, 5], 'notProcessed.petition': [0, 0],
  'notProcessed.duplicate': [3, 3], 'notProcessed.publication': [0, 0], 'notProcessed.massRepeated': [0, 0],
  'notProcessed.confirmOrReissue': [0, 0], otherHandling: [0, 0], handledTotal: [23, 23], carriedForward: [0, 0],
}
export const printed = (key: string, k: number): number => (k === 0 ? PRINTED[key]![0] : k === 6 ? PRINTED[key]![1] : 0)

/** Every cell of table 三 that was read is asserted to be the print; returns how many were read. */
export function expectReadCellsPrinted(rows: Record<string, (number | null)[] | null | undefined>, expectFn: (v: unknown) => { toBe: (x: unknown) => void }): number {
  let read = 0
  for (const [key, row] of Object.entries(rows)) {
    row?.forEach((v, k) => {
      if (v === null) return
      read++
      expectFn(`${key}[${k}] = ${v}`).toBe(`${key}[${k}] = ${printed(key, k)}`)
    })
  }
  return read
}
