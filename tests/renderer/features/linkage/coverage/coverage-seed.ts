/**
 * A hand-built 三社联动 database for the coverage and community screens, on the delivery
 * database: 华侨路社区 (community-1) is served by org-1 and workers 1–3 and has the running
 * project-1 answering its need 独居老人助餐 (35 residents); 宁海路社区 (community-2) is served by
 * nobody and has two open needs, 青少年课后服务 (30, high demand) and 楼道堆物治理 (6). Two
 * resources are offered to 华侨路社区, and its volunteers served 18 hours in 2026 and 8.5 in 2025.
 */
import { activity, deliveryDatabase, PROVIDER } from '../../../helpers/project-seed'
import { matchRow, needRow, resource } from '../../../helpers/linkage-seed'

export async function coverageDatabase() {
  const { db } = await deliveryDatabase()
  await db.needs.bulkAdd([
    needRow('need-1', '独居老人助餐', {
      raisedBy: 35,
      status: '已对接',
      projectIds: ['project-1']
    }),
    needRow('need-2', '青少年课后服务', {
      communityId: 'community-2',
      category: '青少年服务',
      raisedBy: 30
    }),
    needRow('need-3', '楼道堆物治理', {
      communityId: 'community-2',
      category: '社区治理',
      raisedBy: 6
    }),
    needRow('need-4', '路灯维修', { raisedBy: 50, status: '已解决', resolution: '已修复' })
  ])
  await db.needMatches.add(matchRow('match-1', 'need-1', { organizationId: PROVIDER.id }))
  await db.resources.bulkAdd([
    resource('resource-1', '社区活动室（周末）', {
      providerKind: '社会组织',
      organizationId: PROVIDER.id,
      providerName: PROVIDER.name
    }),
    resource('resource-2', '大学生助老志愿队', {
      providerKind: '志愿服务队',
      providerName: '福建师大青年志愿者协会',
      type: '志愿者',
      capacity: '每月 2 次，每次 8 人'
    })
  ])
  await db.activities.bulkAdd([
    activity('activity-1'),
    activity('activity-2', { date: '2025-06-01', volunteers: 4, volunteerHours: 8.5 })
  ])
  return db
}
