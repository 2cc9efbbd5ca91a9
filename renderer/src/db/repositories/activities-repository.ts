/**
 * 服务记录: the activities a project delivered (DESIGN.md §3 `activities`). Their totals become
 * the actuals of a new evaluation's indicators (project-evaluations-repository). Entered while
 * the project runs — or before signing, with a warning outside the service period — and no
 * longer once it is closed or terminated: what was delivered is then settled, so records are
 * neither added nor changed. Records entered by mistake are archived, and stop counting.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  activityDraftSchema,
  checkActivity,
  type Activity,
  type ActivityDraft,
  type ActivityFields
} from '@shared/domain/activities/activity'
import { projectWorkRefusal, type Project } from '@shared/domain/projects/project'
import type { ShelianDatabase } from '../schema'
import { draftOf, type RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

export interface ActivitiesRepository {
  /** The project exists and is not closed or terminated; a date outside its period is a warning. */
  create(input: ActivityDraft): Promise<WriteResult<Activity>>
  /** Changes the fields in `patch`; the project never changes. */
  update(id: string, patch: Partial<ActivityDraft>): Promise<WriteResult<Activity>>
  /** Takes a record entered by mistake out of the totals. */
  archive(id: string): Promise<WriteResult<Activity>>
  restore(id: string): Promise<WriteResult<Activity>>
  get(id: string): Promise<Activity | undefined>
  /** The project's records by date, archived ones included. */
  listForProject(projectId: string): Promise<Activity[]>
  /** A community's records across projects, by date, archived ones included. */
  listForCommunity(communityId: string): Promise<Activity[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '服务记录'
const DRAFT_FIELDS = Object.keys(activityDraftSchema.shape)

/** Why the project's records cannot be added or changed now (it has ended), or null. */
function projectRefusal(project: Project | undefined): string | null {
  return project ? projectWorkRefusal(project, 'recordActivities') : '项目不存在'
}

export function createActivitiesRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ActivitiesRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<Activity>(db, { table: 'activities', label: LABEL, now, newId })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [db.activities, db.projects, db.communities, db.socialWorkers, db.settings, db.auditLog],
      body
    )

  /**
   * For archive and restore: the project still takes changes. A Dexie promise, not an async
   * function, because record-store awaits it inside the transaction.
   */
  function stillOpen(activity: Activity): Promise<void> {
    return db.projects.get(activity.projectId).then((project) => {
      const refusal = projectRefusal(project)
      if (refusal) refuse(refusal, 'projectId')
    })
  }

  /**
   * The rule (with the project's period), then what it names: the community and the social
   * workers exist; one outside the project's communities or team is a warning.
   */
  async function checked(input: unknown, at: Date) {
    const projectId = (input as { projectId?: unknown }).projectId
    const project = typeof projectId === 'string' ? await db.projects.get(projectId) : undefined
    const result = checkActivity(input, todayInChina(at), project ?? null)
    if (!result.ok) throw new RecordValidationError(result.issues)
    const fields: ActivityFields = result.value
    const refusal = projectRefusal(project)
    if (refusal) refuse(refusal, 'projectId')
    const open = project!
    const warnings: FieldIssue[] = [...result.warnings]
    if (fields.communityId !== null) {
      const community = await db.communities.get(fields.communityId)
      if (!community) refuse('社区不存在', 'communityId')
      if (open.communityIds.length > 0 && !open.communityIds.includes(community.id)) {
        warnings.push({
          field: 'communityId',
          level: 'warning',
          message: `${community.name}不在项目的服务社区内`
        })
      }
    }
    const workers = await db.socialWorkers.bulkGet(fields.socialWorkerIds)
    const outside: string[] = []
    workers.forEach((worker, index) => {
      if (!worker) refuse('该社工不存在', `socialWorkerIds.${index}`)
      if (open.socialWorkerIds.length > 0 && !open.socialWorkerIds.includes(worker.id)) {
        outside.push(worker.name)
      }
    })
    if (outside.length > 0) {
      warnings.push({
        field: 'socialWorkerIds',
        level: 'warning',
        message: `${outside.join('、')}不在项目的服务团队中`
      })
    }
    return { fields, warnings }
  }

  return {
    create: (input) =>
      write(async () => {
        const at = now()
        const { fields, warnings } = await checked(input, at)
        const activity: Activity = { ...fields, ...store.stamp(at) }
        await store.add(activity, `登记服务记录：${fields.title}`)
        return { record: activity, warnings }
      }),

    update: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        if ('projectId' in patch && patch.projectId !== before.projectId) {
          refuse('服务记录所属的项目不能修改', 'projectId')
        }
        const at = now()
        const { fields, warnings } = await checked(
          { ...draftOf(before, DRAFT_FIELDS), ...patch },
          at
        )
        const after: Activity = { ...before, ...fields, updatedAt: at.toISOString() }
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings }
      }),

    archive: (id) => write(() => store.setArchived(id, true, stillOpen)),
    restore: (id) => write(() => store.setArchived(id, false, stillOpen)),
    get: (id) => db.activities.get(id),
    listForProject: (projectId) =>
      db.activities.where('projectId').equals(projectId).sortBy('date'),
    listForCommunity: (communityId) =>
      db.activities.where('communityId').equals(communityId).sortBy('date'),
    history: store.history
  }
}
