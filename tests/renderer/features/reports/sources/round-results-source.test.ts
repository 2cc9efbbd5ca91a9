import { beforeAll, describe, expect, it } from 'vitest'
import type { ReportBlock } from '@shared/pdf/report-model'
import { buildPublicityListReport } from '@shared/pdf/reports/publicity-list-report'
import { buildReviewResultsReport } from '@shared/pdf/reports/review-results-report'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadRoundResultsReportInput } from '@renderer/features/reports/sources/round-results-source'
import { NOW, SAMPLE } from '../../../db/helpers'
import { officeDatabase } from '../../../helpers/office-database'

const context = {
  number: 'PS-2026-0001',
  date: '2026-11-22',
  office: '鼓楼街道办事处',
  operator: '张晓梅',
  revealPersonalData: false
}

/** The sample rounds: last year's 已立项, this year's 评审中. */
const approved = SAMPLE.ventureRounds.find((round) => round.status === '已立项')!
const inReview = SAMPLE.ventureRounds.find((round) => round.status === '评审中')!

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id).sort()

describe('loadRoundResultsReportInput', () => {
  let db: ShelianDatabase
  let repos: Repositories

  // Read-only tests over one load of the sample data.
  beforeAll(async () => {
    ;({ db, repos } = await officeDatabase({
      officeName: '鼓楼街道办事处',
      now: () => NOW,
      registry: SAMPLE
    }))
  })

  it("reads the round's applications and reviews with the results the repository computes", async () => {
    const input = await loadRoundResultsReportInput(db, approved.id)
    expect(input.round).toEqual(approved)
    expect(ids(input.applications)).toEqual(
      ids(SAMPLE.applications.filter((row) => row.roundId === approved.id))
    )
    expect(ids(input.reviews)).toEqual(
      ids(SAMPLE.reviews.filter((row) => row.roundId === approved.id))
    )
    expect(input.results).toEqual(await repos.ventureRounds.results(approved.id))
  })

  it('reads exactly the applicants and the experts the round names', async () => {
    const input = await loadRoundResultsReportInput(db, inReview.id)
    const applicants = new Set(
      SAMPLE.applications
        .filter((row) => row.roundId === inReview.id)
        .map((row) => row.organizationId)
    )
    const experts = new Set(
      SAMPLE.reviews.filter((row) => row.roundId === inReview.id).map((row) => row.reviewerId)
    )
    expect(ids(input.organizations)).toEqual([...applicants].sort())
    expect(ids(input.reviewers)).toEqual([...experts].sort())
  })

  it('feeds both builders: final once published, a draft while in review', async () => {
    const published = await loadRoundResultsReportInput(db, approved.id)
    expect(buildReviewResultsReport(published, context).meta.draft).toBe(false)
    const list = buildPublicityListReport(published, context)
    expect(list.meta.draft).toBe(false)
    const funded = SAMPLE.applications.filter(
      (row) => row.roundId === approved.id && (row.award?.grantFen ?? 0) > 0
    )
    const table = list.blocks.find(
      (block): block is Extract<ReportBlock, { kind: 'table' }> => block.kind === 'table'
    )!
    expect(table.rows.map((row) => row[2]).sort()).toEqual(funded.map((row) => row.title).sort())
    const pending = await loadRoundResultsReportInput(db, inReview.id)
    expect(buildReviewResultsReport(pending, context).meta.draft).toBe(true)
  })

  it('refuses a round that does not exist, in Chinese', async () => {
    await expect(loadRoundResultsReportInput(db, 'round-missing')).rejects.toThrow(
      '找不到该公益创投批次'
    )
  })
})
