import { describe, expect, it } from 'vitest'
import {
  isEmptyValue,
  matchesSelectFilter,
  matchesTextFilter,
  normalizeOptions,
  normalizeTextFilter,
  searchRows,
  valueText
} from '@renderer/components/data-grid/filtering'
import { pinyinKeys } from '@shared/text/pinyin'

const names = ['鼓楼区', '军门社区', '黉门街社区', '阿拉善', 'Sunny 社工站']
const rows = names.map((name) => ({ name, keys: pinyinKeys(name) }))
const search = (r: (typeof rows)[number]) => ({ text: r.name, keys: r.keys })

describe('searchRows', () => {
  it.each([
    ['鼓楼', ['鼓楼区']],
    ['gulou', ['鼓楼区']],
    ['gl', ['鼓楼区']],
    [' G L ', ['鼓楼区']],
    ['hmj', ['黉门街社区']],
    ['shequ', ['军门社区', '黉门街社区']],
    ['sunny', ['Sunny 社工站']],
    ['社区', ['军门社区', '黉门街社区']],
    ['', names],
    ['   ', names],
    ['不存在', []]
  ])('%j finds %j', (query, expected) => {
    expect(searchRows(rows, search, query).map((r) => r.name)).toEqual(expected)
  })

  it('does not match pinyin when the row has no stored keys', () => {
    const bare = [{ name: '鼓楼区' }]
    expect(searchRows(bare, (r) => ({ text: r.name }), 'gl')).toEqual([])
    expect(searchRows(bare, (r) => ({ text: r.name }), '鼓楼')).toEqual(bare)
  })
})

describe('column filter matching', () => {
  it.each([
    ['鼓楼大街1号', '大街', true],
    ['Abc Road', 'abc road', true],
    [12, '2', true],
    [null, '', true],
    [null, 'x', false],
    ['南街', '北', false]
  ] as const)('text filter: %j contains %j → %s', (value, query, expected) => {
    expect(matchesTextFilter(value, normalizeTextFilter(query))).toBe(expected)
  })

  it.each([
    ['已登记', ['已登记', '备案'], true],
    ['注销', ['已登记'], false],
    [null, [''], true],
    [3, ['3'], true],
    ['任意', [], true]
  ] as const)('select filter: %j in %j → %s', (value, ticked, expected) => {
    expect(matchesSelectFilter(value, new Set(ticked))).toBe(expected)
  })

  it('treats null, undefined and empty text as empty, but not zero', () => {
    expect([null, undefined, '', 0, '0'].map(isEmptyValue)).toEqual([
      true,
      true,
      true,
      false,
      false
    ])
    expect([null, undefined, 0, 'a'].map(valueText)).toEqual(['', '', '0', 'a'])
  })

  it('turns plain option strings into value/label pairs', () => {
    expect(normalizeOptions(['甲', { value: 'b', label: '乙' }])).toEqual([
      { value: '甲', label: '甲' },
      { value: 'b', label: '乙' }
    ])
  })
})

describe('search over 100,000 rows', () => {
  it('finds every row by initials and full pinyin', () => {
    const parts = ['鼓楼', '温泉', '东街', '安泰'].map((p) => ({ p, ...pinyinKeys(p) }))
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const part = parts[i % parts.length]
      return {
        name: `${part.p}${i}号`,
        keys: { pinyin: `${part.pinyin}${i}hao`, pinyinInitials: `${part.pinyinInitials}${i}h` }
      }
    })
    expect(searchRows(many, search, 'wq')).toHaveLength(25_000)
    expect(searchRows(many, search, 'wenquan')).toHaveLength(25_000)
    expect(searchRows(many, search, 'dj99998h').map((r) => r.name)).toEqual(['东街99998号'])
  })
})
