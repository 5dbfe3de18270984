// Review 9b R8: prose counts grouped by a space, no-break or thin space (「22 553条」) were lost
// without a note, where 「22,553条」 was read. The spaces of a count before its unit are its own; two
// numbers side by side without a unit stay two. The generator (sentences.ts count()) prints them too.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import { compactForMatching } from '../../shared/extract/prose-text'

describe('a count grouped by spaces before its unit', () => {
  it('is read whichever space groups it', () => {
    for (const sp of [' ', '\u00a0', '\u2009', '\u202f']) {
      const { metrics } = extractMetrics(`全年共主动公开政府信息22${sp}553条。全年共收到政府信息公开申请9${sp}670件。12345政务服务热线全年受理群众来电1${sp}587${sp}993个。`, 2023)
      expect(metrics.activeDisclosureItems).toBe(22553)
      expect(metrics.requestsReceived).toBe(9670)
      expect(metrics.hotlineCalls).toBe(1587993)
    }
  })

  it('also with a space before the unit, or 余 between', () => {
    expect(compactForMatching('公开信息 22 553 条')).toBe('公开信息22553条')
    expect(compactForMatching('公开信息64 644余条')).toBe('公开信息64644余条')
  })

  it('two numbers side by side without a unit, or groups not of three digits, are not joined', () => {
    expect(compactForMatching('本年新收 12 345 6')).toBe('本年新收12 345 6')
    expect(compactForMatching('共 12 34条')).toBe('共12 34条')
    expect(compactForMatching('2023 1 234件')).toBe('2023 1 234件')
  })
})
