import { beforeEach, describe, expect, it } from 'vitest'
import { BulkLoadError, createRepositories, type Repositories } from '@renderer/db/repositories'
import { loadSampleData } from '@renderer/db/sample-data'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  freshDb,
  NOW,
  SAMPLE,
  SAMPLE_COUNTS,
  sequentialIds,
  snapshot,
  tickingClock
} from '../helpers'

const SAMPLE_TOTAL = Object.values(SAMPLE_COUNTS).reduce((sum, count) => sum + count, 0)

describe('bulkLoad and the sample data', () => {
  let db: ShelianDatabase
  let repos: Repositories

  beforeEach(() => {
    db = freshDb()
    repos = createRepositories(db, { now: tickingClock(), newId: sequentialIds('audit') })
  })

  it('loads the demo set exactly as generated, with one import entry per record', async () => {
    const counts = await repos.bulkLoad(SAMPLE)
    expect(counts).toEqual(SAMPLE_COUNTS)
    expect(await db.organizations.orderBy('id').toArray()).toEqual(
      [...SAMPLE.organizations].sort((a, b) => a.id.localeCompare(b.id))
    )
    await expect(repos.countTables()).resolves.toEqual({
      settings: 0,
      ...SAMPLE_COUNTS,
      auditLog: SAMPLE_TOTAL
    })
    const org = SAMPLE.organizations[0]!
    await expect(repos.organizations.history(org.id)).resolves.toEqual([
      {
        id: expect.stringMatching(/^audit-/),
        at: expect.stringMatching(/^2026-11-22T01:30:0\d\.000Z$/),
        operator: '未设置操作人',
        table: 'organizations',
        recordId: org.id,
        action: 'import'
      }
    ])
  })

  it('loads through loadSampleData with today’s date', async () => {
    await expect(loadSampleData(db, { now: () => NOW })).resolves.toEqual(SAMPLE_COUNTS)
    await expect(repos.countRecords()).resolves.toEqual(SAMPLE_COUNTS)
  })

  it('loads only into an empty registry, and then changes nothing', async () => {
    const community = SAMPLE.communities[0]!
    await db.communities.add(community)
    const before = await snapshot(db)
    await expect(repos.bulkLoad(SAMPLE)).rejects.toThrow(
      '已经有社会组织、社区、社工、孵化、公益创投、服务目录、项目、需求或资源数据，只能载入到空的数据库中'
    )
    expect(await snapshot(db)).toEqual(before)
  })

  it('refuses the whole set when one row breaks a rule, and writes nothing', async () => {
    const index = SAMPLE.organizations.findIndex((org) => org.uscc)
    const broken = {
      ...SAMPLE,
      organizations: SAMPLE.organizations.map((org, i) => {
        if (i !== index) return org
        const last = org.uscc!.slice(-1) === '0' ? '1' : '0'
        return { ...org, uscc: `${org.uscc!.slice(0, 17)}${last}` }
      })
    }
    const failure = repos.bulkLoad(broken)
    await expect(failure).rejects.toBeInstanceOf(BulkLoadError)
    await expect(failure).rejects.toThrow(
      new RegExp(`第 ${index + 1} 条社会组织（.+）：统一社会信用代码：第 18 位校验码应为`)
    )
    expect(await snapshot(db)).toEqual({
      settings: [],
      communities: [],
      organizations: [],
      socialWorkers: [],
      incubations: [],
      incubationServices: [],
      evaluations: [],
      reviewers: [],
      ventureRounds: [],
      applications: [],
      reviews: [],
      projects: [],
      catalogueItems: [],
      agreements: [],
      amendments: [],
      payments: [],
      activities: [],
      projectEvaluations: [],
      mutualEvaluations: [],
      resources: [],
      needs: [],
      needMatches: [],
      auditLog: []
    })
  })

  it('refuses references to records that are not in the set', async () => {
    const failure = repos.bulkLoad({ ...SAMPLE, communities: SAMPLE.communities.slice(1) })
    await expect(failure).rejects.toThrow('服务社区中有 1 个社区在这批数据中找不到')
    await expect(db.organizations.count()).resolves.toBe(0)
  })

  it('refuses stays whose organisation is not in the set', async () => {
    const stay = SAMPLE.incubations[0]!
    const failure = repos.bulkLoad({
      ...SAMPLE,
      organizations: SAMPLE.organizations.filter((org) => org.id !== stay.organizationId),
      socialWorkers: SAMPLE.socialWorkers.map((worker) =>
        worker.employerId === stay.organizationId ? { ...worker, employerId: null } : worker
      )
    })
    await expect(failure).rejects.toThrow('入驻的组织在这批数据中找不到')
    await expect(db.incubations.count()).resolves.toBe(0)
  })

  it('refuses a service dated outside its stay, naming the rule', async () => {
    const service = SAMPLE.incubationServices[0]!
    const stay = SAMPLE.incubations.find((candidate) => candidate.id === service.incubationId)!
    const failure = repos.bulkLoad({
      ...SAMPLE,
      incubationServices: SAMPLE.incubationServices.map((row) =>
        row === service ? { ...row, date: '2001-01-01' } : row
      )
    })
    await expect(failure).rejects.toThrow(`服务日期不能早于入驻申请日期 ${stay.appliedOn}`)
    await expect(db.incubationServices.count()).resolves.toBe(0)
  })

  it('refuses a 定稿 evaluation whose total does not match its scores', async () => {
    const index = SAMPLE.evaluations.findIndex((evaluation) => evaluation.status === '定稿')
    const failure = repos.bulkLoad({
      ...SAMPLE,
      evaluations: SAMPLE.evaluations.map((row, i) =>
        i === index ? { ...row, total: (row.total ?? 0) + 5 } : row
      )
    })
    await expect(failure).rejects.toThrow(`第 ${index + 1} 条评估：定稿评估的总分与各维度得分不符`)
  })

  it('loads the 公益创投 rows with the registry, reviews and projects after what they point at', async () => {
    await repos.bulkLoad(SAMPLE)
    const round = SAMPLE.ventureRounds[0]!
    await expect(db.ventureRounds.get(round.id)).resolves.toEqual(round)
    await expect(db.applications.where('roundId').equals(round.id).count()).resolves.toBe(
      SAMPLE.applications.filter((application) => application.roundId === round.id).length
    )
    const expert = SAMPLE.reviewers[0]!
    await expect(db.reviewers.get(expert.id)).resolves.toEqual(expert)
    await expect(db.reviews.where('reviewerId').equals(expert.id).count()).resolves.toBe(
      SAMPLE.reviews.filter((review) => review.reviewerId === expert.id).length
    )
  })

  it('refuses 公益创投 rows that point outside the set or break their round’s rules', async () => {
    const [application] = SAMPLE.applications
    const review = SAMPLE.reviews[0]!
    const project = SAMPLE.projects[0]!
    const cases: [Partial<typeof SAMPLE>, string][] = [
      [
        { ventureRounds: SAMPLE.ventureRounds.filter((r) => r.id !== application!.roundId) },
        '所属的公益创投批次在这批数据中找不到'
      ],
      [
        { reviewers: SAMPLE.reviewers.filter((r) => r.id !== review.reviewerId) },
        '评审专家在这批数据中找不到'
      ],
      [
        {
          applications: SAMPLE.applications.map((row) =>
            row === application ? { ...row, track: 'sports' } : row
          )
        },
        '申报类别“sports”不是本批次的类别'
      ],
      [
        {
          reviews: SAMPLE.reviews.map((row) =>
            row.submittedAt !== null ? { ...row, scores: { ...row.scores, need: 99 } } : row
          )
        },
        '评分表与本批次的评审项不符'
      ],
      [
        {
          projects: SAMPLE.projects.map((row) =>
            row === project ? { ...row, amountFen: row.amountFen + 1 } : row
          )
        },
        '各期拨付金额合计与资助金额不符'
      ]
    ]
    for (const [change, message] of cases) {
      await expect(repos.bulkLoad({ ...SAMPLE, ...change }), message).rejects.toThrow(message)
    }
    await expect(db.applications.count()).resolves.toBe(0)
  })

  it('loads the catalogue and every project’s delivery rows with the projects', async () => {
    await repos.bulkLoad(SAMPLE)
    const item = SAMPLE.catalogueItems[0]!
    await expect(db.catalogueItems.get(item.id)).resolves.toEqual(item)
    const project = SAMPLE.projects.find((row) => row.status === '已结项')!
    for (const table of ['agreements', 'payments', 'activities', 'projectEvaluations'] as const) {
      await expect(
        db.table(table).where('projectId').equals(project.id).count(),
        table
      ).resolves.toBe(SAMPLE[table].filter((row) => row.projectId === project.id).length)
    }
    const activity = SAMPLE.activities.find((row) => row.communityId !== null)!
    await expect(
      db.activities.where('communityId').equals(activity.communityId!).count()
    ).resolves.toBe(
      SAMPLE.activities.filter((row) => row.communityId === activity.communityId).length
    )
    await expect(repos.countRecords()).resolves.toEqual(SAMPLE_COUNTS)
  })

  it('refuses delivery rows that point outside the set or break their rules', async () => {
    const [payment] = SAMPLE.payments
    const activity = SAMPLE.activities[0]!
    const cases: [Partial<typeof SAMPLE>, string][] = [
      [
        {
          payments: SAMPLE.payments.map((row) => (row === payment ? { ...row, amountFen: 1 } : row))
        },
        '两者不符'
      ],
      [
        {
          activities: SAMPLE.activities.map((row) =>
            row === activity ? { ...row, communityId: 'elsewhere' } : row
          )
        },
        '活动社区在这批数据中找不到'
      ],
      [{ agreements: [] }, '所变更的协议在这批数据中找不到'],
      [{ catalogueItems: [] }, '购买服务目录事项中有']
    ]
    for (const [change, message] of cases) {
      await expect(repos.bulkLoad({ ...SAMPLE, ...change }), message).rejects.toThrow(message)
    }
    expect(await snapshot(db)).toEqual(
      Object.fromEntries(Object.keys(await snapshot(db)).map((table) => [table, []]))
    )
  })
})
