import { beforeEach, describe, expect, it } from 'vitest'
import type { ActivityDraft } from '@shared/domain/activities/activity'
import { createActivitiesRepository } from '@renderer/db/repositories/activities-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { deliveryDatabase } from '../../helpers/project-seed'
import { expectRefused, sequentialIds, tickingClock } from '../helpers'

const DRAFT: ActivityDraft = {
  projectId: 'project-1',
  date: '2026-10-12',
  communityId: 'community-1',
  title: '重阳节长者茶话会',
  participants: 60,
  volunteers: 6,
  volunteerHours: 18,
  socialWorkerIds: ['worker-1'],
  note: null
}

describe('activities repository', () => {
  let db: ShelianDatabase
  let activities: ReturnType<typeof createActivitiesRepository>

  beforeEach(async () => {
    ;({ db } = await deliveryDatabase())
    activities = createActivitiesRepository(db, {
      now: tickingClock(),
      newId: sequentialIds('activity')
    })
  })

  it('records an activity of a running project, audited', async () => {
    const { record, warnings } = await activities.create(DRAFT)
    expect(warnings).toEqual([])
    expect(record).toMatchObject({ ...DRAFT, id: 'activity-1', archivedAt: null })
    expect(await db.activities.get(record.id)).toEqual(record)
    const [entry] = await activities.history(record.id)
    expect(entry).toMatchObject({
      action: 'create',
      operator: '张晓梅',
      summary: '登记服务记录：重阳节长者茶话会'
    })
    expect((await activities.listForProject('project-1')).map((a) => a.id)).toEqual(['activity-1'])
    expect((await activities.listForCommunity('community-1')).map((a) => a.id)).toEqual([
      'activity-1'
    ])
  })

  it('warns about a date outside the service period, a community and a worker outside the project', async () => {
    await db.projects.update('project-1', { startOn: '2026-03-01', endOn: '2026-09-30' })
    const { warnings } = await activities.create({
      ...DRAFT,
      communityId: 'community-2',
      socialWorkerIds: ['worker-1', 'worker-2']
    })
    expect(warnings).toEqual([
      {
        field: 'date',
        level: 'warning',
        message: '活动日期 2026-10-12 晚于项目服务期结束日 2026-09-30'
      },
      { field: 'communityId', level: 'warning', message: '宁海路社区不在项目的服务社区内' },
      { field: 'socialWorkerIds', level: 'warning', message: '王芳不在项目的服务团队中' }
    ])
  })

  it('accepts a project before signing, whose period is not settled yet', async () => {
    await db.projects.update('project-1', { status: '待签约', startOn: null, endOn: null })
    const { warnings } = await activities.create(DRAFT)
    expect(warnings).toEqual([])
  })

  it('refuses an activity on a terminated or closed project', async () => {
    await db.projects.update('project-1', {
      status: '已终止',
      terminatedOn: '2026-10-01',
      terminationReason: '承接组织注销'
    })
    await expectRefused(
      db,
      () => activities.create(DRAFT),
      '项目已终止，不能再登记或修改服务记录',
      'projectId'
    )
    await db.projects.update('project-1', {
      status: '已结项',
      closedOn: '2026-10-01',
      terminatedOn: null,
      terminationReason: null
    })
    await expectRefused(db, () => activities.create(DRAFT), '项目已结项，不能再登记或修改服务记录')
  })

  it('refuses a missing project, community or social worker', async () => {
    await expectRefused(
      db,
      () => activities.create({ ...DRAFT, projectId: 'project-9' }),
      '项目不存在'
    )
    await expectRefused(
      db,
      () => activities.create({ ...DRAFT, communityId: 'community-9' }),
      '社区不存在',
      'communityId'
    )
    await expectRefused(
      db,
      () => activities.create({ ...DRAFT, socialWorkerIds: ['worker-1', 'worker-9'] }),
      '该社工不存在',
      'socialWorkerIds.1'
    )
  })

  it('refuses what the record’s own rule refuses (hours without volunteers, a future date)', async () => {
    await expectRefused(
      db,
      () => activities.create({ ...DRAFT, volunteers: 0, volunteerHours: 4 }),
      '记录了志愿服务时长 4 小时，请填写志愿者人次',
      'volunteers'
    )
    await expectRefused(
      db,
      () => activities.create({ ...DRAFT, date: '2026-11-23' }),
      '活动日期 2026-11-23 晚于今天'
    )
  })

  it('updates the fields of a record but never its project', async () => {
    const { record } = await activities.create(DRAFT)
    const { record: updated } = await activities.update(record.id, { participants: 72 })
    expect(updated.participants).toBe(72)
    expect((await activities.history(record.id)).at(-1)).toMatchObject({
      action: 'update',
      changes: { participants: [60, 72] }
    })
    await expectRefused(
      db,
      () => activities.update(record.id, { projectId: 'project-2' }),
      '服务记录所属的项目不能修改'
    )
  })

  it('archives and restores a record, but changes nothing once the project is closed', async () => {
    const { record } = await activities.create(DRAFT)
    expect((await activities.archive(record.id)).record.archivedAt).not.toBeNull()
    await expectRefused(
      db,
      () => activities.update(record.id, { participants: 1 }),
      '这条服务记录已归档'
    )
    expect((await activities.restore(record.id)).record.archivedAt).toBeNull()

    await db.projects.update('project-1', { status: '已结项', closedOn: '2026-11-20' })
    await expectRefused(db, () => activities.update(record.id, { participants: 1 }), '项目已结项')
    await expectRefused(db, () => activities.archive(record.id), '项目已结项')
  })
})
