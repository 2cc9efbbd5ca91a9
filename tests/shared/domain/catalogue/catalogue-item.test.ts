import { describe, expect, it } from 'vitest'
import {
  checkCatalogueItem,
  NEGATIVE_LIST,
  negativeListLabel,
  purchaseRefusal,
  type CatalogueItemDraft
} from '@shared/domain/catalogue/catalogue-item'

const draft: CatalogueItemDraft = {
  name: '居家养老上门服务',
  code: 'ML-06',
  list: '政府购买服务指导目录',
  category: '基本公共服务',
  description: '为失能、半失能和高龄老人提供助洁、助浴、陪诊等上门服务',
  unit: '小时',
  typicalPriceFen: 4_000,
  negativeListKey: null,
  note: null
}

const refused = (field: string, message: string) => ({
  ok: false,
  issues: [{ field, level: 'error', message }]
})

describe('NEGATIVE_LIST', () => {
  it('has the six categories of 102号令 art. 10, each with its own key', () => {
    expect(NEGATIVE_LIST).toHaveLength(6)
    expect(new Set(NEGATIVE_LIST.map((entry) => entry.key)).size).toBe(6)
    expect(negativeListLabel('financing')).toBe('融资行为')
  })
})

describe('checkCatalogueItem', () => {
  it('accepts an item as entered', () => {
    expect(checkCatalogueItem(draft)).toEqual({ ok: true, value: draft, warnings: [] })
  })

  it('trims text and stores empty optional text as null', () => {
    const result = checkCatalogueItem({ ...draft, name: '  心理疏导 ', code: ' ', note: '' })
    expect(result).toMatchObject({ ok: true, value: { name: '心理疏导', code: null, note: null } })
  })

  it('accepts an item without a typical price', () => {
    expect(checkCatalogueItem({ ...draft, typicalPriceFen: null }).ok).toBe(true)
  })

  it.each<[string, Partial<CatalogueItemDraft>, string, string]>([
    [
      'a negative price',
      { typicalPriceFen: -100 },
      'typicalPriceFen',
      '参考单价须大于 0；没有参考价时请留空'
    ],
    [
      'a zero price',
      { typicalPriceFen: 0 },
      'typicalPriceFen',
      '参考单价须大于 0；没有参考价时请留空'
    ],
    [
      'a fraction of a fen',
      { typicalPriceFen: 40.5 },
      'typicalPriceFen',
      '参考单价须为以分计的整数'
    ],
    ['no name', { name: ' ' }, 'name', '请填写服务事项名称'],
    ['no unit', { unit: '' }, 'unit', '请填写计量单位'],
    ['an unknown list', { list: '其他清单' as never }, 'list', '请选择所属清单'],
    ['an unknown category', { category: '公共服务' as never }, 'category', '请选择目录类别'],
    [
      'an unknown negative-list key',
      { negativeListKey: 'labour' as never },
      'negativeListKey',
      '负面清单类别有误'
    ]
  ])('refuses %s', (_, change, field, message) => {
    expect(checkCatalogueItem({ ...draft, ...change })).toEqual(refused(field, message))
  })

  it('refuses fields it does not know', () => {
    expect(checkCatalogueItem({ ...draft, price: 1 })).toEqual(refused('', '不认识的字段：price'))
  })

  it.each<[string, string, string]>([
    [
      '社区工作人员劳务派遣',
      '劳务派遣',
      '购买主体的人员招、聘用，以劳务派遣方式用工，以及设置公益性岗位等事项'
    ],
    [
      '公益性岗位开发与管理',
      '公益性岗位',
      '购买主体的人员招、聘用，以劳务派遣方式用工，以及设置公益性岗位等事项'
    ],
    [
      '社区活动中心装修',
      '装修',
      '政府采购法律、行政法规规定的货物和工程，以及将工程和服务打包的项目'
    ],
    [
      '社区微更新工程',
      '工程',
      '政府采购法律、行政法规规定的货物和工程，以及将工程和服务打包的项目'
    ],
    ['社区企业融资服务', '融资', '融资行为'],
    ['占道经营行政处罚辅助', '行政处罚', '应当由政府直接履职的事项']
  ])('warns that “%s” reads like a negative-list item', (name, word, label) => {
    expect(checkCatalogueItem({ ...draft, name })).toEqual({
      ok: true,
      value: { ...draft, name },
      warnings: [
        {
          field: 'negativeListKey',
          level: 'warning',
          message: `“${name}”含“${word}”，可能属于 102号令第十条负面清单中的“${label}”，请核实；如属实，请标注负面清单`
        }
      ]
    })
  })

  it('reads the description too', () => {
    const result = checkCatalogueItem({ ...draft, description: '含社区用房的修缮和施工' })
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('含“修缮”')
    ])
  })

  it('does not warn once the item is marked', () => {
    const marked = {
      ...draft,
      name: '社区工作人员劳务派遣',
      negativeListKey: 'ownStaffing' as const
    }
    expect(checkCatalogueItem(marked)).toEqual({ ok: true, value: marked, warnings: [] })
  })

  it('does not take 规划编制 for 人员编制', () => {
    expect(checkCatalogueItem({ ...draft, name: '社区发展规划编制咨询' })).toMatchObject({
      ok: true,
      warnings: []
    })
  })

  it('checks a stored item (a restored backup, sample data) by the same rules', () => {
    expect(checkCatalogueItem(draft)).toEqual({ ok: true, value: draft, warnings: [] })
    expect(checkCatalogueItem({ ...draft, typicalPriceFen: -1 }).ok).toBe(false)
  })

  it('refuses a stored row with bookkeeping or unknown fields left in', () => {
    expect(checkCatalogueItem({ ...draft, status: '启用' })).toEqual(
      refused('', '不认识的字段：status')
    )
  })
})

describe('purchaseRefusal', () => {
  const item = { name: '心理疏导', negativeListKey: null, archivedAt: null }

  it('lets an item in use be bought', () => {
    expect(purchaseRefusal(item)).toBeNull()
  })

  it('refuses an item on the negative list, naming the category', () => {
    expect(
      purchaseRefusal({ ...item, name: '社区活动中心装修工程', negativeListKey: 'goodsAndWorks' })
    ).toBe(
      '“社区活动中心装修工程”属于 102号令第十条负面清单（政府采购法律、行政法规规定的货物和工程，以及将工程和服务打包的项目），不得作为政府购买服务内容'
    )
  })

  it('refuses an archived item', () => {
    expect(purchaseRefusal({ ...item, archivedAt: '2026-03-01T02:00:00.000Z' })).toBe(
      '“心理疏导”已停用，不能再选用'
    )
  })

  it('names the negative list before the archive mark', () => {
    expect(
      purchaseRefusal({
        name: '公益性岗位人员招聘',
        negativeListKey: 'ownStaffing',
        archivedAt: '2026-03-01T02:00:00.000Z'
      })
    ).toContain('负面清单')
  })
})
