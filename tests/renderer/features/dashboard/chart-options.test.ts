import { describe, expect, it } from 'vitest'
import { dashboardFigures } from '@shared/domain/dashboard/figures'
import {
  evaluationsChart,
  organizationsChart,
  paymentsChart,
  ventureChart,
  wan
} from '@renderer/features/dashboard/chart-options'

const EMPTY = {
  organizations: [],
  incubations: [],
  rounds: [],
  applications: [],
  projects: [],
  agreements: [],
  payments: [],
  evaluations: [],
  projectEvaluations: []
}

const seriesOf = (option: ReturnType<typeof paymentsChart>) =>
  (option.series as { name?: string; data: unknown[] }[]).map((one) => [one.name, one.data])

describe('chart options', () => {
  it('draws 万元 rounded as the figures beside them are', () => {
    expect(wan(3_333_333)).toBe(3.33)
    expect(wan(1_234_567_890)).toBe(1234.57)
    expect(wan(0)).toBe(0)
  })

  it('sets each month’s planned and paid money side by side', () => {
    const figures = dashboardFigures(
      {
        ...EMPTY,
        projects: [{ id: 'p-1', channel: '政府购买服务', status: '执行中', archivedAt: null }],
        payments: [
          {
            projectId: 'p-1',
            amountFen: 5_000_000,
            dueOn: '2026-03-10',
            paidOn: '2026-04-02',
            archivedAt: null
          }
        ]
      },
      '2026-11-22'
    )
    const option = paymentsChart(figures)
    const [planned, paid] = seriesOf(option)
    expect(planned![0]).toBe('计划')
    expect(planned![1]).toEqual([0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    expect(paid![1]).toEqual([0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0])
    expect((option.xAxis as { data: string[] }).data.slice(0, 3)).toEqual(['1月', '2月', '3月'])
  })

  it('leaves empty slices out of a pie', () => {
    const figures = dashboardFigures(
      {
        ...EMPTY,
        organizations: [
          { registrationStatus: '已登记', archivedAt: null },
          { registrationStatus: '已登记', archivedAt: null },
          { registrationStatus: '备案', archivedAt: null }
        ]
      },
      '2026-11-22'
    )
    expect(seriesOf(organizationsChart(figures))[0]![1]).toEqual([
      { name: '备案', value: 1 },
      { name: '已登记', value: 2 }
    ])
  })

  it('stacks the grades of incubation and project evaluations', () => {
    const option = evaluationsChart(
      dashboardFigures(
        {
          ...EMPTY,
          evaluations: [
            { status: '定稿', grade: '良好', finalizedAt: '2026-03-10T02:00:00Z', archivedAt: null }
          ]
        },
        '2026-11-22'
      )
    )
    expect((option.series as { stack?: string }[]).map((one) => one.stack)).toEqual([
      'grades',
      'grades'
    ])
    expect(seriesOf(option)).toEqual([
      ['孵化评估', [0, 1, 0, 0]],
      ['项目评估', [0, 0, 0, 0]]
    ])
  })

  it('names each round on its axis', () => {
    const option = ventureChart(
      dashboardFigures(
        {
          ...EMPTY,
          rounds: [
            {
              id: 'r-1',
              name: '2026 年度公益创投',
              year: 2026,
              status: '征集中',
              fundPoolFen: 49_000_000,
              tracks: [],
              publicity: null,
              archivedAt: null
            }
          ]
        },
        '2026-11-22'
      )
    )
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026 年度公益创投'])
    expect(seriesOf(option)).toEqual([
      ['资金池', [49]],
      ['资助金额', [0]]
    ])
  })
})
