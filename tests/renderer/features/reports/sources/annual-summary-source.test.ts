import { beforeAll, describe, expect, it } from 'vitest'
import { buildAnnualSummaryReport } from '@shared/pdf/reports/annual-summary-report'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadAnnualSummaryReportInput } from '@renderer/features/reports/sources/annual-summary-source'
import { NOW, SAMPLE } from '../../../db/helpers'
import { officeDatabase } from '../../../helpers/office-database'

/** The loader hands over the stored rows; the input's type names only what the builder reads. */
const ids = (rows: readonly object[]) => rows.map((row) => (row as { id: string }).id).sort()

describe('loadAnnualSummaryReportInput', () => {
  let db: ShelianDatabase

  // Read-only tests over one load of the sample data.
  beforeAll(async () => {
    ;({ db } = await officeDatabase({
      officeName: '鼓楼街道办事处',
      now: () => NOW,
      registry: SAMPLE
    }))
  })

  it('reads every record the year could count, the builder deciding by their dates', async () => {
    const input = await loadAnnualSummaryReportInput(db, 2026)
    expect(input.year).toBe(2026)
    expect(ids(input.incubations)).toEqual(ids(SAMPLE.incubations))
    expect(ids(input.rounds)).toEqual(ids(SAMPLE.ventureRounds))
    expect(ids(input.projects)).toEqual(ids(SAMPLE.projects))
    expect(ids(input.agreements)).toEqual(ids(SAMPLE.agreements))
    expect(ids(input.payments)).toEqual(ids(SAMPLE.payments))
    expect(ids(input.evaluations)).toEqual(ids(SAMPLE.evaluations))
    expect(ids(input.projectEvaluations)).toEqual(ids(SAMPLE.projectEvaluations))
  })

  it('reads the applications of that year’s rounds only, for their published awards', async () => {
    const input = await loadAnnualSummaryReportInput(db, 2025)
    const rounds = new Set(
      SAMPLE.ventureRounds.filter((round) => round.year === 2025).map((round) => round.id)
    )
    expect(rounds.size).toBe(1)
    expect(ids(input.applications)).toEqual(
      ids(SAMPLE.applications.filter((row) => rounds.has(row.roundId)))
    )
    const report = buildAnnualSummaryReport(input, {
      number: 'ND-2025-0001',
      date: '2026-11-22',
      office: '鼓楼街道办事处',
      operator: '张晓梅',
      revealPersonalData: false
    })
    const funded = SAMPLE.applications.filter(
      (row) => rounds.has(row.roundId) && (row.award?.grantFen ?? 0) > 0
    ).length
    expect(report.meta.draft).toBe(false)
    expect(JSON.stringify(report.blocks)).toContain(`已公示拟资助项目 ${funded} 个`)
  })

  it('refuses a year that is not one, in Chinese', async () => {
    await expect(loadAnnualSummaryReportInput(db, 1999)).rejects.toThrow('年度有误：1999')
    await expect(loadAnnualSummaryReportInput(db, 2026.5)).rejects.toThrow('年度有误')
  })
})
