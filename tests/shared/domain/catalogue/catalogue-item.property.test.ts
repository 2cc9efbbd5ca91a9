import { describe, it } from 'vitest'
import {
  checkCatalogueItem,
  CATALOGUE_ITEM_STAND_INS
} from '@shared/domain/catalogue/catalogue-item'
import { expectJunkRefusedInChinese } from '../../import/arbitraries'

describe('checkCatalogueItem', () => {
  it('never throws on junk in any field, and refuses it in Chinese, addressed to a field', () => {
    expectJunkRefusedInChinese(checkCatalogueItem, CATALOGUE_ITEM_STAND_INS, 500)
  })
})
