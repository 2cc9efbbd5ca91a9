import { describe, it } from 'vitest'
import { checkResource, RESOURCE_STAND_INS } from '@shared/domain/linkage/resource-rules'
import { expectJunkRefusedInChinese } from '../../import/arbitraries'
import { TODAY } from '../../import/fixtures'

describe('checkResource', () => {
  it('never throws on junk in any field, and refuses it in Chinese, addressed to a field', () => {
    expectJunkRefusedInChinese((draft) => checkResource(draft, TODAY), RESOURCE_STAND_INS, 500)
  })
})
