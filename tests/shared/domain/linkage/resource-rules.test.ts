import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '@shared/domain/dates'
import {
  RESOURCE_PROVIDER_KINDS,
  RESOURCE_TYPES,
  type ResourceProviderKind,
  type ResourceType
} from '@shared/domain/linkage/resource'
import {
  checkResource,
  fiveSocietyLeg,
  isResourceAvailable,
  isResourceExpired,
  type FiveSocietyLeg
} from '@shared/domain/linkage/resource-rules'

const today = '2026-11-22'

const hall = {
  name: '社区活动室（周末）',
  providerKind: '驻区单位',
  organizationId: null,
  providerName: '鼓楼区第一中学',
  type: '场地',
  capacity: '可容纳 40 人',
  amountFen: null,
  communityIds: ['community-1'],
  categories: ['为老服务'],
  availableFrom: '2026-01-01',
  availableUntil: '2026-12-31',
  availability: '每周六上午',
  contactName: '林老师',
  contactPhone: '13900139000'
}

const fund = {
  ...hall,
  name: '敬老助餐基金',
  providerKind: '慈善组织',
  organizationId: 'org-foundation',
  providerName: '鼓楼区慈善总会',
  type: '资金',
  capacity: '一次性资助',
  amountFen: 5_000_000
}

function issuesOf(result: ReturnType<typeof checkResource>) {
  return result.ok ? result.warnings : result.issues
}

describe('checkResource', () => {
  it('accepts a venue and a fund as entered', () => {
    expect(checkResource(hall, today)).toEqual({ ok: true, value: hall, warnings: [] })
    expect(checkResource(fund, today)).toEqual({ ok: true, value: fund, warnings: [] })
  })

  it('tidies what a form sends: trimmed text, empty text as null, each id and field once', () => {
    const sent = {
      ...hall,
      name: ' 社区活动室（周末） ',
      availability: '',
      contactName: '',
      communityIds: ['community-1', 'community-1'],
      categories: ['为老服务', '为老服务']
    }
    expect(checkResource(sent, today)).toEqual({
      ok: true,
      value: { ...hall, availability: null, contactName: null },
      warnings: []
    })
  })

  it.each([
    ['name', { name: ' ' }, '请填写资源名称'],
    ['name', { name: '场'.repeat(61) }, '资源名称不能超过 60 个字'],
    ['providerKind', { providerKind: '企业' }, '请选择资源提供方类型'],
    ['providerName', { providerName: '' }, '请填写提供方名称'],
    ['type', { type: '专业' }, '请选择资源类型'],
    ['capacity', { capacity: '' }, '请填写资源数量或规模'],
    ['capacity', { capacity: '人'.repeat(101) }, '资源数量或规模不能超过 100 个字'],
    ['categories.0', { categories: ['养老'] }, '服务领域不在列表中'],
    ['availableFrom', { availableFrom: '2026-02-30' }, '可用开始日期不是有效日期（YYYY-MM-DD）'],
    ['availability', { availability: '周'.repeat(61) }, '可用时间不能超过 60 个字'],
    ['contactName', { contactName: '林'.repeat(31) }, '联系人不能超过 30 个字'],
    ['contactPhone', { contactPhone: '12345' }, '电话号码格式不正确（手机 11 位，座机带区号）'],
    ['', { owner: '王' }, '不认识的字段：owner']
  ])('refuses a bad %s', (field, patch, message) => {
    const result = checkResource({ ...hall, ...patch }, today)
    expect(result.ok).toBe(false)
    expect(issuesOf(result)).toContainEqual({ field, level: 'error', message })
  })

  it('asks a fund for its amount, and refuses an amount on any other type', () => {
    expect(issuesOf(checkResource({ ...fund, amountFen: null }, today))).toEqual([
      { field: 'amountFen', level: 'error', message: '资金类资源须填写资金金额' }
    ])
    expect(issuesOf(checkResource({ ...hall, amountFen: 100_000 }, today))).toEqual([
      {
        field: 'amountFen',
        level: 'error',
        message: '场地类资源不填写金额（填写了 1,000.00 元），数量写在“资源数量或规模”中'
      }
    ])
  })

  it('refuses a fund of nothing', () => {
    expect(checkResource({ ...fund, amountFen: 0 }, today).ok).toBe(false)
  })

  it('needs the registry organisation behind a 社会组织 provider, and only there', () => {
    const offered = { ...hall, providerKind: '社会组织', providerName: '鼓楼区长者服务中心' }
    expect(issuesOf(checkResource(offered, today))).toEqual([
      { field: 'organizationId', level: 'error', message: '请选择提供资源的社会组织' }
    ])
    expect(checkResource({ ...offered, organizationId: 'org-1' }, today).ok).toBe(true)
    expect(checkResource({ ...hall, providerKind: '志愿服务队' }, today).ok).toBe(true)
  })

  it('refuses a period that ends before it starts', () => {
    const result = checkResource({ ...hall, availableUntil: '2025-12-31' }, today)
    expect(issuesOf(result)).toEqual([
      {
        field: 'availableUntil',
        level: 'error',
        message: '可用截止日期 2025-12-31 早于开始日期 2026-01-01'
      }
    ])
  })

  it('warns about, without refusing, a resource whose period is over', () => {
    expect(checkResource({ ...hall, availableUntil: '2026-11-21' }, today)).toMatchObject({
      ok: true,
      warnings: [
        {
          field: 'availableUntil',
          level: 'warning',
          message: '“社区活动室（周末）”已过期（可用至 2026-11-21）'
        }
      ]
    })
    expect(checkResource({ ...hall, availableUntil: today }, today)).toMatchObject({
      ok: true,
      warnings: []
    })
  })

  it('takes open-ended periods', () => {
    const open = { ...hall, availableFrom: null, availableUntil: null }
    expect(checkResource(open, today)).toEqual({ ok: true, value: open, warnings: [] })
  })
})

describe('isResourceExpired', () => {
  it.each([
    [null, false],
    ['2026-11-22', false],
    ['2026-11-21', true]
  ])('until %s → %s', (until, expected) => {
    expect(isResourceExpired({ availableUntil: until }, today)).toBe(expected)
  })
})

describe('isResourceAvailable', () => {
  const resource = (
    from: string | null,
    until: string | null,
    archivedAt: string | null = null
  ) => ({
    availableFrom: from,
    availableUntil: until,
    archivedAt
  })

  it.each([
    [null, null, true],
    ['2026-11-22', null, true],
    ['2026-11-23', null, false],
    [null, '2026-11-22', true],
    [null, '2026-11-21', false],
    ['2026-01-01', '2026-12-31', true]
  ])('from %s until %s → %s', (from, until, expected) => {
    expect(isResourceAvailable(resource(from, until), today)).toBe(expected)
  })

  it('never offers an archived resource', () => {
    expect(isResourceAvailable(resource(null, null, '2026-05-01T02:00:00.000Z'), today)).toBe(false)
  })

  it('holds exactly on the days from start to end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -900, max: 900 }),
        (start, length, offset) => {
          const from = addDays(today, start)
          const until = addDays(from, length)
          const day = addDays(today, offset)
          const inside = offset >= start && offset <= start + length
          expect(isResourceAvailable(resource(from, until), day)).toBe(inside)
        }
      )
    )
  })
})

describe('fiveSocietyLeg', () => {
  const V = '社区志愿者'
  const C = '社会慈善资源'
  /** Rows: provider kinds; columns in RESOURCE_TYPES order: 场地, 资金, 志愿者, 专业服务, 物资. */
  const expected: Record<ResourceProviderKind, (FiveSocietyLeg | null)[]> = {
    社会组织: [null, null, V, null, null],
    驻区单位: [null, C, V, null, C],
    志愿服务队: [V, V, V, V, V],
    慈善组织: [C, C, V, C, C]
  }

  it.each(
    RESOURCE_PROVIDER_KINDS.flatMap((providerKind) =>
      RESOURCE_TYPES.map(
        (type, index) => [providerKind, type, expected[providerKind][index]] as const
      )
    )
  )('%s offering %s → %s', (providerKind, type, leg) => {
    expect(fiveSocietyLeg({ providerKind, type: type as ResourceType })).toBe(leg)
  })
})
