import { describe, expect, it } from 'vitest'
import { DEFAULT_RATING_BANDS } from '@shared/domain/evaluations/grade-bands'
import { checkOrganization } from '@shared/domain/organizations/organization'
import { organizationImport } from '@shared/import/specs/organizations'
import {
  community,
  dryRunSheet,
  errorsOf,
  ID_NUMBER,
  organization,
  TODAY,
  USCC,
  warningsOf
} from '../fixtures'

const run = (header: string[], rows: unknown[][], stored: Parameters<typeof dryRunSheet>[3] = {}) =>
  dryRunSheet(organizationImport, header, rows, stored)

describe('a 社会组织 row becomes the form’s draft', () => {
  it('starts unfilled fields as the form does and checks the draft with checkOrganization', () => {
    const result = run(
      ['组织名称', '统一社会信用代码', '服务领域'],
      [['鼓楼区晨光为老服务中心', USCC.service, '为老服务']]
    )
    const [row] = result.rows
    expect(row).toMatchObject({
      row: 2,
      status: 'new',
      label: '鼓楼区晨光为老服务中心',
      errors: []
    })
    expect(row!.draft).toEqual({
      name: '鼓楼区晨光为老服务中心',
      uscc: USCC.service,
      legalForm: '社会服务机构',
      registrationStatus: '已登记',
      filingNo: null,
      category: '为老服务',
      origin: '内生型',
      legalRepName: '',
      legalRepIdNumber: null,
      legalRepPhone: null,
      contactName: '',
      contactPhone: null,
      address: '',
      district: '',
      subdistrict: '',
      communityIds: [],
      staffCount: 0,
      socialWorkerCount: 0,
      establishedOn: null,
      rating: null,
      annualChecks: []
    })
    expect(checkOrganization(row!.draft, TODAY).ok).toBe(true)
  })

  it('reads every column the way offices write it', () => {
    const result = run(
      [
        '机构名称',
        '信用代码',
        '组织形式',
        '登记状态',
        '服务领域',
        '组织来源',
        '法人代表',
        '法定代表人身份证号',
        '联系电话',
        '服务社区',
        '专职人数',
        '成立时间',
        '评估等级',
        '评估得分',
        '评估日期'
      ],
      [
        [
          ' 鼓楼区晨光为老服务中心 ',
          ` ${USCC.service.toLowerCase()} `,
          '民非',
          '已注册',
          '养老',
          '本土',
          '林晓梅',
          ID_NUMBER,
          13912345678,
          '军门社区、南街社区（柳城街道）',
          '１２人',
          '2019年3月1日',
          'AAAA',
          '865',
          45000
        ]
      ],
      {
        communities: [
          community({ id: 'c-junmen', name: '军门社区' }),
          community({ id: 'c-nanjie-lc', name: '南街社区', subdistrict: '柳城街道' }),
          community({ id: 'c-nanjie-gd', name: '南街社区', subdistrict: '鼓东街道' })
        ]
      }
    )
    const [row] = result.rows
    expect(errorsOf(row!)).toEqual([])
    expect(row!.draft).toMatchObject({
      name: '鼓楼区晨光为老服务中心',
      uscc: USCC.service.toLowerCase(),
      legalForm: '社会服务机构',
      registrationStatus: '已登记',
      category: '为老服务',
      origin: '内生型',
      legalRepName: '林晓梅',
      legalRepIdNumber: ID_NUMBER,
      contactPhone: '13912345678',
      communityIds: ['c-junmen', 'c-nanjie-lc'],
      staffCount: 12,
      establishedOn: '2019-03-01',
      rating: { grade: '4A', score: 865, ratedOn: '2023-03-15' }
    })
  })

  it('names the row and the file’s own column header in each error', () => {
    const wrong = USCC.service.slice(0, 17) + (USCC.service[17] === '1' ? '2' : '1')
    const result = run(
      ['机构名称', '信用代码', '服务领域', '成立时间', '专职人数'],
      [
        ['甲', wrong, '为老服务', '2019-02-30', 2],
        ['乙', USCC.society, '修自行车', '2019-01-01', -3],
        ['', USCC.foundation, '为老服务', null, null]
      ]
    )
    expect(result.rows.map((row) => [row.row, errorsOf(row)])).toEqual([
      [
        2,
        [
          expect.stringMatching(/^“信用代码”：第 18 位校验码应为/),
          '“成立时间”：日期不存在：2019年2月30日'
        ]
      ],
      [
        3,
        [
          expect.stringMatching(/^“服务领域”：“修自行车”不是可选的值，应为：为老服务、/),
          '“专职人数”：不能为负数'
        ]
      ],
      [4, ['“机构名称”：请填写组织名称']]
    ])
    expect(result.counts).toEqual({ new: 0, existing: 0, error: 3 })
  })

  it('refuses exactly what the form refuses: 已登记 without a USCC, 备案 without a 备案编号', () => {
    const result = run(
      ['组织名称', '组织形式', '登记状态', '服务领域'],
      [
        ['甲', '社会团体', '已登记', '为老服务'],
        ['乙', '社区社会组织', '备案', '为老服务'],
        ['丙', '社区社会组织', '已登记', '为老服务']
      ]
    )
    expect(result.rows.map(errorsOf)).toEqual([
      ['“统一社会信用代码”：已登记的组织须填写统一社会信用代码'],
      ['“备案编号”：备案的社区社会组织须填写备案编号'],
      [
        '“组织形式”：已登记的组织形式应为社会团体、社会服务机构或基金会',
        '“统一社会信用代码”：已登记的组织须填写统一社会信用代码'
      ]
    ])
  })

  it('puts a rating’s missing parts on their own columns and warns outside the score bands', () => {
    const result = run(
      ['组织名称', '信用代码', '服务领域', '评估等级', '评估得分', '评估日期'],
      [
        ['甲', USCC.service, '为老服务', '3A', null, null],
        ['乙', USCC.society, '为老服务', '5A', 500, '2024-01-01']
      ],
      { ratingBands: DEFAULT_RATING_BANDS }
    )
    expect(errorsOf(result.rows[0]!)).toEqual([
      '“评估得分”：评估得分须为数字',
      '“评估日期”：评估日期须为日期'
    ])
    expect(result.rows[1]!.status).toBe('new')
    expect(warningsOf(result.rows[1]!)).toContainEqual(
      expect.stringMatching(/^“评估等级”：按本单位的分数段，500 分/)
    )
  })

  it('refuses a community the registry does not hold, an archived one, and an ambiguous name', () => {
    const communities = [
      community({ id: 'c1', name: '南街社区', subdistrict: '柳城街道' }),
      community({ id: 'c2', name: '南街社区', subdistrict: '鼓东街道' }),
      community({ id: 'c3', name: '旧城社区', archivedAt: '2026-01-02T00:00:00.000Z' })
    ]
    const result = run(
      ['组织名称', '登记状态', '服务领域', '服务社区'],
      [
        ['甲', '筹备', '为老服务', '新村社区'],
        ['乙', '筹备', '为老服务', '旧城社区'],
        ['丙', '筹备', '为老服务', '南街社区'],
        ['丁', '筹备', '为老服务', '鼓东街道/南街社区']
      ],
      { communities }
    ).rows
    expect(errorsOf(result[0]!)).toEqual([
      '“服务社区”：社区“新村社区”不在社区名录中，请先在“社区”中新建或导入'
    ])
    expect(errorsOf(result[1]!)).toEqual(['“服务社区”：社区“旧城社区”已归档，请先恢复使用'])
    expect(errorsOf(result[2]!)).toEqual([
      '“服务社区”：有 2 个名为“南街社区”的社区（柳城街道、鼓东街道），请写成“南街社区（柳城街道）”'
    ])
    expect(result[3]!.draft?.communityIds).toEqual(['c2'])
  })
})

describe('matching a row to a stored organisation', () => {
  const stored = [
    organization({
      id: 'o-uscc',
      name: '鼓楼区晨光为老服务中心',
      uscc: USCC.service,
      registrationStatus: '已登记',
      contactName: '王丽'
    }),
    organization({
      id: 'o-filed',
      name: '夕阳红志愿服务队',
      legalForm: '社区社会组织',
      registrationStatus: '备案',
      filingNo: '鼓民备〔2024〕12号'
    }),
    organization({ id: 'o-pending', name: '温泉街道（筹）邻里互助会' })
  ]

  it('matches by USCC, by 备案编号, and by name when the stored one has no USCC', () => {
    const result = run(
      ['组织名称', '统一社会信用代码', '备案编号', '登记状态', '组织形式', '服务领域', '联系人'],
      [
        ['晨光为老服务中心（新名）', USCC.service, null, null, null, '为老服务', '陈国平'],
        ['夕阳红志愿服务队', null, '鼓民备〔2024〕12号', '备案', '社区社会组织', '为老服务', null],
        ['温泉街道(筹) 邻里互助会', USCC.society, null, '已登记', '社会团体', '为老服务', null]
      ],
      { organizations: stored }
    )
    expect(result.rows.map((row) => [row.status, row.match?.id, row.match?.by])).toEqual([
      ['existing', 'o-uscc', '统一社会信用代码'],
      ['existing', 'o-filed', '备案编号'],
      ['existing', 'o-pending', '组织名称']
    ])
    expect(result.rows[0]!.patch).toEqual({
      name: '晨光为老服务中心（新名）',
      contactName: '陈国平'
    })
    expect(result.rows[1]!.patch).toEqual({})
    expect(result.rows[2]!.patch).toMatchObject({
      uscc: USCC.society,
      registrationStatus: '已登记'
    })
  })

  it('checks a matched row as the update it makes: empty cells keep what is stored', () => {
    const result = run(
      ['组织名称', '统一社会信用代码', '服务领域', '联系人'],
      [['鼓楼区晨光为老服务中心', USCC.service, '为老服务', null]],
      { organizations: stored }
    )
    expect(result.rows[0]!.draft).toMatchObject({
      contactName: '王丽',
      registrationStatus: '已登记'
    })
    expect(result.rows[0]!.patch).toEqual({})
  })

  it('imports a namesake with another USCC as a new organisation, pointing the namesake out', () => {
    const result = run(
      ['组织名称', '统一社会信用代码', '服务领域'],
      [['鼓楼区晨光为老服务中心', USCC.foundation, '为老服务']],
      { organizations: stored }
    )
    expect(result.rows[0]!.status).toBe('new')
    expect(warningsOf(result.rows[0]!)).toEqual([
      `“组织名称”：已有同名组织“鼓楼区晨光为老服务中心”（信用代码 ${USCC.service}），本行将作为另一个组织导入，请确认不是重复录入`
    ])
  })

  it('refuses a second row of the same USCC in one file', () => {
    const result = run(
      ['组织名称', '统一社会信用代码', '服务领域'],
      [
        ['甲', USCC.society, '为老服务'],
        ['乙', USCC.society.toLowerCase(), '为老服务']
      ]
    )
    expect(errorsOf(result.rows[1]!)).toEqual([
      '与第 2 行是同一条社会组织（统一社会信用代码相同），请只保留一行'
    ])
  })
})
