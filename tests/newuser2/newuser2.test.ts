// The second new-user set (see README.md), written blind before the fixes it led to: reports of unseen bodies and layouts, read through
// the app's import route. Never a wrong number; every unread cell says why; the flags each report
// must raise (its own wrong sums) are raised.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runNewUserSet } from '../../src-main/eval/newuser-set'

describe('new-user reports (tests/newuser2)', () => {
  it('reads no wrong number, notes every unread cell, and raises the expected flags', async () => {
    const results = await runNewUserSet(resolve(__dirname))
    expect(results.length).toBeGreaterThanOrEqual(12)
    expect(results.filter((r) => r.error).map((r) => `${r.id}: ${r.error}`)).toEqual([])
    const misses = (prefix: string): string[] => results.flatMap((r) => r.misses.filter((m) => m.startsWith(prefix)).map((m) => `${r.id}: ${m}`))
    expect(misses('错')).toEqual([])
    expect(misses('缺(无说明)')).toEqual([])
    expect(misses('漏报')).toEqual([])
    expect(misses('误报')).toEqual([])
    expect(misses('模板')).toEqual([])
    const right = results.reduce((n, r) => n + r.cells.right, 0)
    const all = results.reduce((n, r) => n + r.cells.right + r.cells.unread + r.cells.wrong, 0)
    // The bar for reports of unseen bodies and layouts: at least 99.5 % of cells read.
    expect(right / all).toBeGreaterThanOrEqual(0.995)
  }, 240_000)
})
