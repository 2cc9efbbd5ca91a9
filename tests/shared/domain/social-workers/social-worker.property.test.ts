import { describe, it } from 'vitest'
import {
  checkSocialWorker,
  SOCIAL_WORKER_STAND_INS
} from '@shared/domain/social-workers/social-worker'
import { expectJunkRefusedInChinese } from '../../import/arbitraries'
import { TODAY } from '../../import/fixtures'

describe('checkSocialWorker', () => {
  it('never throws on junk in any field, and refuses it in Chinese, addressed to a field', () => {
    expectJunkRefusedInChinese(
      (draft) => checkSocialWorker(draft, TODAY),
      SOCIAL_WORKER_STAND_INS,
      500
    )
  })
})
