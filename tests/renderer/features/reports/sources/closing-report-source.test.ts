import { beforeEach, describe, expect, it } from 'vitest'
import type { MutualEvaluation } from '@shared/domain/evaluations/mutual-evaluation'
import { buildClosingReport } from '@shared/pdf/reports/closing-report'
import { loadClosingReportInput } from '@renderer/features/reports/sources/closing-report-source'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  activity,
  AGREEMENT_ID,
  deliveryDatabase,
  finalized,
  PASSING,
  PROJECT_ID,
  PROVIDER,
  runningProject,
  STAMP,
  tranches
} from '../../../helpers/project-seed'

const ARCHIVED = '2026-05-01T00:00:00.000Z'

/** A 双向评估 of the running project still being filled (it belongs to the project all the same). */
const mutual = (id: string, projectId = PROJECT_ID): MutualEvaluation => ({
  id,
  ...STAMP,
  projectId,
  periodLabel: '2026年度',
  periodStart: '2026-03-01',
  periodEnd: '2027-02-28',
  obligations: [],
  sheets: [
    { side: 'purchaser', rater: '', scores: [], submittedAt: null },
    { side: 'provider', rater: '', scores: [], submittedAt: null }
  ],
  status: '草稿',
  finalizedAt: null,
  finalizedBy: null
})

describe('loadClosingReportInput', () => {
  let db: ShelianDatabase

  beforeEach(async () => {
    ;({ db } = await deliveryDatabase(
      runningProject({ communityIds: ['community-1', 'community-2'] })
    ))
    // Another project's records, which must not leak into this one's report.
    await db.projects.add(runningProject({ id: 'project-2', title: '四点半课堂' }))
    await db.payments.bulkAdd([
      ...tranches({ 1: { status: '已拨付', paidOn: '2026-03-15', voucherNo: 'PZ-001' } }),
      { ...tranches()[0]!, id: 'payment-other', projectId: 'project-2' }
    ])
    await db.activities.bulkAdd([
      activity('a-2', { date: '2026-06-15' }),
      activity('a-1', { date: '2026-04-10', archivedAt: ARCHIVED }),
      activity('a-other', { projectId: 'project-2' })
    ])
    await db.projectEvaluations.bulkAdd([
      finalized('evaluation-1', PASSING, { total: 100, grade: '优秀', passed: true }),
      finalized(
        'evaluation-other',
        PASSING,
        { total: 100, grade: '优秀', passed: true },
        {
          projectId: 'project-2'
        }
      )
    ])
    await db.mutualEvaluations.bulkAdd([mutual('mutual-1'), mutual('mutual-other', 'project-2')])
  })

  it('reads the project, its provider, live agreement, communities and what hangs off it', async () => {
    const input = await loadClosingReportInput(db, PROJECT_ID)
    expect(input.project.id).toBe(PROJECT_ID)
    expect(input.organization).toMatchObject({ id: PROVIDER.id, name: PROVIDER.name })
    expect(input.agreement).toMatchObject({ id: AGREEMENT_ID, number: 'GL-CT-2026-001' })
    expect(input.communities.map((community) => community.name)).toEqual([
      '华侨路社区',
      '宁海路社区'
    ])
    expect(input.payments.map((payment) => payment.id)).toEqual([
      'payment-1',
      'payment-2',
      'payment-3'
    ])
    // Archived records are read too: the builder leaves them out, as the domain totals do.
    expect(input.activities.map((row) => row.id)).toEqual(['a-1', 'a-2'])
    expect(input.evaluations.map((row) => row.id)).toEqual(['evaluation-1'])
    expect(input.mutualEvaluations.map((row) => row.id)).toEqual(['mutual-1'])
  })

  it('leaves the agreement out while there is only an archived one', async () => {
    await db.agreements.update(AGREEMENT_ID, { archivedAt: ARCHIVED })
    expect((await loadClosingReportInput(db, PROJECT_ID)).agreement).toBeNull()
  })

  it('gives the builder what it needs for a whole report', async () => {
    const report = buildClosingReport(await loadClosingReportInput(db, PROJECT_ID), {
      number: 'JX-2026-0001',
      date: '2026-11-22',
      office: '鼓楼街道办事处',
      operator: '张晓梅',
      revealPersonalData: false
    })
    expect(report.meta).toMatchObject({ subtitle: '银龄互助探访', draft: true })
    expect(report.parties[0]).toEqual({ label: '资助方', value: '鼓楼街道办事处' })
  })

  it('refuses a project that does not exist, in Chinese', async () => {
    await expect(loadClosingReportInput(db, 'project-missing')).rejects.toThrow('找不到该项目')
  })
})
