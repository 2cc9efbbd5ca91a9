/**
 * The 工作台 figures read from the demo office (设置 → 载入示例数据), checked against counts taken
 * straight from the sample records and against the 年度工作汇总 exported from the same database.
 */
import { describe, expect, it } from 'vitest'
import { formatWanYuan } from '@shared/domain/money'
import { buildAnnualSummaryReport } from '@shared/pdf/reports/annual-summary-report'
import { loadDashboardFigures } from '@renderer/features/dashboard/use-dashboard-figures'
import { loadAnnualSummaryReportInput } from '@renderer/features/reports/sources/annual-summary-source'
import { NOW, SAMPLE, TODAY } from '../../db/helpers'
import { officeDatabase } from '../../helpers/office-database'

const office = () =>
  officeDatabase({ officeName: '鼓楼街道办事处', now: () => NOW, registry: SAMPLE })

describe('loadDashboardFigures', () => {
  it('counts the sample office’s records as they are stored', async () => {
    const { db } = await office()
    const figures = await loadDashboardFigures(db, TODAY)

    const live = SAMPLE.organizations.filter((org) => org.archivedAt === null)
    expect(figures.organizations.total).toBe(live.length)
    expect(figures.organizations.byStatus.已登记).toBe(
      live.filter((org) => org.registrationStatus === '已登记').length
    )
    const stays = SAMPLE.incubations.filter((stay) => stay.archivedAt === null)
    expect(figures.incubation.byStatus.孵化中).toBe(
      stays.filter((stay) => stay.status === '孵化中').length
    )
    const rounds = SAMPLE.ventureRounds.filter((round) => round.year === 2026)
    expect(figures.venture.rounds.map((round) => round.id).sort()).toEqual(
      rounds.map((round) => round.id).sort()
    )
    const purchases = SAMPLE.projects.filter(
      (project) => project.channel === '政府购买服务' && project.archivedAt === null
    )
    expect(figures.contracts.byStatus.执行中).toBe(
      purchases.filter((project) => project.status === '执行中').length
    )
  })

  it('agrees with the 年度工作汇总 of the same year', async () => {
    const { db } = await office()
    const figures = await loadDashboardFigures(db, TODAY)
    const report = buildAnnualSummaryReport(await loadAnnualSummaryReportInput(db, 2026), {
      number: 'ND-2026-0001',
      date: TODAY,
      office: '鼓楼街道办事处',
      operator: '张晓梅',
      revealPersonalData: false
    })
    const table = report.blocks.find((block) => block.kind === 'table')
    const cells = table?.kind === 'table' ? table.rows.map((row) => row.slice(2)) : []
    expect(cells).toEqual([
      [`${figures.incubation.residentInYear} 家`, '—'],
      [`${figures.incubation.admitted} 家`, '—'],
      [`${figures.incubation.graduated} 家`, '—'],
      [`${figures.venture.rounds.length} 个`, formatWanYuan(figures.venture.poolFen)],
      [`${figures.venture.fundedCount} 个`, formatWanYuan(figures.venture.grantedFen)],
      [`${figures.contracts.signedCount} 个`, formatWanYuan(figures.contracts.signedFen)],
      [`${figures.payments.releasedCount} 笔`, formatWanYuan(figures.payments.releasedFen)]
    ])
    expect(figures.venture.rounds.length).toBeGreaterThan(0)
    expect(figures.payments.releasedCount).toBeGreaterThan(0)
  })
})
