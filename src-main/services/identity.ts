// Adapter: body identity (shared/identity/body.ts), with null for an agency that was not read.
import { bodyKey } from '../../shared/identity/body'

const UNKNOWN = bodyKey(null)

export function bodyKeyOf(agency: string | null): string | null {
  if (!agency) return null
  const key = bodyKey(agency)
  return key === UNKNOWN ? null : key
}
