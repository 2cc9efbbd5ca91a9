import { describe, expect, it } from 'vitest'
import {
  checkOrganization,
  failedAnnualCheckYears,
  ratingValidUntil,
  requiredIdentifiers
} from '@shared/domain/organizations/organization'

const today = '2026-11-22'

const valid = {
  name: '鼓楼区阳光助老服务中心',
  uscc: '52440106MJ00000189',
  legalForm: '社会服务机构',
  registrationStatus: '已登记',
  filingNo: null,
  category: '为老服务',
  origin: '内生型',
  legalRepName: '林秀英',
  legalRepIdNumber: '11010519491231002x',
  legalRepPhone: '13800138000',
  contactName: '陈明',
  contactPhone: '0591-83123456',
  address: '福州市鼓楼区鼓东街道军门社区 8 号',
  district: '鼓楼区',
  subdistrict: '鼓东街道',
  communityIds: ['c1', 'c1', 'c2'],
  staffCount: 6,
  socialWorkerCount: 2,
  establishedOn: '2018-05-10',
  rating: { grade: '3A', score: 720, ratedOn: '2024-06-30' },
  annualChecks: [{ year: 2025, mode: '年检', conclusion: '合格' }]
}

function fields(result: ReturnType<typeof checkOrganization>) {
  return result.ok ? [] : result.issues.filter((i) => i.level === 'error').map((i) => i.field)
}

describe('checkOrganization', () => {
  it('accepts a group in 筹备 without a USCC', () => {
    const result = checkOrganization({ ...valid, uscc: null, registrationStatus: '筹备' }, today)
    expect(result).toMatchObject({ ok: true, warnings: [] })
  })

  it('stores the ID number upper-case and drops duplicate community ids', () => {
    const result = checkOrganization({ ...valid, uscc: null, registrationStatus: '筹备' }, today)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.value.legalRepIdNumber).toBe('11010519491231002X')
    expect(result.value.communityIds).toEqual(['c1', 'c2'])
  })

  it('requires a USCC once registered, and says so on the field', () => {
    const result = checkOrganization({ ...valid, uscc: '' }, today)
    expect(fields(result)).toEqual(['uscc'])
    expect(result.ok ? '' : result.issues[0]!.message).toContain(
      '已登记的组织须填写统一社会信用代码'
    )
  })

  it('refuses a USCC with a wrong check character, naming the expected one', () => {
    const result = checkOrganization({ ...valid, uscc: '52440106MJ00000188' }, today)
    expect(fields(result)).toEqual(['uscc'])
    expect(result.ok ? '' : result.issues[0]!.message).toContain('应为“9”')
  })

  it('accepts a valid USCC and passes on its warnings', () => {
    const result = checkOrganization({ ...valid, uscc: '52440106mj00000189' }, today)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.uscc).toBe('52440106MJ00000189')
      expect(result.warnings).toEqual([])
    }
  })

  it('needs a filing number for a 备案 group', () => {
    const result = checkOrganization(
      { ...valid, uscc: null, legalForm: '社区社会组织', registrationStatus: '备案' },
      today
    )
    expect(fields(result)).toEqual(['filingNo'])
  })

  it.each([
    ['name', { name: '  ' }],
    ['legalRepIdNumber', { legalRepIdNumber: '110105194912310021' }],
    ['contactPhone', { contactPhone: '12345' }],
    ['establishedOn', { establishedOn: '2030-01-01' }],
    ['establishedOn', { establishedOn: '2026-02-30' }],
    ['staffCount', { staffCount: -1 }],
    [
      'annualChecks',
      {
        annualChecks: [
          { year: 2025, mode: '年检', conclusion: '合格' },
          { year: 2025, mode: '年报', conclusion: '不合格' }
        ]
      }
    ],
    ['rating.grade', { rating: { grade: '6A', score: 1, ratedOn: '2024-01-01' } }],
    ['legalForm', { legalForm: '公司' }]
  ])('refuses a bad %s', (field, patch) => {
    const result = checkOrganization({ ...valid, uscc: '52440106MJ00000189', ...patch }, today)
    expect(fields(result)).toContain(field)
  })

  it('accepts both 年检 and 年报 entries', () => {
    const result = checkOrganization(
      {
        ...valid,
        annualChecks: [
          { year: 2024, mode: '年检', conclusion: '合格' },
          { year: 2025, mode: '年报', conclusion: '基本合格' }
        ]
      },
      today
    )
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.value.annualChecks.map((check) => check.mode)).toEqual(['年检', '年报'])
  })

  it.each([
    ['missing', { year: 2025, conclusion: '合格' }],
    ['unknown', { year: 2025, mode: '年审', conclusion: '合格' }],
    ['null', { year: 2025, mode: null, conclusion: '合格' }]
  ])('refuses a %s 年检/年报 mode, in Chinese', (_case, check) => {
    const result = checkOrganization({ ...valid, annualChecks: [check] }, today)
    expect(result).toEqual({
      ok: false,
      issues: [{ field: 'annualChecks.0.mode', level: 'error', message: '请选择年检或年报' }]
    })
  })

  it('refuses unknown fields instead of storing them silently, in Chinese', () => {
    const result = checkOrganization({ ...valid, hacked: true }, today)
    expect(fields(result)).toContain('')
    expect(result.ok ? '' : result.issues[0]!.message).toBe('不认识的字段：hacked')
  })
})

describe('ratingValidUntil', () => {
  it('is five years after the rating date', () => {
    expect(ratingValidUntil({ grade: '4A', score: 800, ratedOn: '2024-02-29' })).toBe('2029-02-28')
  })
})

describe('failedAnnualCheckYears', () => {
  it('lists the 不合格 years, newest first', () => {
    expect(
      failedAnnualCheckYears([
        { year: 2023, mode: '年检', conclusion: '不合格' },
        { year: 2024, mode: '年检', conclusion: '合格' },
        { year: 2025, mode: '年报', conclusion: '不合格' }
      ])
    ).toEqual([2025, 2023])
    expect(failedAnnualCheckYears([{ year: 2025, mode: '年报', conclusion: '基本合格' }])).toEqual(
      []
    )
  })
})

describe('requiredIdentifiers', () => {
  it.each([
    ['已登记', { uscc: true, filingNo: false }],
    ['备案', { uscc: false, filingNo: true }],
    ['筹备', { uscc: false, filingNo: false }],
    ['注销', { uscc: false, filingNo: false }]
  ] as const)('%s requires %o', (status, expected) => {
    expect(requiredIdentifiers(status)).toEqual(expected)
  })
})
