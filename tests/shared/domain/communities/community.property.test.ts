import { describe, it } from 'vitest'
import { checkCommunity, COMMUNITY_STAND_INS } from '@shared/domain/communities/community'
import { expectJunkRefusedInChinese } from '../../import/arbitraries'

describe('checkCommunity', () => {
  it('never throws on junk in any field, and refuses it in Chinese, addressed to a field', () => {
    expectJunkRefusedInChinese(checkCommunity, COMMUNITY_STAND_INS, 500)
  })
})
