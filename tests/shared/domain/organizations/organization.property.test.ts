import { describe, it } from 'vitest'
import {
  checkOrganization,
  ORGANIZATION_STAND_INS
} from '@shared/domain/organizations/organization'
import { expectJunkRefusedInChinese } from '../../import/arbitraries'
import { TODAY } from '../../import/fixtures'

describe('checkOrganization', () => {
  it('never throws on junk in any field, and refuses it in Chinese, addressed to a field', () => {
    expectJunkRefusedInChinese(
      (draft) => checkOrganization(draft, TODAY),
      ORGANIZATION_STAND_INS,
      500
    )
  })
})
