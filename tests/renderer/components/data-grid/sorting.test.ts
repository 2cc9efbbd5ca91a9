import { describe, expect, it } from 'vitest'
import { compareIsoStrings, compareNumbers, zhRanks } from '@renderer/components/data-grid/sorting'

function orderBy(ranks: Int32Array, values: string[]): string[] {
  return values
    .map((v, i) => [v, ranks[i]] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([v]) => v)
}

describe('zhRanks', () => {
  it.each([
    [
      ['鼓楼区', '军门社区', '黉门街社区', '南街社区', '永宁路社区', '阿拉善'],
      ['阿拉善', '鼓楼区', '黉门街社区', '军门社区', '南街社区', '永宁路社区']
    ],
    [
      ['第10街道', '第2街道', '第1街道'],
      ['第1街道', '第2街道', '第10街道']
    ],
    [
      ['上海', '北京', 'Zebra', 'apple', '广州'],
      ['北京', '广州', '上海', 'apple', 'Zebra']
    ]
  ])('ranks %j in pinyin order', (values, expected) => {
    expect(
      orderBy(
        zhRanks(values, (v) => v),
        values
      )
    ).toEqual(expected)
  })

  it('gives equal keys one rank, and breaks ties with the second key', () => {
    const rows = [
      { key: 'b', name: '乙' },
      { key: 'a', name: '甲' },
      { key: 'b', name: '乙' },
      { key: 'b', name: '丙' }
    ]
    expect([...zhRanks(rows, (r) => r.key)]).toEqual([1, 0, 1, 1])
    // 丙 (bing) before 乙 (yi) among the rows sharing key "b".
    expect([
      ...zhRanks(
        rows,
        (r) => r.key,
        (r) => r.name
      )
    ]).toEqual([2, 0, 2, 1])
  })

  it('sorts polyphones by the stored pinyin key', () => {
    const cities = [
      { name: '上海', pinyin: 'shanghai' },
      { name: '长沙', pinyin: 'changsha' },
      { name: '重庆', pinyin: 'chongqing' }
    ]
    const ranks = zhRanks(cities, (c) => c.pinyin)
    expect(
      orderBy(
        ranks,
        cities.map((c) => c.name)
      )
    ).toEqual(['长沙', '重庆', '上海'])
  })

  it('handles no rows', () => {
    expect(zhRanks([], (v: string) => v)).toHaveLength(0)
  })
})

describe('compareNumbers and compareIsoStrings', () => {
  it.each([
    [9, 10, -1],
    [100, 10, 1],
    [-1.5, -1.5, 0]
  ])('compares %d with %d', (a, b, sign) => {
    expect(Math.sign(compareNumbers(a, b))).toBe(sign)
  })

  it.each([
    ['2024-03-01', '2024-12-01', -1],
    ['2024-03-01T08:00:00.000Z', '2024-03-01T07:59:59.999Z', 1],
    ['2023-01-01', '2023-01-01', 0]
  ])('compares %s with %s chronologically', (a, b, sign) => {
    expect(Math.sign(compareIsoStrings(a, b))).toBe(sign)
  })
})
