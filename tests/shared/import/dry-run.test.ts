import { describe, expect, it } from 'vitest'
import { dryRun, issueText } from '@shared/import/dry-run'
import { autoMapping, readHeaders } from '@shared/import/header-mapping'
import { communityImport } from '@shared/import/specs/communities'
import { organizationImport } from '@shared/import/specs/organizations'
import { community, context, dryRunSheet, errorsOf, warningsOf } from './fixtures'

const HEADER = ['社区名称', '区县', '街道', '户数', '人口']

describe('the dry run', () => {
  it('numbers rows as Excel does, below a title and the header, skipping blank rows', () => {
    const grid = [
      ['2026年社区名录'],
      [],
      HEADER,
      ['军门社区', '鼓楼区', '温泉街道', 100, 300],
      [null, '  ', null, null, null],
      ['南街社区', '温江区', '柳城街道', 'many', 300],
      ['黉门街社区', '武侯区', '浆洗街街道']
    ]
    const mapping = autoMapping(readHeaders(grid, 2), communityImport.columns)
    const result = dryRun(communityImport, { grid, headerRow: 2, mapping }, context())
    expect(result.rows.map((row) => [row.row, row.status, row.label])).toEqual([
      [4, 'new', '军门社区 · 温泉街道'],
      [6, 'error', '南街社区 · 柳城街道'],
      [7, 'new', '黉门街社区 · 浆洗街街道']
    ])
    expect(result.counts).toEqual({ new: 2, existing: 0, error: 1 })
    expect(result.rows[1]!.errors.map(issueText)).toEqual(['第 6 行“户数”：“many”不是数字'])
    expect(result.rows[1]!.cells).toEqual(['南街社区', '温江区', '柳城街道', 'many', 300])
  })

  it('reads only the mapped columns: a column left out is neither read nor checked', () => {
    const grid = [HEADER, ['军门社区', '鼓楼区', '温泉街道', 'many', 'lots']]
    const mapping = ['name', 'district', 'subdistrict', null, null]
    const result = dryRun(communityImport, { grid, headerRow: 0, mapping }, context())
    expect(result.rows[0]).toMatchObject({ status: 'new', errors: [] })
    expect(result.rows[0]!.draft).toMatchObject({ households: 0, population: 0 })
  })

  it('leaves out the template’s example rows, but only in the template’s shape', () => {
    const header = communityImport.columns.map((column) => column.header)
    const examples = [0, 1].map((which) =>
      communityImport.columns.map((column) => column.examples[which])
    )
    const template = dryRunSheet(communityImport, header, [
      ...examples,
      ['新村社区', '鼓楼区', '温泉街道']
    ])
    expect(template.exampleRows).toEqual([2, 3])
    expect(template.rows.map((row) => row.label)).toEqual(['新村社区 · 温泉街道'])

    const shorter = dryRunSheet(
      communityImport,
      ['社区名称', '区县', '街道'],
      [examples[0]!.slice(0, 3)]
    )
    expect(shorter.exampleRows).toEqual([])
    expect(shorter.rows).toHaveLength(1)
  })

  it('lists a row’s problems left to right, the row’s own last', () => {
    const result = dryRunSheet(
      communityImport,
      ['人口', '户数', '社区名称', '区县', '街道'],
      [
        ['x', 'y', '军门社区', '鼓楼区', '温泉街道'],
        [null, null, '军门社区', '鼓楼区', '温泉街道']
      ]
    )
    expect(errorsOf(result.rows[0]!)).toEqual(['“人口”：“x”不是数字', '“户数”：“y”不是数字'])
    expect(result.rows[0]!.errors.map((issue) => issue.columnIndex)).toEqual([0, 1])
    expect(errorsOf(result.rows[1]!)).toEqual([
      '与第 2 行是同一条社区（区县、街道和社区名称相同），请只保留一行'
    ])
  })

  it('says an archived match will not be updated', () => {
    const stored = [
      community({ id: 'c1', name: '军门社区', archivedAt: '2026-01-02T00:00:00.000Z' })
    ]
    const result = dryRunSheet(
      communityImport,
      HEADER,
      [['军门社区', '鼓楼区', '温泉街道', 9, 9]],
      {
        communities: stored
      }
    )
    expect(result.rows[0]).toMatchObject({
      status: 'existing',
      match: { id: 'c1', archived: true, label: '军门社区（温泉街道）' }
    })
    expect(warningsOf(result.rows[0]!)).toEqual([
      '已有的社区“军门社区（温泉街道）”已归档，不会更新它；请先恢复使用'
    ])
  })

  it('names a row’s problem without a column as the row’s', () => {
    expect(
      issueText({ row: 5, column: null, columnIndex: null, level: 'error', message: '重复' })
    ).toBe('第 5 行：重复')
  })

  it('changes nothing it is given', () => {
    const stored = context({ communities: [community({ id: 'c1', name: '军门社区' })] })
    const before = JSON.stringify(stored)
    const grid = [HEADER, ['军门社区', '鼓楼区', '温泉街道', 5, 50]]
    const frozen = JSON.stringify(grid)
    dryRun(
      communityImport,
      { grid, headerRow: 0, mapping: autoMapping(readHeaders(grid, 0), communityImport.columns) },
      stored
    )
    expect(JSON.stringify(stored)).toBe(before)
    expect(JSON.stringify(grid)).toBe(frozen)
  })

  it('reports every shape problem and every rule problem of a row in one run', () => {
    const result = dryRunSheet(
      organizationImport,
      ['组织名称', '登记状态', '组织形式', '服务领域', '联系电话'],
      [['', '备案', '社区社会组织', '扫地', '12345']]
    )
    expect(errorsOf(result.rows[0]!)).toEqual([
      '“组织名称”：请填写组织名称',
      '“服务领域”：“扫地”不是可选的值，应为：为老服务、助残服务、青少年服务、妇女儿童、社区治理、矛盾调解、心理健康、环境保护、文体教育、公益慈善、社会工作、其他',
      '“联系电话”：电话号码格式不正确（手机 11 位，座机带区号）',
      '“备案编号”：备案的社区社会组织须填写备案编号'
    ])
  })
})
