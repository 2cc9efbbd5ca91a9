import { describe, expect, it } from 'vitest'
import {
  checkCatalogueItem,
  purchaseRefusal,
  type CatalogueItemDraft
} from '@shared/domain/catalogue/catalogue-item'
import { SAMPLE_CATALOGUE_ITEMS } from '@shared/sample-data/catalogue'

const inList = (list: CatalogueItemDraft['list']) =>
  SAMPLE_CATALOGUE_ITEMS.filter((item) => item.list === list)

describe('SAMPLE_CATALOGUE_ITEMS', () => {
  it('passes the catalogue rule unchanged and without warnings', () => {
    for (const item of SAMPLE_CATALOGUE_ITEMS) {
      expect(checkCatalogueItem(item), item.name).toEqual({ ok: true, value: item, warnings: [] })
    }
  })

  it('has unique names and codes', () => {
    const names = SAMPLE_CATALOGUE_ITEMS.map((item) => item.name)
    const codes = SAMPLE_CATALOGUE_ITEMS.map((item) => item.code)
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('has a street list of about forty items and both of 太仓’s lists', () => {
    expect(inList('政府购买服务指导目录').length).toBeGreaterThanOrEqual(40)
    expect(inList('自治组织依法履行职责事项').length).toBeGreaterThan(0)
    expect(inList('协助政府工作事项').length).toBeGreaterThan(0)
  })

  it('names the services of 温江’s list', () => {
    const names = SAMPLE_CATALOGUE_ITEMS.map((item) => item.name).join('、')
    for (const service of ['矛盾纠纷化解', '心理疏导', '社区矫正', '法律援助', '社区养老']) {
      expect(names).toContain(service)
    }
  })

  it('has three negative-list items, which are refused, and no other item is', () => {
    const refused = SAMPLE_CATALOGUE_ITEMS.filter(
      (item) =>
        purchaseRefusal({
          name: item.name,
          negativeListKey: item.negativeListKey,
          archivedAt: null
        }) !== null
    )
    expect(refused.map((item) => item.name)).toEqual([
      '社区工作人员劳务派遣',
      '社区活动中心装修工程',
      '公益性岗位人员招聘'
    ])
  })

  it('prices what the government pays for, and not self-government duties', () => {
    const assisting = inList('协助政府工作事项')
    expect(assisting.every((item) => item.typicalPriceFen !== null)).toBe(true)
    const selfGovernment = inList('自治组织依法履行职责事项')
    expect(selfGovernment.every((item) => item.typicalPriceFen === null)).toBe(true)
  })
})
