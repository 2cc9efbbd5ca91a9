import { describe, expect, it } from 'vitest'
import { checkCommunity } from '@shared/domain/communities/community'
import { communityImport } from '@shared/import/specs/communities'
import { community, dryRunSheet, errorsOf, warningsOf } from '../fixtures'

const HEADER = ['社区名称', '区县', '街道', '区划代码', '户数', '人口', '网格数']

describe('a 社区 row', () => {
  it('becomes the form’s draft, figures not filled in starting at 0', () => {
    const result = dryRunSheet(
      communityImport,
      ['社区', '所属区县', '所属街道'],
      [['军门社区', '鼓楼区', '温泉街道']]
    )
    expect(result.rows[0]).toMatchObject({ status: 'new', label: '军门社区 · 温泉街道' })
    expect(result.rows[0]!.draft).toEqual({
      name: '军门社区',
      district: '鼓楼区',
      subdistrict: '温泉街道',
      divisionCode: null,
      households: 0,
      population: 0,
      grids: 0
    })
    expect(checkCommunity(result.rows[0]!.draft).ok).toBe(true)
  })

  it('reads a 12-digit division code stored as a number and figures with units', () => {
    const result = dryRunSheet(communityImport, HEADER, [
      ['南街社区', '温江区', '柳城街道', 510115001001, '4,100户', '１２５００', '12 个网格']
    ])
    expect(result.rows[0]!.draft).toMatchObject({
      divisionCode: '510115001001',
      households: 4100,
      population: 12500,
      grids: 12
    })
  })

  it('refuses what the form refuses and warns where it warns', () => {
    const result = dryRunSheet(communityImport, HEADER, [
      ['甲社区', '鼓楼区', null, '3501', 10, 20, 1],
      ['乙社区', '鼓楼区', '温泉街道', null, 50, 20, 1.5]
    ])
    expect(errorsOf(result.rows[0]!)).toEqual([
      '“街道”：请填写街道',
      expect.stringMatching(/^“区划代码”：/)
    ])
    expect(errorsOf(result.rows[1]!)).toEqual(['“网格数”：须为整数，而不是 1.5'])
    expect(warningsOf(result.rows[1]!)).toEqual(['“户数”：户数多于人口，请核对'])
  })

  it('is the stored community of the same name, street and district', () => {
    const stored = [
      community({ id: 'c1', name: '军门社区', households: 3000 }),
      community({ id: 'c2', name: '军门社区', subdistrict: '鼓东街道' })
    ]
    const result = dryRunSheet(
      communityImport,
      HEADER,
      [
        ['军门 社区', '鼓楼区', '温泉街道', null, 3200, null, null],
        ['军门社区', '台江区', '温泉街道', null, null, null, null]
      ],
      { communities: stored }
    )
    expect(result.rows.map((row) => [row.status, row.match?.id ?? null])).toEqual([
      ['existing', 'c1'],
      ['new', null]
    ])
    expect(result.rows[0]!.patch).toEqual({ households: 3200 })
    expect(result.rows[0]!.draft?.name).toBe('军门社区')
  })

  it('refuses the same community twice in one file', () => {
    const result = dryRunSheet(communityImport, HEADER, [
      ['军门社区', '鼓楼区', '温泉街道'],
      ['军门社区', '鼓楼区', '温泉街道']
    ])
    expect(errorsOf(result.rows[1]!)).toEqual([
      '与第 2 行是同一条社区（区县、街道和社区名称相同），请只保留一行'
    ])
  })
})
