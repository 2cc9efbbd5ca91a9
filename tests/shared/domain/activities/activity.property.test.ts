import { describe, it } from 'vitest'
import { checkActivity, ACTIVITY_STAND_INS } from '@shared/domain/activities/activity'
import { expectJunkRefusedInChinese } from '../../import/arbitraries'
import { TODAY } from '../../import/fixtures'

describe('checkActivity', () => {
  it('never throws on junk in any field, and refuses it in Chinese, addressed to a field', () => {
    expectJunkRefusedInChinese((draft) => checkActivity(draft, TODAY), ACTIVITY_STAND_INS, 500)
  })
})
