import { beforeEach, describe, expect, it } from 'vitest'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { yuan } from '@shared/domain/money'
import { newRoundDraft } from '@shared/domain/venture/round'
import { activity, pendingPurchase, runningProject } from '../../helpers/project-seed'
import {
  community,
  linkageDatabase,
  needRow,
  organization,
  resource,
  worker
} from '../../helpers/linkage-seed'

const ARCHIVED = { archivedAt: '2026-01-01T00:00:00.000Z' }

/**
 * Three communities in use — 安泰社区 (安泰街道), 华侨路社区 and 宁海路社区 (鼓楼街道) — and one
 * archived. 华侨路 has org-1 and org-x, workers 1–3, the running project-1 and a need of 25;
 * 宁海路 has org-x, worker-4, the 待签约 purchase and only a resolved need; 安泰 has loud needs
 * (30, 22) and a small one, no organisation (one 注销), no worker and no covering project (one
 * 已结项, one archived).
 */
async function coveredDatabase() {
  const { db, repos } = await linkageDatabase()
  await db.communities.bulkAdd([
    community('community-3', '安泰社区', { subdistrict: '安泰街道' }),
    community('community-4', '已撤并社区', ARCHIVED)
  ])
  await db.organizations.bulkAdd([
    organization('org-x', '鼓楼邻里中心', { communityIds: ['community-1', 'community-2'] }),
    organization('org-z', '安泰老年协会', {
      communityIds: ['community-3'],
      registrationStatus: '注销'
    })
  ])
  await db.socialWorkers.add(
    worker('worker-4', '周慧', { certNo: 'SW-2023-0004', communityIds: ['community-2'] })
  )
  await db.projects.bulkAdd([
    pendingPurchase({ communityIds: ['community-2'] }),
    runningProject({
      id: 'project-closed',
      title: '安泰社区四点半课堂',
      communityIds: ['community-3'],
      status: '已结项',
      closedOn: '2026-06-30'
    }),
    runningProject({
      id: 'project-archived',
      title: '录错的项目',
      communityIds: ['community-3'],
      socialWorkerIds: ['worker-2'],
      ...ARCHIVED
    }),
    runningProject({
      id: 'project-both',
      title: '两社区睦邻节',
      communityIds: ['community-1', 'community-2'],
      approvedOn: '2025-03-01',
      status: '已结项',
      closedOn: '2025-12-31'
    })
  ])
  await db.needs.bulkAdd([
    needRow('need-1', '独居老人助餐', {
      raisedBy: 25,
      status: '已对接',
      projectIds: ['project-purchase']
    }),
    needRow('need-2', '老旧小区加装电梯', { communityId: 'community-3', raisedBy: 30 }),
    needRow('need-3', '垃圾分类指导', { communityId: 'community-3', raisedBy: 5 }),
    needRow('need-4', '儿童托管', {
      communityId: 'community-2',
      raisedBy: 40,
      status: '已解决',
      resolution: '托管班已开班'
    }),
    needRow('need-5', '老人吃饭难', { raisedBy: 12, mergedIntoId: 'need-1', ...ARCHIVED }),
    needRow('need-6', '停车难', { communityId: 'community-3', raisedBy: 22 }),
    needRow('need-7', '楼道照明', { raisedBy: 8, status: '已解决', resolution: '已更换灯具' })
  ])
  await db.resources.bulkAdd([
    resource('resource-1', '社区活动室', { communityIds: ['community-1'] }),
    resource('resource-2', '全街道法律咨询', { communityIds: [] }),
    resource('resource-3', '旧仓库', { communityIds: ['community-1'], ...ARCHIVED })
  ])
  await db.activities.bulkAdd([
    activity('activity-1', { volunteers: 6, volunteerHours: 18 }),
    // No community: counted where its project's only community is.
    activity('activity-2', { communityId: null, volunteers: 2, volunteerHours: 3.5 }),
    activity('activity-3', { communityId: 'community-2', volunteers: 4, volunteerHours: 8 }),
    activity('activity-4', { volunteers: 9, volunteerHours: 9, ...ARCHIVED }),
    activity('activity-5', { date: '2025-05-01', volunteers: 10, volunteerHours: 20 }),
    // No community, and its project has two: 未指定社区.
    activity('activity-6', {
      projectId: 'project-both',
      communityId: null,
      date: '2026-05-01',
      volunteers: 3,
      volunteerHours: 6
    }),
    activity('activity-7', { volunteers: 0, volunteerHours: 0 })
  ])
  return { db, repos }
}

describe('linkage reads', () => {
  let db: ShelianDatabase
  let repos: Repositories

  beforeEach(async () => {
    ;({ db, repos } = await coveredDatabase())
  })

  describe('coverage', () => {
    it('counts organisations, workers, covering projects and open needs per community in use', async () => {
      const { matrix } = await repos.linkage.coverage()
      expect(matrix.rows).toEqual([
        {
          communityId: 'community-3',
          name: '安泰社区',
          district: '鼓楼区',
          subdistrict: '安泰街道',
          organizationIds: [],
          socialWorkerIds: [],
          projectIds: [],
          openNeedIds: ['need-2', 'need-3', 'need-6'],
          openDemand: 57
        },
        {
          communityId: 'community-1',
          name: '华侨路社区',
          district: '鼓楼区',
          subdistrict: '鼓楼街道',
          organizationIds: ['org-1', 'org-x'],
          socialWorkerIds: ['worker-1', 'worker-2', 'worker-3'],
          projectIds: ['project-1'],
          openNeedIds: ['need-1'],
          openDemand: 25
        },
        {
          communityId: 'community-2',
          name: '宁海路社区',
          district: '鼓楼区',
          subdistrict: '鼓楼街道',
          organizationIds: ['org-x'],
          socialWorkerIds: ['worker-4'],
          projectIds: ['project-purchase'],
          openNeedIds: [],
          openDemand: 0
        }
      ])
      // Each organisation, worker and project once, however many communities it reaches.
      expect(matrix.totals).toEqual({
        communities: 3,
        organizations: 2,
        socialWorkers: 4,
        projects: 2,
        openNeeds: 4,
        openDemand: 82
      })
    })

    it('names the communities with loud open needs and no project, and those no one reaches', async () => {
      const { gaps } = await repos.linkage.coverage()
      expect(gaps).toEqual({
        unmetDemand: [
          {
            communityId: 'community-3',
            name: '安泰社区',
            needs: [
              { id: 'need-2', name: '老旧小区加装电梯', raisedBy: 30 },
              { id: 'need-6', name: '停车难', raisedBy: 22 }
            ],
            demand: 52
          }
        ],
        unreached: [
          {
            communityId: 'community-3',
            name: '安泰社区',
            noOrganization: true,
            noSocialWorker: true
          }
        ]
      })
      const stricter = await repos.linkage.coverage(25)
      expect(stricter.gaps.unmetDemand).toEqual([
        {
          communityId: 'community-3',
          name: '安泰社区',
          needs: [{ id: 'need-2', name: '老旧小区加装电梯', raisedBy: 30 }],
          demand: 30
        }
      ])
    })

    it('follows a match: a project for the gap closes it', async () => {
      await db.projects.update('project-closed', {
        status: '执行中',
        closedOn: null
      })
      const { matrix, gaps } = await repos.linkage.coverage()
      expect(matrix.rows[0]!.projectIds).toEqual(['project-closed'])
      expect(gaps.unmetDemand).toEqual([])
    })
  })

  describe('one community', () => {
    it('gathers who serves it, its projects, ranked needs, resources and volunteer hours', async () => {
      const links = await repos.linkage.community('community-1')
      expect(links.community).toMatchObject({ id: 'community-1', name: '华侨路社区' })
      expect(links.organizations.map((org) => org.id).sort()).toEqual(['org-1', 'org-x'])
      expect(links.socialWorkers.map(({ worker, workload }) => [worker.id, workload])).toEqual([
        ['worker-1', 1],
        ['worker-2', 0],
        ['worker-3', 0]
      ])
      // Its own, any status, and the purchase elsewhere that answers its need; newest first.
      expect(links.projects.map((project) => project.id)).toEqual([
        'project-purchase',
        'project-1',
        'project-both'
      ])
      expect(links.needs.map(({ need, rank }) => [need.id, rank])).toEqual([['need-1', 1]])
      expect(links.resolvedNeeds.map((need) => need.id)).toEqual(['need-7'])
      expect(links.resources.map((row) => row.id)).toEqual(['resource-1'])
      expect(links.volunteerHours).toEqual({ hours: 41.5, volunteerVisits: 18, activities: 3 })
    })

    it('draws the linkage graph in columns, linking the need to the project that answers it', async () => {
      const { graph } = await repos.linkage.community('community-1')
      expect(graph.columns.map((column) => column.label)).toEqual([
        '社区',
        '社会组织',
        '社会工作者',
        '项目',
        '需求',
        '资源'
      ])
      expect(graph.nodes.map((node) => node.id).sort()).toEqual(
        [
          'community:community-1',
          'need:need-1',
          'need:need-7',
          'organization:org-1',
          'organization:org-x',
          'project:project-1',
          'project:project-both',
          'project:project-purchase',
          'resource:resource-1',
          'socialWorker:worker-1',
          'socialWorker:worker-2',
          'socialWorker:worker-3'
        ].sort()
      )
      expect(graph.edges).toContainEqual({
        from: 'project:project-purchase',
        to: 'need:need-1',
        label: '回应'
      })
      expect(graph.edges).toContainEqual({
        from: 'organization:org-1',
        to: 'socialWorker:worker-1',
        label: '聘用'
      })
    })

    it('shows a project 立项 from a draft application a need was matched to', async () => {
      const { record: round } = await repos.ventureRounds.create(newRoundDraft(2027, yuan(500_000)))
      const { record: match } = await repos.needMatches.matchToNewApplication('need-2', {
        roundId: round.id,
        organizationId: 'org-1',
        socialWorkerIds: [],
        resourceIds: [],
        note: null
      })
      await db.projects.add(
        runningProject({
          id: 'project-venture',
          title: '安泰社区加装电梯协商项目',
          communityIds: [],
          origin: { kind: 'venture', roundId: round.id, applicationId: match.applicationId! }
        })
      )
      // The need was written before 立项, so its stored projectIds do not name the project.
      expect((await db.needs.get('need-2'))!.projectIds).toEqual([])
      const links = await repos.linkage.community('community-3')
      expect(links.projects.map((project) => project.id)).toEqual([
        'project-closed',
        'project-venture'
      ])
      expect(links.graph.edges).toContainEqual({
        from: 'project:project-venture',
        to: 'need:need-2',
        label: '回应'
      })
    })

    it('gives empty links for an unknown community', async () => {
      const links = await repos.linkage.community('community-9')
      expect(links).toMatchObject({
        community: null,
        organizations: [],
        socialWorkers: [],
        projects: [],
        needs: [],
        resources: [],
        volunteerHours: { hours: 0, volunteerVisits: 0, activities: 0 }
      })
      expect(links.graph.nodes).toEqual([])
    })
  })

  it('counts the 执行中 projects of each social worker, archived projects left out', async () => {
    expect(await repos.linkage.workload()).toEqual(new Map([['worker-1', 1]]))
  })

  it('rolls volunteer hours up per community, for a year or all, 未指定社区 last', async () => {
    expect(await repos.linkage.volunteerHours(2026)).toEqual([
      {
        communityId: 'community-1',
        name: '华侨路社区',
        hours: 21.5,
        volunteerVisits: 8,
        activities: 2
      },
      {
        communityId: 'community-2',
        name: '宁海路社区',
        hours: 8,
        volunteerVisits: 4,
        activities: 1
      },
      { communityId: null, name: '未指定社区', hours: 6, volunteerVisits: 3, activities: 1 }
    ])
    expect((await repos.linkage.volunteerHours(null))[0]).toEqual({
      communityId: 'community-1',
      name: '华侨路社区',
      hours: 41.5,
      volunteerVisits: 18,
      activities: 3
    })
  })
})
