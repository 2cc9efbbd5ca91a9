/**
 * The 工作台 charts' ECharts options, built from the figures alone (no chart code is loaded to
 * build them). Amounts are drawn in 万元 rounded as the text beside them is (formatWanYuan), so
 * a bar and its number never disagree.
 */
import type { DashboardFigures } from '@shared/domain/dashboard/figures'
import { EVALUATION_GRADES } from '@shared/domain/evaluations/grade-bands'
import { INCUBATION_STATUSES } from '@shared/domain/incubation/incubation'
import { formatWanYuan, type Fen } from '@shared/domain/money'
import { REGISTRATION_STATUSES } from '@shared/domain/organizations/organization'
import { PROJECT_STATUSES } from '@shared/domain/projects/project'
import type { ChartOption } from './echarts-setup'
import { DASHBOARD_STRINGS as S } from './strings'

/** 万元 as a number for a chart, two decimals as shown. */
export function wan(fen: Fen): number {
  return Number(formatWanYuan(fen, 2).replaceAll(',', ''))
}

// Labels inside the grid's own box (ECharts 6's replacement for containLabel).
const GRID = {
  left: 8,
  right: 8,
  top: 32,
  bottom: 8,
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel'
} as const

/** Bars by category; `counts`: whole numbers on the value axis (records, not money). */
function bars(
  categories: readonly string[],
  series: readonly { name: string; data: readonly number[]; stack?: string }[],
  counts: boolean
): ChartOption {
  return {
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : { show: false },
    xAxis: { type: 'category', data: [...categories], axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: counts ? 1 : 0 },
    series: series.map((one) => ({
      type: 'bar',
      name: one.name,
      data: [...one.data],
      stack: one.stack,
      barMaxWidth: 28
    }))
  }
}

function pie(name: string, slices: readonly { name: string; value: number }[]): ChartOption {
  const shown = slices.filter((slice) => slice.value > 0)
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    // With nothing to show the legend would name the series instead of any slice.
    legend: shown.length > 0 ? { bottom: 0, type: 'scroll' } : { show: false },
    series: [
      {
        type: 'pie',
        name,
        radius: ['40%', '68%'],
        center: ['50%', '44%'],
        label: { show: false },
        data: shown.map((slice) => ({ ...slice }))
      }
    ]
  }
}

export function organizationsChart(figures: DashboardFigures): ChartOption {
  const { byStatus } = figures.organizations
  return pie(
    S.organizationsChart,
    REGISTRATION_STATUSES.map((status) => ({ name: status, value: byStatus[status] }))
  )
}

export function incubationChart(figures: DashboardFigures): ChartOption {
  const { byStatus } = figures.incubation
  return bars(
    INCUBATION_STATUSES,
    [{ name: S.incubationChart, data: INCUBATION_STATUSES.map((status) => byStatus[status]) }],
    true
  )
}

export function ventureChart(figures: DashboardFigures): ChartOption {
  const { rounds } = figures.venture
  return bars(
    rounds.map((round) => round.name),
    [
      { name: S.poolSeries, data: rounds.map((round) => wan(round.poolFen)) },
      { name: S.grantedSeries, data: rounds.map((round) => wan(round.grantedFen)) }
    ],
    false
  )
}

export function contractsChart(figures: DashboardFigures): ChartOption {
  const { byStatus } = figures.contracts
  return pie(
    S.contractsChart,
    PROJECT_STATUSES.map((status) => ({ name: status, value: byStatus[status] }))
  )
}

export function paymentsChart(figures: DashboardFigures): ChartOption {
  const months = figures.payments.byMonth
  return bars(
    months.map((month) => S.month(month.month)),
    [
      { name: S.plannedSeries, data: months.map((month) => wan(month.plannedFen)) },
      { name: S.releasedSeries, data: months.map((month) => wan(month.releasedFen)) }
    ],
    false
  )
}

export function evaluationsChart(figures: DashboardFigures): ChartOption {
  const { incubation, project } = figures.evaluations
  return bars(
    EVALUATION_GRADES,
    [
      {
        name: S.incubationSeries,
        data: EVALUATION_GRADES.map((grade) => incubation[grade]),
        stack: 'grades'
      },
      {
        name: S.projectSeries,
        data: EVALUATION_GRADES.map((grade) => project[grade]),
        stack: 'grades'
      }
    ],
    true
  )
}
