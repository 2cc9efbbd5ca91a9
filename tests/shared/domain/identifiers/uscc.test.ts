import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasErrors } from '@shared/domain/identifiers/issues'
import { USCC_CHARSET, usccCheckChar, validateUscc } from '@shared/domain/identifiers/uscc'

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code)

describe('validateUscc', () => {
  it('accepts the standard worked example with its check character 3', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3')
    const result = validateUscc('91350100M000100Y43', { expectSocialOrganization: false })
    expect(result.issues).toEqual([])
    expect(result.info).toEqual({
      authority: '工商（市场监管）',
      entityClass: '企业',
      regionCode: '350100',
      organizationCode: 'M000100Y-4'
    })
  })

  it.each(['52440106MJ00000189', '51310115MJ00000265', '531000005000000317'])(
    'accepts the civil-affairs example %s without any issue',
    (code) => {
      expect(validateUscc(code).issues).toEqual([])
    }
  )

  it('normalises lower case, spaces and full-width characters', () => {
    const result = validateUscc(' 5244 0106mj0000０189 ')
    expect(result.normalized).toBe('52440106MJ00000189')
    expect(hasErrors(result.issues)).toBe(false)
  })

  it('names the expected check character when it is wrong', () => {
    const result = validateUscc('91350100M000100Y44', { expectSocialOrganization: false })
    expect(codes(result.issues)).toEqual(['check'])
    expect(result.issues[0]!.message).toContain('第 18 位校验码应为“3”')
  })

  it('names a character outside the 31-symbol set, even in the check position', () => {
    const result = validateUscc('91350100M000100Y4Z')
    expect(result.issues[0]!.message).toContain('第 18 位“Z”')
    expect(result.issues[0]!.message).toContain('I、O、S、V、Z')
  })

  it.each([
    ['5244010MJ00000189', 'length', '18 位'],
    ['52440106MJ0000O189', 'charset', '第 15 位“O”'],
    ['5244A106MJ00000189', 'region', '第 5 位']
  ])('refuses %s (%s)', (input, code, fragment) => {
    const result = validateUscc(input)
    expect(codes(result.issues)).toContain(code)
    expect(hasErrors(result.issues)).toBe(true)
    expect(result.issues.find((issue) => issue.code === code)!.message).toContain(fragment)
  })

  it('warns, without refusing, when the code is not a social organisation', () => {
    const result = validateUscc('91350100M000100Y43')
    expect(result.issues).toEqual([
      expect.objectContaining({ level: 'warning', code: 'not-social-organization' })
    ])
  })

  it('warns about an unknown class and the unconfirmed 54/55 classes', () => {
    const body = '57440106MJ0000018'
    expect(codes(validateUscc(body + usccCheckChar(body)).issues)).toContain('class')
    const body55 = '55440106MJ0000018'
    expect(codes(validateUscc(body55 + usccCheckChar(body55)).issues)).toContain(
      'class-unconfirmed'
    )
  })

  it('warns when the embedded organisation code has a wrong check character', () => {
    const body = '52440106MJ0000019'
    const result = validateUscc(body + usccCheckChar(body))
    expect(result.issues).toEqual([
      expect.objectContaining({ level: 'warning', code: 'org-code-check' })
    ])
  })

  const uscc17 = fc
    .tuple(
      fc.constantFrom('51', '52', '53'),
      fc.stringMatching(/^\d{6}$/),
      fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 9, maxLength: 9 })
    )
    .map(([prefix, region, rest]) => prefix + region + rest.join(''))

  it('accepts every code that carries its computed check character', () => {
    fc.assert(
      fc.property(uscc17, (body) => {
        expect(hasErrors(validateUscc(body + usccCheckChar(body)).issues)).toBe(false)
      }),
      { numRuns: 2000 }
    )
  })

  it('catches every single-character substitution', () => {
    fc.assert(
      fc.property(
        uscc17,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...USCC_CHARSET),
        (body, position, replacement) => {
          const valid = body + usccCheckChar(body)
          fc.pre(valid[position] !== replacement)
          const mutated = valid.slice(0, position) + replacement + valid.slice(position + 1)
          fc.pre(/^\d{6}$/.test(mutated.slice(2, 8)))
          expect(hasErrors(validateUscc(mutated).issues)).toBe(true)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = validateUscc(text)
        expect(Array.isArray(result.issues)).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })
})
