import { describe, expect, it } from 'vitest'
import { checkCatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import { catalogueItemImport } from '@shared/import/specs/catalogue-items'
import { catalogueItem, dryRunSheet, errorsOf, warningsOf } from '../fixtures'

const HEADER = [
  '服务事项名称',
  '目录编码',
  '所属清单',
  '目录类别',
  '计量单位',
  '参考单价',
  '负面清单类别'
]

describe('a 服务目录 row', () => {
  it('becomes the form’s draft with the price read in 元 and kept in 分', () => {
    const result = dryRunSheet(catalogueItemImport, HEADER, [
      ['居家养老上门服务', 'A0101', null, '公共服务', '人次', '80元'],
      ['社区矫正帮教', 'A0102', '履职事项', '社会管理性服务', '人', '1.2万'],
      ['托育', null, null, '基本公共服务', '小时', '１,２００.５０']
    ])
    expect(result.rows.map((row) => row.draft?.typicalPriceFen)).toEqual([8000, 1_200_000, 120_050])
    expect(result.rows[0]!.draft).toEqual({
      name: '居家养老上门服务',
      code: 'A0101',
      list: '政府购买服务指导目录',
      category: '基本公共服务',
      description: '',
      unit: '人次',
      typicalPriceFen: 8000,
      negativeListKey: null,
      note: null
    })
    expect(result.rows[1]!.draft?.list).toBe('自治组织依法履行职责事项')
    expect(checkCatalogueItem(result.rows[0]!.draft).ok).toBe(true)
  })

  it('takes a negative-list category by its short form, and warns where the form warns', () => {
    const result = dryRunSheet(catalogueItemImport, HEADER, [
      ['窗口人员派遣', 'N1', null, '政府履职所需辅助性事项', '人', null, '劳务派遣'],
      ['道路修缮工程', 'N2', null, '技术性服务', '项', null, null]
    ])
    expect(result.rows[0]!.draft?.negativeListKey).toBe('ownStaffing')
    expect(warningsOf(result.rows[1]!)).toEqual([
      expect.stringMatching(/^“负面清单类别”：“道路修缮工程”含“修缮”/)
    ])
  })

  it('refuses a wrong price, and a missing unit or category', () => {
    const result = dryRunSheet(catalogueItemImport, HEADER, [
      ['甲', null, null, '基本公共服务', '次', '-80'],
      ['乙', null, null, '基本公共服务', '次', '0'],
      ['丙', null, null, null, null, '12.345']
    ])
    expect(result.rows.map(errorsOf)).toEqual([
      ['“参考单价”：金额不能为负数'],
      ['“参考单价”：参考单价须大于 0；没有参考价时请留空'],
      [
        '“目录类别”：请选择目录类别',
        '“计量单位”：请填写计量单位',
        '“参考单价”：金额最多保留两位小数（到分）'
      ]
    ])
  })

  it('is the stored item of the same code, or of the same name in the same list', () => {
    const items = [
      catalogueItem({ id: 'i1', name: '心理疏导', code: 'ML-02' }),
      catalogueItem({ id: 'i2', name: '助餐服务' }),
      catalogueItem({ id: 'i3', name: '探访', code: 'ML-05' })
    ]
    const result = dryRunSheet(
      catalogueItemImport,
      HEADER,
      [
        ['心理疏导（个案）', 'ml-02', null, '基本公共服务', '人次', 200],
        ['助餐服务', 'ML-09', null, '基本公共服务', '次'],
        ['探访', 'ML-07', null, '基本公共服务', '次'],
        ['心理疏导', 'ML-05', null, '基本公共服务', '次']
      ],
      { catalogueItems: items }
    )
    expect(result.rows.map((row) => [row.status, row.match?.id ?? null])).toEqual([
      ['existing', 'i1'],
      ['existing', 'i2'],
      ['error', null],
      ['error', 'i3']
    ])
    expect(result.rows[0]!.patch).toMatchObject({
      name: '心理疏导（个案）',
      typicalPriceFen: 20_000
    })
    expect(errorsOf(result.rows[2]!)).toEqual([
      '“服务事项名称”：“政府购买服务指导目录”中已有“探访”（编码 ML-05），同一清单中事项名称不能重复'
    ])
    expect(errorsOf(result.rows[3]!)).toEqual([
      '“服务事项名称”：目录编码 ML-05 是“探访”的，而“政府购买服务指导目录”中的“心理疏导”是另一个事项，请核对编码和名称'
    ])
  })
})
