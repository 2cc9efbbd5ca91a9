import { describe, expect, it } from 'vitest'
import { columnLetters } from '@shared/excel/sheet-basics'
import {
  autoMapping,
  findHeaderRow,
  headerKey,
  headerLabel,
  matchHeader,
  missingRequired,
  readHeaders,
  remap,
  type HeaderColumn
} from '@shared/import/header-mapping'

const COLUMNS: HeaderColumn[] = [
  { key: 'name', header: '组织名称', synonyms: ['机构名称', '单位名称'], required: true },
  { key: 'uscc', header: '统一社会信用代码', synonyms: ['信用代码', '统一代码'], required: false },
  { key: 'category', header: '服务领域', synonyms: [], required: true },
  { key: 'contactPhone', header: '联系电话', synonyms: ['电话'], required: false },
  { key: 'legalRepPhone', header: '法定代表人电话', synonyms: [], required: false },
  { key: 'establishedOn', header: '成立日期', synonyms: [], required: false }
]

const plain = (text: string) => ({ text, group: null })

describe('matching a header to a column', () => {
  it.each([
    ['组织名称', 'name'],
    ['机构名称', 'name'],
    ['单位名称', 'name'],
    ['信用代码', 'uscc'],
    ['统一代码', 'uscc'],
    [' 组织 名称 ', 'name'],
    ['*组织名称', 'name'],
    ['组织名称（必填）', 'name'],
    ['服务领域:', 'category'],
    ['成立日期（YYYY-MM-DD）', 'establishedOn'],
    ['成立日期(年月日)', 'establishedOn']
  ])('%j names %j', (header, key) => {
    expect(matchHeader(plain(header), COLUMNS)?.key).toBe(key)
  })

  it.each(['序号', '备注', '', '名称'])('%j names nothing', (header) => {
    expect(matchHeader(plain(header), COLUMNS)).toBeUndefined()
  })

  it('prefers the header itself over a synonym of another column', () => {
    const columns: HeaderColumn[] = [
      { key: 'a', header: '电话', synonyms: [], required: false },
      { key: 'b', header: '联系电话', synonyms: ['电话'], required: false }
    ]
    expect(matchHeader(plain('电话'), columns)?.key).toBe('a')
  })

  it('reads a header under a group header as the two together first', () => {
    expect(matchHeader({ text: '电话', group: '法定代表人' }, COLUMNS)?.key).toBe('legalRepPhone')
    expect(matchHeader({ text: '电话', group: '联系方式' }, COLUMNS)?.key).toBe('contactPhone')
  })

  it('drops marks and a colon from the compared key', () => {
    expect(headerKey('＊组织 名称：')).toBe('组织名称')
  })
})

describe('finding the header row', () => {
  it('skips a title, a unit line and a merged group header above the headers', () => {
    const grid = [
      ['2025年社会组织台账', '2025年社会组织台账', '2025年社会组织台账', '2025年社会组织台账'],
      ['填报单位：鼓楼区民政局', null, null, null],
      ['基本信息', '基本信息', '联系方式', '联系方式'],
      ['机构名称', '信用代码', '服务领域', '电话'],
      ['鼓楼区晨光为老服务中心', '52350102MA01C7K265', '为老服务', '0591-83123456']
    ]
    const index = findHeaderRow(grid, COLUMNS)
    expect(index).toBe(3)
    expect(autoMapping(readHeaders(grid, index!), COLUMNS)).toEqual([
      'name',
      'uscc',
      'category',
      'contactPhone'
    ])
  })

  it('takes the first row on a tie and null when no row names a field', () => {
    expect(findHeaderRow([['组织名称'], ['组织名称']], COLUMNS)).toBe(0)
    expect(
      findHeaderRow(
        [
          ['序号', '备注'],
          [1, 'x']
        ],
        COLUMNS
      )
    ).toBeNull()
    expect(findHeaderRow([], COLUMNS)).toBeNull()
  })

  it('searches only the first 20 rows', () => {
    const grid = [...Array.from({ length: 20 }, () => ['说明']), ['组织名称', '服务领域']]
    expect(findHeaderRow(grid, COLUMNS)).toBeNull()
  })

  it('takes a text repeated over some neighbouring columns above the header as their group', () => {
    const grid = [
      ['组织名称', '法定代表人', '法定代表人', null],
      ['组织名称', '电话', '身份证号', '成立日期']
    ]
    expect(readHeaders(grid, 1)).toEqual([
      { text: '组织名称', group: null },
      { text: '电话', group: '法定代表人' },
      { text: '身份证号', group: '法定代表人' },
      { text: '成立日期', group: null }
    ])
    expect(readHeaders(grid, 0)[0]).toEqual({ text: '组织名称', group: null })
  })

  it('takes no title for a group: merged over every column, or in one cell only', () => {
    const merged = [
      ['2026年名录', '2026年名录', '2026年名录'],
      ['组织名称', '电话', '成立日期']
    ]
    const typed = [['2026年名录'], ['组织名称', '电话', '成立日期']]
    for (const grid of [merged, typed]) {
      expect(readHeaders(grid, 1).map((header) => header.group)).toEqual([null, null, null])
    }
  })
})

describe('the mapping', () => {
  const headers = ['组织名称', '单位名称', '序号', '服务领域'].map(plain)

  it('maps each field from the first column naming it and leaves the rest out', () => {
    expect(autoMapping(headers, COLUMNS)).toEqual(['name', null, null, 'category'])
  })

  it('lets the user choose a column for a field, taking the field off its old column', () => {
    const mapping = autoMapping(headers, COLUMNS)
    expect(remap(mapping, 1, 'name')).toEqual([null, 'name', null, 'category'])
    expect(remap(mapping, 3, null)).toEqual(['name', null, null, null])
    expect(remap(mapping, 2, 'uscc')).toEqual(['name', null, 'uscc', 'category'])
  })

  it('reports the required fields no column feeds', () => {
    expect(missingRequired(['name', null, null, null], COLUMNS).map((c) => c.header)).toEqual([
      '服务领域'
    ])
    expect(missingRequired(autoMapping(headers, COLUMNS), COLUMNS)).toEqual([])
  })

  it('names a column by its header, its group, or its letters', () => {
    expect(headerLabel({ text: '电话', group: '法定代表人' }, 1)).toBe('法定代表人 / 电话')
    expect(headerLabel({ text: '', group: null }, 27)).toBe('第 AB 列')
    expect(headerLabel(undefined, 0)).toBe('第 A 列')
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA'])
  })
})
