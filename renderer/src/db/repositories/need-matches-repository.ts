/**
 * 对接 (issue #7 §5): a need linked to a project, or to a draft application for a round
 * prefilled from the need, with the organisation, social workers and resources it brings
 * together; 撤销 with a reason; and the explained suggestions of whom to ask.
 *
 * A match and the need's new status and projects are written in one transaction, as are a new
 * application and its match (through the applications repository's `create`, which joins it):
 * a refusal anywhere leaves every table as it was. The need moves by NEED_WORKFLOW's 对接
 * (performNeedAction) after a match, by `statusAfterMatches` after a withdrawal.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  gradeRecords,
  needCommunity,
  suggestOrganizations,
  suggestResources,
  suggestSocialWorkers,
  type Suggestion
} from '@shared/domain/linkage/matching'
import {
  needClosedRefusal,
  needStatusRefusal,
  performNeedAction,
  statusAfterMatches,
  type Need
} from '@shared/domain/linkage/need'
import { applicationDraftFromNeed } from '@shared/domain/linkage/need-application'
import {
  activeMatches,
  checkMatch,
  newMatch,
  withdrawMatch,
  type MatchDraft,
  type NeedMatch
} from '@shared/domain/linkage/need-match'
import { workloadByOrganization, workloadByWorker } from '@shared/domain/social-workers/workload'
import type { ShelianDatabase } from '../schema'
import { createApplicationsRepository } from './applications-repository'
import { currentOperator } from './audit-log'
import { linkedProjectIds, needActionLabel } from './needs-repository'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

/** What 新建申报书并对接 asks for besides the need. */
export interface NewApplicationMatchInput {
  roundId: string
  organizationId: string
  socialWorkerIds: string[]
  resourceIds: string[]
  note: string | null
}

export interface NeedSuggestions {
  organizations: Suggestion[]
  socialWorkers: Suggestion[]
  resources: Suggestion[]
}

export interface NeedMatchesRepository {
  /**
   * Links the need to an existing project — or, with `target: 'application'`, to an existing
   * 草稿 / 已提交 application; need status/projectIds updated; one transaction. The need is
   * `needId` (a `needId` in the draft is ignored).
   */
  matchToProject(
    needId: string,
    input: Omit<MatchDraft, 'needId'> & { needId?: string }
  ): Promise<WriteResult<NeedMatch>>
  /**
   * Creates a 草稿 application in `roundId` prefilled from the need (applicationDraftFromNeed,
   * saved through the applications repository's create inside the same transaction) and the
   * match to it; returns the match (its applicationId names the new application). Warnings are
   * the application's and the match's.
   */
  matchToNewApplication(
    needId: string,
    input: NewApplicationMatchInput
  ): Promise<WriteResult<NeedMatch>>
  /** 撤销 with a reason; the need steps back to 待对接 when no active match remains. */
  withdraw(id: string, reason: string): Promise<WriteResult<NeedMatch>>
  get(id: string): Promise<NeedMatch | undefined>
  /** Newest first, withdrawn included. */
  listForNeed(needId: string): Promise<NeedMatch[]>
  /**
   * Newest first, withdrawn included: the matches naming the project, and those naming the
   * application a 公益创投 project was 立项 from.
   */
  listForProject(projectId: string): Promise<NeedMatch[]>
  /**
   * Suggestions for one need (matching.ts), reading organisations, evaluations, projects, social
   * workers and resources once each; empty for a missing need or one whose community is gone.
   */
  suggest(needId: string): Promise<NeedSuggestions>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '对接记录'

const newestFirst = (a: NeedMatch, b: NeedMatch) =>
  b.matchedAt.localeCompare(a.matchedAt) || b.createdAt.localeCompare(a.createdAt)

export function createNeedMatchesRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): NeedMatchesRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<NeedMatch>(db, {
    table: 'needMatches',
    label: LABEL,
    now,
    newId
  })
  const needStore = createRecordStore<Need>(db, { table: 'needs', label: '需求', now, newId })
  const applications = createApplicationsRepository(db, { now, newId })

  /**
   * Every table a match reads or writes, and those the applications repository's `create`
   * joins (ventureRounds, organizations, evaluations).
   */
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [
        db.needs,
        db.needMatches,
        db.communities,
        db.projects,
        db.applications,
        db.ventureRounds,
        db.organizations,
        db.evaluations,
        db.socialWorkers,
        db.resources,
        db.settings,
        db.auditLog
      ],
      body
    )

  /**
   * Stores the need with `status` and `projectIds` (what its matches now give), audited as a
   * step when the status moved.
   */
  async function storeNeed(
    need: Need,
    status: Need['status'],
    projectIds: string[],
    at: string,
    summary: string
  ): Promise<void> {
    const after: Need = { ...need, status, projectIds, updatedAt: at }
    const moved = after.status !== need.status
    await needStore.change(need, after, {
      action: moved ? 'transition' : 'update',
      summary: moved ? `${summary}（${need.status} → ${after.status}）` : summary
    })
  }

  /** Checks and records one match of the need, then moves the need by 对接. */
  async function record(
    needId: string,
    input: Record<string, unknown>,
    at: Date
  ): Promise<WriteResult<NeedMatch>> {
    const need = (await db.needs.get(needId)) ?? null
    const draft: Record<string, unknown> = { ...input, needId }
    const id = (key: string) => (typeof draft[key] === 'string' ? (draft[key] as string) : null)
    const ids = (key: string) =>
      Array.isArray(draft[key])
        ? (draft[key] as unknown[]).filter((value): value is string => typeof value === 'string')
        : []
    const target = draft.target
    const projectId = target === 'project' ? id('projectId') : null
    const applicationId = target === 'application' ? id('applicationId') : null
    const organizationId = id('organizationId')
    const [project, application, organization, workers, resources, matches] = await Promise.all([
      projectId ? db.projects.get(projectId) : undefined,
      applicationId ? db.applications.get(applicationId) : undefined,
      organizationId ? db.organizations.get(organizationId) : undefined,
      db.socialWorkers.bulkGet(ids('socialWorkerIds')),
      db.resources.bulkGet(ids('resourceIds')),
      db.needMatches.where('needId').equals(needId).toArray()
    ])
    const today = todayInChina(at)
    const checked = checkMatch(draft, {
      today,
      need,
      project: project ?? null,
      application: application ?? null,
      organization: organization ?? null,
      socialWorkers: workers.flatMap((worker) => (worker ? [worker] : [])),
      resources: resources.flatMap((resource) => (resource ? [resource] : [])),
      matches
    })
    if (!checked.ok) throw new RecordValidationError(checked.issues)
    // checkMatch refuses a missing need.
    const stored = need!

    const operator = await currentOperator(db)
    const instant = at.toISOString()
    const match: NeedMatch = {
      ...newMatch(checked.value, operator, instant),
      ...store.stamp(at)
    }
    const what = project ? `项目“${project.title}”` : `申报书“${application?.title ?? ''}”`
    await store.add(match, `需求“${stored.name}”对接${what}`)

    const all = [...matches, match]
    const projectIds = await linkedProjectIds(db, all)
    const linkedProjects = (await db.projects.bulkGet(projectIds)).flatMap((row) =>
      row ? [row] : []
    )
    const activeMatchCount = activeMatches(all).length
    const matched = performNeedAction(stored, 'match', {}, { linkedProjects, activeMatchCount })
    if (!matched.ok) throw new RecordValidationError(matched.issues)
    const label = `${needActionLabel('match')}${what}`
    await storeNeed(stored, matched.value.status, projectIds, instant, label)
    return { record: match, warnings: [...checked.warnings, ...matched.warnings] }
  }

  return {
    matchToProject: (needId, input) =>
      // An async body: Dexie keeps the transaction across native awaits only for those.
      write(async () => record(needId, { ...(input as object) }, now())),

    matchToNewApplication: (needId, input) =>
      write(async () => {
        const at = now()
        const need = await db.needs.get(needId)
        if (!need) refuse('需求不存在', 'needId')
        // Refused before the application is drafted, so the message is about the need.
        const closed = needClosedRefusal(need) ?? needStatusRefusal(need, 'match')
        if (closed) refuse(closed, 'needId')
        const community = await db.communities.get(need.communityId)
        if (!community) refuse(`需求“${need.name}”所在的社区不存在`, 'needId')
        const round = await db.ventureRounds.get(input.roundId)
        if (!round) refuse('找不到这个公益创投批次', 'roundId')
        const draft = applicationDraftFromNeed(need, community, round, input.organizationId)
        const created = await applications.create(draft)
        const { record: match, warnings } = await record(
          needId,
          {
            target: 'application',
            projectId: null,
            applicationId: created.record.id,
            organizationId: input.organizationId,
            socialWorkerIds: input.socialWorkerIds,
            resourceIds: input.resourceIds,
            note: input.note
          },
          at
        )
        return { record: match, warnings: [...created.warnings, ...warnings] }
      }),

    withdraw: (id, reason) =>
      write(async () => {
        const before = await store.existing(id)
        const at = now().toISOString()
        const operator = await currentOperator(db)
        const result = withdrawMatch(before, reason, operator, at)
        if (!result.ok) throw new RecordValidationError(result.issues)
        const after: NeedMatch = { ...result.value, updatedAt: at }
        await store.change(before, after, {
          action: 'transition',
          summary: `撤销对接：${after.withdrawReason}`
        })
        const need = await db.needs.get(before.needId)
        if (need) {
          const matches = await db.needMatches.where('needId').equals(need.id).toArray()
          const status = statusAfterMatches(need, activeMatches(matches).length)
          const projectIds = await linkedProjectIds(db, matches)
          await storeNeed(need, status, projectIds, at, '撤销对接')
        }
        return { record: after, warnings: [] }
      }),

    get: (id) => db.needMatches.get(id),

    listForNeed: async (needId) =>
      (await db.needMatches.where('needId').equals(needId).toArray()).sort(newestFirst),

    listForProject: (projectId) =>
      db.transaction('r', [db.needMatches, db.projects], async () => {
        const project = await db.projects.get(projectId)
        const [direct, viaApplication] = await Promise.all([
          db.needMatches.where('projectId').equals(projectId).toArray(),
          project?.origin.kind === 'venture'
            ? db.needMatches.where('applicationId').equals(project.origin.applicationId).toArray()
            : []
        ])
        return [...direct, ...viaApplication].sort(newestFirst)
      }),

    suggest: (needId) =>
      db.transaction(
        'r',
        [
          db.needs,
          db.communities,
          db.organizations,
          db.evaluations,
          db.projectEvaluations,
          db.projects,
          db.socialWorkers,
          db.resources
        ],
        async () => {
          const empty: NeedSuggestions = { organizations: [], socialWorkers: [], resources: [] }
          const need = await db.needs.get(needId)
          if (!need) return empty
          // Each table once; every lookup after this is in memory (matching.ts).
          const [communities, organizations, evaluations, projectEvaluations, projects] =
            await Promise.all([
              db.communities.toArray(),
              db.organizations.toArray(),
              db.evaluations.toArray(),
              db.projectEvaluations.toArray(),
              db.projects.toArray()
            ])
          const [workers, resources] = await Promise.all([
            db.socialWorkers.toArray(),
            db.resources.toArray()
          ])
          const community = communities.find((row) => row.id === need.communityId)
          if (!community) return empty
          const today = todayInChina(now())
          return {
            organizations: suggestOrganizations(
              need,
              needCommunity(community, communities),
              organizations,
              {
                grades: gradeRecords(evaluations, projectEvaluations),
                activeProjects: workloadByOrganization(projects)
              },
              today
            ),
            socialWorkers: suggestSocialWorkers(
              need,
              community,
              workers,
              workloadByWorker(projects),
              today
            ),
            resources: suggestResources(need, resources, today)
          }
        }
      ),

    history: store.history
  }
}
