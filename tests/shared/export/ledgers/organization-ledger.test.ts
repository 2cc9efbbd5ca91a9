import { describe, expect, it } from 'vitest'
import type { Incubation } from '@shared/domain/incubation/incubation'
import type { Organization } from '@shared/domain/organizations/organization'
import { organizationLedger } from '@shared/export/ledgers/organization-ledger'
import { pinyinKeys } from '@shared/text/pinyin'
import { ORGANIZATION, STAMP } from '../../pdf/reports/report-fixtures'

const TODAY = '2026-11-22'

function organization(id: string, name: string, patch: Partial<Organization> = {}): Organization {
  return { ...ORGANIZATION, id, name, ...pinyinKeys(name), ...patch }
}

function stay(organizationId: string, patch: Partial<Incubation>): Incubation {
  return {
    id: `stay-${organizationId}-${patch.appliedOn}`,
    ...STAMP,
    organizationId,
    baseName: '鼓楼区社会组织孵化基地',
    status: '孵化中',
    appliedOn: '2025-01-06',
    preferredMode: '实体',
    reviewDueOn: '2025-01-13',
    reviewedOn: '2025-01-10',
    reviewNote: null,
    admittedOn: '2025-02-01',
    agreementNo: null,
    mode: '实体',
    workstation: null,
    mentor: null,
    plannedEndOn: '2026-02-01',
    extensions: [],
    endedOn: null,
    endReason: null,
    handoverDueOn: null,
    handedOverOn: null,
    note: null,
    events: [],
    ...patch
  }
}

const ORGANIZATIONS = [
  organization('org-z', '重阳敬老协会', {
    rating: { grade: '4A', score: 820, ratedOn: '2022-03-01' },
    annualChecks: [
      { year: 2025, mode: '年检', conclusion: '合格' },
      { year: 2024, mode: '年报', conclusion: '基本合格' },
      { year: 2021, mode: '年检', conclusion: '不合格' }
    ]
  }),
  organization('org-a', '阿福青少年服务社', {
    uscc: null,
    registrationStatus: '备案',
    legalForm: '社区社会组织',
    filingNo: 'GL-BA-007',
    contactPhone: '0591-83123456',
    rating: { grade: '3A', score: 700, ratedOn: '2021-06-30' }
  }),
  organization('org-old', '已归档的组织', { archivedAt: '2026-01-01T00:00:00.000Z' }),
  organization('org-b', '白鹭公益', { contactPhone: null, establishedOn: null })
]

const ledger = organizationLedger({
  organizations: ORGANIZATIONS,
  incubations: [
    stay('org-a', { status: '出壳', appliedOn: '2023-01-01' }),
    stay('org-a', { status: '孵化中', appliedOn: '2025-03-01' })
  ],
  office: '鼓楼街道办事处',
  today: TODAY
})

const column = (header: string) => {
  const index = ledger.columns.findIndex((c) => c.header === header)
  expect(index, header).toBeGreaterThanOrEqual(0)
  return ledger.rows.map((row) => row[index])
}

describe('organizationLedger', () => {
  it('is titled with the office and the date', () => {
    expect(ledger.name).toBe('社会组织台账')
    expect(ledger.title).toBe('鼓楼街道办事处社会组织台账（截至 2026-11-22）')
    expect(organizationLedger({ ...ledgerInput(), office: '' }).title).toBe(
      '社会组织台账（截至 2026-11-22）'
    )
  })

  it('lists the organisations in use in pinyin order, numbered', () => {
    // 重阳 sorts by its stored reading chong, after bai.
    expect(column('组织名称')).toEqual(['阿福青少年服务社', '白鹭公益', '重阳敬老协会'])
    expect(column('序号')).toEqual([1, 2, 3])
  })

  it('types each column for Excel', () => {
    const typeOf = (header: string) => ledger.columns.find((c) => c.header === header)?.type
    expect(typeOf('成立日期')).toBe('date')
    expect(typeOf('评估日期')).toBe('date')
    expect(typeOf('等级有效期至')).toBe('date')
    expect(typeOf('评估得分')).toBe('number')
    expect(typeOf('专职人数')).toBe('number')
    expect(typeOf('统一社会信用代码')).toBe('text')
  })

  it('masks phones', () => {
    expect(column('联系电话')).toEqual(['059*****3456', null, '138****8000'])
  })

  it('shows registration and the latest stay status', () => {
    expect(column('统一社会信用代码')).toEqual([null, ORGANIZATION.uscc, ORGANIZATION.uscc])
    expect(column('备案编号')).toEqual(['GL-BA-007', null, null])
    expect(column('孵化状态')).toEqual(['孵化中', '未入驻', '未入驻'])
  })

  it('shows each rating with its validity as of today', () => {
    expect(column('评估等级')).toEqual(['3A', null, '4A'])
    expect(column('评估得分')).toEqual([700, null, 820])
    expect(column('评估日期')).toEqual(['2021-06-30', null, '2022-03-01'])
    expect(column('等级有效期至')).toEqual(['2026-06-30', null, '2027-03-01'])
    // 2027-03-01 is 99 days away: within the half year the registry warns about.
    expect(column('等级状态')).toEqual(['已过期', null, '即将到期'])
  })

  it('shows the last three 年检 years that are due, newest first', () => {
    const headers = ledger.columns.slice(-3).map((c) => c.header)
    expect(headers).toEqual(['2025年度年检', '2024年度年检', '2023年度年检'])
    expect(column('2025年度年检')).toEqual([null, null, '合格'])
    expect(column('2024年度年检')).toEqual([null, null, '基本合格（年报）'])
    expect(column('2023年度年检')).toEqual([null, null, null])
  })

  it('before June, counts the year before last as the latest due', () => {
    const spring = organizationLedger({ ...ledgerInput(), today: '2026-05-31' })
    expect(spring.columns.at(-3)?.header).toBe('2024年度年检')
  })

  it('has a header row and nothing else for an empty registry', () => {
    const empty = organizationLedger({ ...ledgerInput(), organizations: [] })
    expect(empty.rows).toEqual([])
    expect(empty.columns.length).toBe(ledger.columns.length)
  })
})

function ledgerInput() {
  return { organizations: ORGANIZATIONS, incubations: [], office: '鼓楼街道办事处', today: TODAY }
}
