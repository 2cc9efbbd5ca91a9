import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasErrors } from '@shared/domain/identifiers/issues'
import {
  residentIdCheckChar,
  upgradeResidentId15,
  validateResidentId
} from '@shared/domain/identifiers/resident-id'

const today = '2026-11-22'

describe('validateResidentId', () => {
  it('parses the standard sample 11010519491231002X', () => {
    expect(validateResidentId('11010519491231002x', today)).toEqual({
      normalized: '11010519491231002X',
      issues: [],
      birthDate: '1949-12-31',
      gender: '女'
    })
  })

  it.each(['440524188001010014', '34052419800101001X', '370101190102039973', '513101198201130014'])(
    'accepts the published sample %s',
    (id) => {
      expect(validateResidentId(id, today).issues).toEqual([])
    }
  )

  it('upgrades a 15-digit number and says so', () => {
    expect(upgradeResidentId15('110105491231002')).toBe('11010519491231002X')
    const result = validateResidentId('110105491231002', today)
    expect(result.normalized).toBe('11010519491231002X')
    expect(result.issues).toEqual([expect.objectContaining({ level: 'warning', code: 'upgraded' })])
  })

  it.each([
    ['1101051949123100', 'length', '18 位'],
    ['1101051949123100AX', 'charset', '第 17 位'],
    ['110105194902300021', 'birth-date', '不是有效日期'],
    ['110105203001010011', 'birth-date', '晚于今天'],
    ['110105194912310021', 'check', '应为“X”']
  ])('refuses %s (%s)', (id, code, fragment) => {
    const result = validateResidentId(id, today)
    expect(result.issues[0]).toMatchObject({ level: 'error', code })
    expect(result.issues[0]!.message).toContain(fragment)
  })

  it('reads gender from the sequence digit', () => {
    expect(validateResidentId('370101190102039973', today).gender).toBe('男')
  })

  it('catches every single-digit substitution in a valid number', () => {
    const body = fc
      .tuple(
        fc.stringMatching(/^[1-6]\d{5}$/),
        fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        fc.stringMatching(/^\d{3}$/)
      )
      .map(([area, birth, seq]) => area + birth.toISOString().slice(0, 10).replace(/-/g, '') + seq)
    fc.assert(
      fc.property(
        body,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 0, max: 9 }),
        (b, pos, digit) => {
          const valid = b + residentIdCheckChar(b)
          expect(hasErrors(validateResidentId(valid, today).issues)).toBe(false)
          fc.pre(valid[pos] !== String(digit))
          const mutated = valid.slice(0, pos) + digit + valid.slice(pos + 1)
          expect(hasErrors(validateResidentId(mutated, today).issues)).toBe(true)
        }
      ),
      { numRuns: 2000 }
    )
  })
})
