import { describe, it } from 'vitest'
import { checkNeed, NEED_STAND_INS } from '@shared/domain/linkage/need'
import { expectJunkRefusedInChinese } from '../../import/arbitraries'
import { TODAY } from '../../import/fixtures'

describe('checkNeed', () => {
  it('never throws on junk in any field, and refuses it in Chinese, addressed to a field', () => {
    expectJunkRefusedInChinese((draft) => checkNeed(draft, TODAY), NEED_STAND_INS, 500)
  })
})
