import { describe, expect, it } from 'vitest'
import { isValidOrgCode, orgCodeCheckChar } from '@shared/domain/identifiers/org-code'

describe('GB 11714 organisation code', () => {
  it.each([
    ['M000100Y', '4'],
    ['10162374', '1'],
    ['69769418', '7']
  ])('%s has check character %s', (body, check) => {
    expect(orgCodeCheckChar(body)).toBe(check)
  })

  it('accepts the hyphenated and compact forms and refuses a wrong check', () => {
    expect(isValidOrgCode('M000100Y-4')).toBe(true)
    expect(isValidOrgCode('m000100y4')).toBe(true)
    expect(isValidOrgCode('M000100Y-5')).toBe(false)
    expect(isValidOrgCode('M000100-4')).toBe(false)
  })

  it('maps a remainder of 1 to X and 0 to 0', () => {
    const bodies = Array.from({ length: 2000 }, (_, i) => String(10_000_000 + i * 37))
    const checks = new Set(bodies.map((body) => orgCodeCheckChar(body)))
    expect(checks).toContain('X')
    expect(checks).toContain('0')
    expect(orgCodeCheckChar('ABC')).toBeNull()
  })
})
