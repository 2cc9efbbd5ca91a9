import { describe, expect, it } from 'vitest'
import { checkNeed } from '@shared/domain/linkage/need'
import { needImport } from '@shared/import/specs/needs'
import { community, dryRunSheet, errorsOf, need, TODAY, warningsOf } from '../fixtures'

const communities = [
  community({ id: 'c1', name: '军门社区', population: 30 }),
  community({ id: 'c2', name: '南街社区', subdistrict: '柳城街道' })
]

const HEADER = ['需求名称', '社区', '需求类别', '需求来源', '提出人数', '提出日期', '需求描述']

describe('a 需求 row', () => {
  it('becomes the form’s draft: 1 resident and today when not filled in', () => {
    const result = dryRunSheet(
      needImport,
      ['需求', '所在社区', '类别', '来源'],
      [['老年人助餐', '军门社区', '养老', '入户走访']],
      { communities }
    )
    expect(result.rows[0]!.draft).toEqual({
      name: '老年人助餐',
      communityId: 'c1',
      category: '为老服务',
      source: '走访',
      raisedBy: 1,
      raisedOn: TODAY,
      description: null
    })
    expect(checkNeed(result.rows[0]!.draft, TODAY).ok).toBe(true)
  })

  it('refuses what the form refuses and warns where it warns', () => {
    const result = dryRunSheet(
      needImport,
      HEADER,
      [
        ['助餐', '新村社区', '为老服务', '走访', 3, '2026-01-01'],
        ['助餐', '军门社区', '为老服务', '朋友圈', 0, '2027-01-01'],
        ['托管', '军门社区', '青少年服务', '12345热线', 45, '2026/5/1']
      ],
      { communities }
    )
    expect(errorsOf(result.rows[0]!)).toEqual([
      '“社区”：社区“新村社区”不在社区名录中，请先在“社区”中新建或导入'
    ])
    expect(errorsOf(result.rows[1]!)).toEqual([
      '“需求来源”：“朋友圈”不是可选的值，应为：走访、议事会、网格、征集箱、12345、其他',
      '“提出人数”：提出人数至少为 1',
      '“提出日期”：提出日期不能晚于今天'
    ])
    expect(result.rows[2]!.status).toBe('new')
    expect(warningsOf(result.rows[2]!)).toEqual([
      '“提出人数”：提出人数 45 超过“军门社区”的人口 30，请核对'
    ])
  })

  it('is the stored need of the same name in the same community, a merged one never', () => {
    const needs = [
      need({ id: 'n1', name: '老年人助餐' }),
      need({
        id: 'n2',
        name: '儿童托管',
        mergedIntoId: 'n3',
        archivedAt: '2026-02-01T00:00:00.000Z'
      }),
      need({ id: 'n3', name: '儿童托管' })
    ]
    const result = dryRunSheet(
      needImport,
      HEADER,
      [
        ['老年人助餐', '军门社区', '为老服务', '走访', 8],
        ['儿童托管', '军门社区', '青少年服务', '议事会'],
        ['老年人助餐', '南街社区', '为老服务', '走访']
      ],
      { communities, needs }
    )
    expect(result.rows.map((row) => [row.status, row.match?.id ?? null])).toEqual([
      ['existing', 'n1'],
      ['existing', 'n3'],
      ['new', null]
    ])
    expect(result.rows[0]!.patch).toEqual({ raisedBy: 8 })
  })
})
