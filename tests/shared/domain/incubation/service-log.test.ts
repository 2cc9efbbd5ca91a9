import { describe, expect, it } from 'vitest'
import {
  MONEY_SERVICE_TYPES,
  SERVICE_TYPES,
  checkIncubationService,
  serviceTotals,
  type IncubationService,
  type ServiceType
} from '@shared/domain/incubation/service-log'

const today = '2026-11-22'

const training = {
  incubationId: 'stay-1',
  date: '2026-06-10',
  type: '培训',
  hours: 3,
  amountFen: null,
  note: '项目书写作培训'
}

const grant = { ...training, type: '小额资助', hours: 0, amountFen: 500_000, note: null }

const openStay = { appliedOn: '2026-03-02', endedOn: null, status: '孵化中' as const }
const endedStay = { appliedOn: '2026-03-02', endedOn: '2026-09-30', status: '出壳' as const }

function issues(result: ReturnType<typeof checkIncubationService>) {
  return result.ok ? result.warnings : result.issues
}

describe('checkIncubationService', () => {
  it('accepts a training session during the stay, trimming the note', () => {
    expect(
      checkIncubationService({ ...training, note: ' 项目书写作培训 ' }, openStay, today)
    ).toEqual({ ok: true, value: training, warnings: [] })
  })

  it('accepts a small grant with its amount', () => {
    expect(checkIncubationService(grant, openStay, today)).toEqual({
      ok: true,
      value: grant,
      warnings: []
    })
  })

  it.each(SERVICE_TYPES)('knows the service type %s', (type) => {
    const amountFen = MONEY_SERVICE_TYPES.includes(type) ? 100 : null
    expect(checkIncubationService({ ...training, type, amountFen }, openStay, today).ok).toBe(true)
  })

  describe('dates within the stay', () => {
    it.each([
      ['the application day', '2026-03-02', openStay],
      ['today, while the stay goes on', today, openStay],
      ['the last day of an ended stay', '2026-09-30', endedStay]
    ])('accepts %s', (_case, date, stay) => {
      expect(checkIncubationService({ ...training, date }, stay, today).ok).toBe(true)
    })

    it.each([
      ['after today', '2026-11-23', openStay, '服务日期不能晚于今天'],
      ['before the application', '2026-03-01', openStay, '服务日期不能早于入驻申请日期 2026-03-02'],
      ['after the stay ended', '2026-10-01', endedStay, '服务日期不能晚于入驻结束日期 2026-09-30']
    ])('refuses a date %s', (_case, date, stay, message) => {
      expect(checkIncubationService({ ...training, date }, stay, today)).toEqual({
        ok: false,
        issues: [{ field: 'date', level: 'error', message }]
      })
    })

    it('checks only the calendar when no stay is given', () => {
      expect(checkIncubationService({ ...training, date: '2001-01-01' }, null, today).ok).toBe(true)
      expect(
        issues(checkIncubationService({ ...training, date: '2026-11-23' }, null, today))
      ).toEqual([{ field: 'date', level: 'error', message: '服务日期不能晚于今天' }])
    })

    it('refuses services for an application that was turned down', () => {
      const rejected = {
        appliedOn: '2026-03-02',
        endedOn: '2026-03-05',
        status: '不予入驻' as const
      }
      expect(checkIncubationService({ ...training, date: '2026-03-04' }, rejected, today)).toEqual({
        ok: false,
        issues: [{ field: 'incubationId', level: 'error', message: '不予入驻的申请不能记录服务' }]
      })
    })
  })

  describe('amounts', () => {
    it.each([null, 0])('requires an amount for 小额资助 (given %j)', (amountFen) => {
      const result = checkIncubationService({ ...grant, hours: 1, amountFen }, openStay, today)
      expect(result).toEqual({
        ok: false,
        issues: [{ field: 'amountFen', level: 'error', message: '小额资助须填写金额' }]
      })
    })

    it('accepts an amount on other services, e.g. 资源对接 that brought money', () => {
      expect(
        checkIncubationService(
          { ...training, type: '资源对接', amountFen: 2_000_00 },
          openStay,
          today
        ).ok
      ).toBe(true)
    })

    it.each([
      [-1, '金额须为非负的整数分'],
      [12.5, '金额须为非负的整数分'],
      [Number.MAX_SAFE_INTEGER + 1, '金额须为非负的整数分'],
      ['500', '金额须为数字']
    ])('refuses the amount %j', (amountFen, message) => {
      expect(issues(checkIncubationService({ ...grant, amountFen }, openStay, today))).toEqual([
        { field: 'amountFen', level: 'error', message }
      ])
    })
  })

  describe('hours', () => {
    it.each([0.5, 1, 1.5, 7.5, 1000])('accepts %s hours (half-hour units)', (hours) => {
      expect(checkIncubationService({ ...training, hours }, openStay, today).ok).toBe(true)
    })

    it.each([
      [0.25, '服务时长以半小时为单位'],
      [1.2, '服务时长以半小时为单位'],
      [-0.5, '服务时长不能为负'],
      [1000.5, '服务时长过大'],
      ['2', '服务时长须为数字'],
      [Number.NaN, '服务时长须为数字']
    ])('refuses %j hours', (hours, message) => {
      expect(issues(checkIncubationService({ ...training, hours }, openStay, today))).toEqual([
        { field: 'hours', level: 'error', message }
      ])
    })

    it('warns, without refusing, about a service with neither hours nor money', () => {
      expect(checkIncubationService({ ...training, hours: 0 }, openStay, today)).toEqual({
        ok: true,
        value: { ...training, hours: 0 },
        warnings: [{ field: 'hours', level: 'warning', message: '服务时长为 0 且没有金额' }]
      })
    })

    it('does not warn about a grant with no hours', () => {
      expect(checkIncubationService(grant, openStay, today)).toMatchObject({ warnings: [] })
    })
  })

  it.each([
    [{ incubationId: '' }, 'incubationId', '缺少入驻记录'],
    [{ type: '聚餐' }, 'type', '请选择服务类型'],
    [{ date: '2026-06-31' }, 'date', '服务日期不是有效日期（YYYY-MM-DD）'],
    [{ note: '记'.repeat(501) }, 'note', '备注不能超过 500 个字'],
    [{ organizationId: 'org-1' }, '', '不认识的字段：organizationId']
  ])('refuses %j', (patch, field, message) => {
    expect(issues(checkIncubationService({ ...training, ...patch }, openStay, today))).toEqual([
      { field, level: 'error', message }
    ])
  })
})

describe('serviceTotals', () => {
  type Line = Pick<IncubationService, 'type' | 'hours' | 'amountFen'>
  const lines: Line[] = [
    { type: '培训', hours: 3, amountFen: null },
    { type: '培训', hours: 1.5, amountFen: null },
    { type: '督导辅导', hours: 2, amountFen: null },
    { type: '小额资助', hours: 0, amountFen: 500_000 },
    { type: '小额资助', hours: 0, amountFen: 250_050 },
    { type: '资源对接', hours: 0.5, amountFen: 1 }
  ]

  it('totals each type, listing unused types as zero', () => {
    const { byType } = serviceTotals(lines)
    expect(Object.keys(byType)).toEqual([...SERVICE_TYPES])
    expect(byType).toEqual({
      场地: { count: 0, hours: 0, amountFen: 0 },
      工位: { count: 0, hours: 0, amountFen: 0 },
      培训: { count: 2, hours: 4.5, amountFen: 0 },
      督导辅导: { count: 1, hours: 2, amountFen: 0 },
      注册协助: { count: 0, hours: 0, amountFen: 0 },
      财务托管: { count: 0, hours: 0, amountFen: 0 },
      资源对接: { count: 1, hours: 0.5, amountFen: 1 },
      小额资助: { count: 2, hours: 0, amountFen: 750_050 }
    } satisfies Record<ServiceType, unknown>)
  })

  it('totals everything, equal to the sum of the types', () => {
    const { byType, all } = serviceTotals(lines)
    expect(all).toEqual({ count: 6, hours: 7, amountFen: 750_051 })
    const types = Object.values(byType)
    expect(types.reduce((sum, total) => sum + total.count, 0)).toBe(all.count)
    expect(types.reduce((sum, total) => sum + total.hours, 0)).toBe(all.hours)
    expect(types.reduce((sum, total) => sum + total.amountFen, 0)).toBe(all.amountFen)
  })

  it('is all zeros with no services', () => {
    const { byType, all } = serviceTotals([])
    expect(all).toEqual({ count: 0, hours: 0, amountFen: 0 })
    for (const total of Object.values(byType)) expect(total).toEqual(all)
  })
})
