import { describe, expect, it } from 'vitest'
import { annualFigures, dashboardFigures } from '@shared/domain/dashboard/figures'
import { TODAY, yearRecords as input } from './year-records'

describe('annualFigures', () => {
  const figures = annualFigures(input(), 2026)

  it('counts the year’s residents, 入驻, 出壳 and 退驻', () => {
    expect(figures.incubation).toEqual({ residentInYear: 3, admitted: 1, graduated: 1, exited: 1 })
  })

  it('gives each of the year’s rounds its pool and published grants', () => {
    expect(figures.venture).toEqual({
      rounds: [
        {
          id: 'r-a',
          name: '2026 年度公益创投（r-a）',
          status: '已立项',
          poolFen: 49_000_000,
          fundedCount: 2,
          grantedFen: 17_005_000,
          published: true
        },
        {
          id: 'r-b',
          name: '2026 年度公益创投（r-b）',
          status: '评审中',
          poolFen: 30_000_000,
          fundedCount: 0,
          grantedFen: 0,
          published: false
        }
      ],
      poolFen: 79_000_000,
      fundedCount: 2,
      grantedFen: 17_005_000
    })
  })

  it('counts the purchases signed in the year', () => {
    expect(figures.contracts).toEqual({ signedCount: 1, signedFen: 18_000_000 })
  })

  it('sets the money paid in the year beside the money planned, month by month', () => {
    const { byMonth, releasedByChannel, ...totals } = figures.payments
    expect(totals).toEqual({ plannedFen: 16_533_333, releasedFen: 15_533_333, releasedCount: 3 })
    expect(releasedByChannel).toEqual({ 公益创投: 5_000_000, 政府购买服务: 10_533_333 })
    expect(byMonth).toHaveLength(12)
    expect(byMonth.filter((month) => month.plannedFen > 0 || month.releasedFen > 0)).toEqual([
      { month: 1, plannedFen: 5_000_000, releasedFen: 12_200_000 },
      { month: 2, plannedFen: 7_200_000, releasedFen: 0 },
      { month: 7, plannedFen: 3_333_333, releasedFen: 3_333_333 },
      { month: 12, plannedFen: 1_000_000, releasedFen: 0 }
    ])
  })

  it('counts the evaluations 定稿 in the year (China time) by grade', () => {
    expect(figures.evaluations).toEqual({
      incubation: { 优秀: 0, 良好: 1, 合格: 1, 不合格: 0 },
      project: { 优秀: 1, 良好: 1, 合格: 0, 不合格: 0 },
      total: 4
    })
  })

  it('counts a year with nothing as zeros', () => {
    const empty = annualFigures(input(), 2030)
    expect(empty.venture).toEqual({ rounds: [], poolFen: 0, fundedCount: 0, grantedFen: 0 })
    expect(empty.payments.plannedFen + empty.payments.releasedFen).toBe(0)
    expect(empty.evaluations.total).toBe(0)
    expect(empty.incubation.residentInYear).toBe(2)
  })
})

describe('dashboardFigures', () => {
  const figures = dashboardFigures(input(), TODAY)

  it('is the figures of today’s year, as the 年度工作汇总 of that year counts them', () => {
    expect(figures.year).toBe(2026)
    expect(figures).toMatchObject(annualFigures(input(), 2026))
  })

  it('counts the organisations in use by registration status', () => {
    expect(figures.organizations).toEqual({
      total: 6,
      byStatus: { 筹备: 1, 备案: 1, 已登记: 3, 注销: 1 }
    })
  })

  it('counts the stays now by status, and the year’s residents, 入驻, 出壳 and 退驻', () => {
    expect(figures.incubation).toEqual({
      byStatus: { 待初核: 1, 待入驻: 1, 孵化中: 2, 续驻: 0, 出壳: 2, 退驻: 1, 不予入驻: 0 },
      residentInYear: 3,
      admitted: 1,
      graduated: 1,
      exited: 1
    })
  })

  it('counts the purchases signed in the year and the purchase projects by status', () => {
    expect(figures.contracts).toEqual({
      signedCount: 1,
      signedFen: 18_000_000,
      byStatus: { 待签约: 1, 执行中: 1, 已结项: 1, 已终止: 0 }
    })
  })
})
