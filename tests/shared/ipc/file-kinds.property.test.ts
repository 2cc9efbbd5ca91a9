import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FILE_KIND_NAMES, hasKindExtension, withKindExtension } from '@shared/ipc/file-kinds'
import { propertyRuns } from '../../helpers/property-runs'
import { junkText } from '../import/arbitraries'

describe('file names of a kind', () => {
  it('get the kind’s extension once, whatever name they start from', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILE_KIND_NAMES), junkText, (kind, name) => {
        const named = withKindExtension(kind, name)
        expect(hasKindExtension(kind, named)).toBe(true)
        expect(withKindExtension(kind, named)).toBe(named)
        expect(named.startsWith(name)).toBe(true)
      }),
      propertyRuns(500)
    )
  })
})
