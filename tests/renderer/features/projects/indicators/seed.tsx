/**
 * A running project to show a delivery tab on: two communities and two social workers written
 * straight into Dexie, a 执行中 公益创投 project (2026-03-01 – 2027-02-28) serving the first
 * community with the first worker, and the tab rendered over the project as stored, so a save
 * shows up the way it does on the project page.
 */
import type { ComponentType } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ShelianDatabase } from '@renderer/db/schema'
import type { Activity } from '@shared/domain/activities/activity'
import type { Community } from '@shared/domain/communities/community'
import type { Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { pinyinKeys } from '@shared/text/pinyin'
import { NOW } from '../../../db/helpers'
import { officeDatabase } from '../../../helpers/office-database'
import { renderApp } from '../../../helpers/render-app'

const STAMP = {
  createdAt: '2026-03-01T01:30:00.000Z',
  updatedAt: '2026-03-01T01:30:00.000Z',
  archivedAt: null
}

export const COMMUNITIES = [
  { id: 'community-1', name: '华侨路社区' },
  { id: 'community-2', name: '宁海路社区' }
] as const
export const WORKERS = [
  { id: 'worker-1', name: '李娜' },
  { id: 'worker-2', name: '王芳' }
] as const

export const PROJECT_ID = 'project-1'

export async function deliveryDatabase(project: Partial<Project> = {}) {
  const { db, repos } = await officeDatabase({ officeName: '鼓楼街道办事处', now: () => NOW })
  await db.communities.bulkAdd(
    COMMUNITIES.map(({ id, name }): Community => ({
      id,
      name,
      subdistrict: '鼓楼街道',
      district: '鼓楼区',
      divisionCode: null,
      households: 3000,
      population: 8000,
      grids: 10,
      ...pinyinKeys(name),
      ...STAMP
    }))
  )
  await db.socialWorkers.bulkAdd(
    WORKERS.map(({ id, name }): SocialWorker => ({
      id,
      name,
      gender: '女',
      certLevel: '社会工作师',
      certNo: null,
      registrationValidUntil: null,
      employerId: null,
      communityIds: [],
      specialties: [],
      phone: null,
      idNumber: null,
      ...pinyinKeys(name),
      ...STAMP
    }))
  )
  await db.projects.add({
    id: PROJECT_ID,
    channel: '公益创投',
    origin: { kind: 'venture', roundId: 'round-1', applicationId: 'application-1' },
    organizationId: 'org-1',
    title: '银龄互助探访',
    category: '为老服务',
    communityIds: ['community-1'],
    amountFen: 6_000_000,
    matchingFen: 0,
    tranches: [{ no: 1, percent: 100, gate: 'signing', amountFen: 6_000_000 }],
    approvedOn: '2026-02-10',
    status: '执行中',
    startOn: '2026-03-01',
    endOn: '2027-02-28',
    indicators: [],
    socialWorkerIds: ['worker-1'],
    purchase: null,
    closedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...STAMP,
    ...project
  })
  return { db, repos }
}

/** An activity of the project, written straight into Dexie. */
export function activity(id: string, patch: Partial<Activity> = {}): Activity {
  return {
    id,
    projectId: PROJECT_ID,
    date: '2026-04-18',
    communityId: 'community-1',
    title: '重阳节敬老活动',
    participants: 40,
    volunteers: 6,
    volunteerHours: 18,
    socialWorkerIds: ['worker-1'],
    note: null,
    ...STAMP,
    ...patch
  }
}

/** `Tab` over the project as stored, as the project page hands it down. */
export function renderTab(db: ShelianDatabase, Tab: ComponentType<{ project: Project }>) {
  function LiveTab() {
    const project = useLiveQuery(() => db.projects.get(PROJECT_ID), [])
    return project ? <Tab project={project} /> : null
  }
  return renderApp(<LiveTab />, { db })
}
