import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeCode } from '@shared/domain/identifiers/issues'
import { propertyRuns } from '../../../helpers/property-runs'
import { fullWidth, junkText } from '../../import/arbitraries'

describe('normalizeCode', () => {
  it('drops every space, widens nothing and upper-cases, once and for all', () => {
    fc.assert(
      fc.property(junkText, (text) => {
        const code = normalizeCode(text)
        expect(normalizeCode(code)).toBe(code)
        expect(code).not.toMatch(/[\s\u3000]|[a-z]|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/)
      }),
      propertyRuns(1000)
    )
  })

  it('reads a code typed full width, in lower case or spaced as the code', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Z]{1,20}$/),
        fc.constantFrom(' ', '\u3000', '\t'),
        (code, space) => {
          expect(normalizeCode(`${space}${fullWidth(code).toLowerCase()}${space}${space}`)).toBe(
            code
          )
        }
      ),
      propertyRuns(500)
    )
  })
})
