import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateUscc } from '@shared/domain/identifiers/uscc'
import { propertyRuns } from '../../../helpers/property-runs'
import { fullWidth, junkText, validUscc } from '../../import/arbitraries'

const CJK = /[\u3400-\u9fff]/

describe('validateUscc', () => {
  it('reads a code typed in lower case, full width or with spaces as the code itself', () => {
    const typed = validUscc.chain(({ code }) =>
      fc.tuple(
        fc.constant(code),
        fc.constantFrom(
          code.toLowerCase(),
          fullWidth(code),
          ` ${code.slice(0, 9)}\u3000${code.slice(9)} `,
          `${code}\n`
        )
      )
    )
    fc.assert(
      fc.property(typed, ([code, written]) => {
        expect(validateUscc(written)).toEqual(validateUscc(code))
        expect(validateUscc(code).issues).toEqual([])
      }),
      propertyRuns(1000)
    )
  })

  it('words every finding in Chinese, and describes every code of the right shape', () => {
    fc.assert(
      fc.property(fc.oneof(junkText, fc.stringMatching(/^[0-9A-Z]{18}$/)), (text) => {
        const result = validateUscc(text)
        for (const issue of result.issues) expect(issue.message).toMatch(CJK)
        // A code of the wrong shape has nothing to describe; a wrong check character still does.
        const misshapen = result.issues.some(
          (issue) => issue.level === 'error' && issue.code !== 'check'
        )
        expect(result.info === null).toBe(misshapen)
      }),
      propertyRuns(1000)
    )
  })
})
