/**
 * 需求清单 (issue #7 §3): needs per community, their steps and the merge of duplicates. The rules
 * are the domain's (need.ts, need-merge.ts, need-match.ts); here they are read against what is
 * stored and written with their audit entries in one transaction.
 *
 * A need's `status` moves only through NEED_WORKFLOW (performNeedAction) or, when matches
 * change, `statusAfterMatches`; its `projectIds` always follow its active matches
 * (`projectIdsOf`). Matching and withdrawing are the need-matches repository's.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  checkNeed,
  NEED_WORKFLOW,
  needClosedRefusal,
  needDraftSchema,
  newNeed,
  performNeedAction,
  type Need,
  type NeedAction,
  type NeedDraft,
  type NeedGuardContext
} from '@shared/domain/linkage/need'
import { matchesAfterMerge, mergeNeeds } from '@shared/domain/linkage/need-merge'
import { activeMatches, projectIdsOf, type NeedMatch } from '@shared/domain/linkage/need-match'
import { actionsFrom, type OfferedAction } from '@shared/domain/workflow'
import { pinyinKeys } from '@shared/text/pinyin'
import type { ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import { draftOf, type RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

export type { NeedDraft }

/** The steps taken on a need itself; 对接 is a match (need-matches repository). */
export const NEED_OWN_ACTIONS = [
  'start',
  'resolve',
  'reopen',
  'reopenMatched'
] as const satisfies readonly NeedAction[]

export interface NeedsRepository {
  /** A new need in 待对接, in a community that exists and is in use. */
  create(input: NeedDraft): Promise<WriteResult<Need>>
  /**
   * Changes the fields in `patch`; the whole need is checked again. Refused on a merged or
   * archived need, and a move to another community while the need has active matches.
   */
  update(id: string, patch: Partial<NeedDraft>): Promise<WriteResult<Need>>
  /**
   * Duplicates into target, one transaction: target count summed, duplicates archived +
   * mergedIntoId, their matches moved to the target (an active one the target already holds is
   * withdrawn as it moves: need-merge.ts).
   */
  merge(targetId: string, duplicateIds: string[]): Promise<WriteResult<Need>>
  /**
   * NEED_WORKFLOW steps other than 对接: 'start' | 'resolve' | 'reopen' | 'reopenMatched' with
   * the dialog input (NEED_ACTION_INPUTS). 'match' is refused here: a match is recorded through
   * the need-matches repository.
   */
  step(id: string, action: NeedAction, input: unknown): Promise<WriteResult<Need>>
  /**
   * The steps NEED_WORKFLOW offers now, each with its refusal ('match' included, which the UI
   * takes through the match dialog). Empty for a merged, archived or missing need.
   */
  actions(id: string): Promise<OfferedAction<NeedAction>[]>
  /** Refused while the need has active matches (withdraw them first). */
  archive(id: string): Promise<WriteResult<Need>>
  /** Refused for a merged duplicate: it lives on in the need it was merged into. */
  restore(id: string): Promise<WriteResult<Need>>
  get(id: string): Promise<Need | undefined>
  /** Archived and merged included; the UI filters. */
  listAll(): Promise<Need[]>
  listForCommunity(communityId: string): Promise<Need[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '需求'

const NEED_DRAFT_FIELDS = Object.keys(needDraftSchema.shape)

/** Fields the repository keeps: bookkeeping, and what the workflow, matches and merges set. */
const KEPT_FIELDS = [
  'id',
  'createdAt',
  'updatedAt',
  'archivedAt',
  'pinyin',
  'pinyinInitials',
  'status',
  'projectIds',
  'mergedIntoId',
  'resolution'
]

const quoted = (names: readonly string[]) => names.map((name) => `“${name}”`).join('、')

type MatchTargets = Pick<
  NeedMatch,
  'target' | 'projectId' | 'applicationId' | 'withdrawnAt' | 'archivedAt'
>

/**
 * Application id → the project 立项 from it, for the applications among `matches`: a need
 * matched to a draft application is served by the project that application became. Reads the
 * applications named and their organisations' projects (indexed), nothing else. Needs
 * `applications` and `projects` in the transaction.
 */
export async function projectsOfApplications(
  db: ShelianDatabase,
  matches: readonly MatchTargets[]
): Promise<Map<string, string>> {
  const applicationIds = new Set(
    matches.flatMap((match) =>
      match.target === 'application' && match.applicationId !== null ? [match.applicationId] : []
    )
  )
  const projects = new Map<string, string>()
  if (applicationIds.size === 0) return projects
  const applications = await db.applications.bulkGet([...applicationIds])
  const organizationIds = [
    ...new Set(applications.flatMap((row) => (row ? [row.organizationId] : [])))
  ]
  const candidates = await db.projects.where('organizationId').anyOf(organizationIds).toArray()
  for (const project of candidates) {
    if (project.origin.kind === 'venture' && applicationIds.has(project.origin.applicationId)) {
      projects.set(project.origin.applicationId, project.id)
    }
  }
  return projects
}

/** The projects serving a need with these matches (withdrawn ones are passed over). */
export async function linkedProjectIds(
  db: ShelianDatabase,
  matches: readonly MatchTargets[]
): Promise<string[]> {
  return projectIdsOf(matches, await projectsOfApplications(db, activeMatches(matches)))
}

/**
 * After 立项: the needs matched to these applications are now served by the projects made from
 * them, so their stored `projectIds` are brought up to date (status unchanged: a new project
 * waits to be signed), each with an audit entry. Runs inside the caller's transaction, which
 * needs `needs`, `needMatches`, `applications`, `projects`, `settings` and `auditLog`.
 */
export async function refreshNeedsOfApplications(
  db: ShelianDatabase,
  applicationIds: readonly string[],
  { at, newId }: { at: Date; newId: () => string }
): Promise<void> {
  if (applicationIds.length === 0) return
  const matched = await db.needMatches
    .where('applicationId')
    .anyOf([...applicationIds])
    .toArray()
  const store = createRecordStore<Need>(db, { table: 'needs', label: LABEL, now: () => at, newId })
  for (const needId of new Set(matched.map((match) => match.needId))) {
    const need = await db.needs.get(needId)
    if (!need) continue
    const matches = await db.needMatches.where('needId').equals(needId).toArray()
    const projectIds = await linkedProjectIds(db, matches)
    if (projectIds.join() === need.projectIds.join()) continue
    await store.change(
      need,
      { ...need, projectIds, updatedAt: at.toISOString() },
      { action: 'update', summary: '对接的申报书已立项，记入对接项目' }
    )
  }
}

/**
 * What a need's steps look at, as stored: its projects (from its active matches, so a draft
 * application 立项 since counts) and its active match count. Needs `needMatches`,
 * `applications` and `projects` in the transaction.
 */
export async function needFacts(
  db: ShelianDatabase,
  needId: string
): Promise<Omit<NeedGuardContext, 'need'> & { projectIds: string[] }> {
  const matches = await db.needMatches.where('needId').equals(needId).toArray()
  const projectIds = await linkedProjectIds(db, matches)
  const projects = await db.projects.bulkGet(projectIds)
  return {
    projectIds,
    linkedProjects: projects.flatMap((project) => (project ? [project] : [])),
    activeMatchCount: activeMatches(matches).length
  }
}

/** The label of a workflow action, for audit summaries. */
export function needActionLabel(action: NeedAction): string {
  return NEED_WORKFLOW.transitions.find((transition) => transition.action === action)!.label
}

export function createNeedsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): NeedsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<Need>(db, { table: 'needs', label: LABEL, now, newId })
  const matchStore = createRecordStore<NeedMatch>(db, {
    table: 'needMatches',
    label: '对接记录',
    now,
    newId
  })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [
        db.needs,
        db.needMatches,
        db.communities,
        db.projects,
        db.applications,
        db.settings,
        db.auditLog
      ],
      body
    )

  /** The need's community, refused when it is missing, or archived and `inUse` is asked. */
  async function communityOf(communityId: unknown, inUse: boolean) {
    if (typeof communityId !== 'string' || communityId === '') return null
    const community = await db.communities.get(communityId)
    if (!community) refuse('所选社区不存在，请重新选择', 'communityId')
    if (inUse && community.archivedAt !== null) {
      refuse(`社区“${community.name}”已归档，不能登记需求`, 'communityId')
    }
    return community
  }

  /** The need's rule with its community; throws on errors. */
  async function checked(input: Record<string, unknown>, communityInUse: boolean, at: Date) {
    const unknown = Object.keys(input).filter((field) => !NEED_DRAFT_FIELDS.includes(field))
    if (unknown.length > 0) {
      throw new RecordValidationError(
        unknown.map((field): FieldIssue => ({
          field,
          level: 'error',
          message: KEPT_FIELDS.includes(field)
            ? `字段“${field}”由系统维护，不能直接填写`
            : `没有名为“${field}”的字段`
        }))
      )
    }
    const community = await communityOf(input.communityId, communityInUse)
    const result = checkNeed(input, todayInChina(at), { community })
    if (!result.ok) throw new RecordValidationError(result.issues)
    return result
  }

  return {
    create: (input) =>
      write(async () => {
        const at = now()
        const { value, warnings } = await checked({ ...input }, true, at)
        const record: Need = { ...newNeed(value), ...pinyinKeys(value.name), ...store.stamp(at) }
        await store.add(record, `登记需求：${record.name}`)
        return { record, warnings }
      }),

    update: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        const closed = needClosedRefusal(before)
        if (closed) refuse(closed)
        const at = now()
        const draft = { ...draftOf(before, NEED_DRAFT_FIELDS), ...patch }
        const moved = draft.communityId !== before.communityId
        if (moved) {
          const active = activeMatches(await db.needMatches.where('needId').equals(id).toArray())
          if (active.length > 0) {
            refuse(
              `需求“${before.name}”还有 ${active.length} 条有效对接，不能改到其他社区；请先撤销对接`,
              'communityId'
            )
          }
        }
        // A need staying in a community archived since may still be corrected.
        const { value, warnings } = await checked(draft, moved, at)
        const after: Need = {
          ...before,
          ...value,
          ...pinyinKeys(value.name),
          updatedAt: at.toISOString()
        }
        const wrote = await store.change(before, after, { ignore: ['pinyin', 'pinyinInitials'] })
        return { record: wrote ? after : before, warnings }
      }),

    merge: (targetId, duplicateIds) =>
      write(async () => {
        const target = await store.existing(targetId)
        const found = await db.needs.bulkGet([...new Set(duplicateIds)])
        if (found.some((need) => need === undefined)) {
          refuse('要合并的需求中有记录不存在，请重新选择')
        }
        const duplicates = found as Need[]
        const at = now().toISOString()
        const result = mergeNeeds(target, duplicates, at)
        if (!result.ok) throw new RecordValidationError(result.issues)
        const merge = result.value
        const operator = await currentOperator(db)

        const matches = await db.needMatches
          .where('needId')
          .anyOf([target.id, ...merge.merged.map((need) => need.id)])
          .toArray()
        const moved = matchesAfterMerge(matches, merge, operator, at)
        const names = quoted(merge.merged.map((need) => need.name))

        const after: Need = { ...merge.target, updatedAt: at }
        await store.change(target, after, {
          summary: `合并重复需求：${names}并入“${target.name}”`
        })
        const stored = new Map(duplicates.map((need) => [need.id, need]))
        for (const need of merge.merged) {
          await store.change(
            stored.get(need.id)!,
            { ...need, updatedAt: at },
            { action: 'archive', summary: `作为重复需求并入“${target.name}”` }
          )
        }
        const before = new Map(matches.map((match) => [match.id, match]))
        for (const match of moved) {
          const withdrawn = match.withdrawnAt !== before.get(match.id)!.withdrawnAt
          await matchStore.change(
            before.get(match.id)!,
            { ...match, updatedAt: at },
            {
              summary: withdrawn
                ? `随需求合并转到“${target.name}”并撤销：${match.withdrawReason}`
                : `随需求合并转到“${target.name}”`
            }
          )
        }
        return { record: after, warnings: [] }
      }),

    step: (id, action, input) =>
      write(async () => {
        if (!(NEED_OWN_ACTIONS as readonly string[]).includes(action)) {
          refuse(
            action === 'match'
              ? '对接请在需求的“对接”中选择项目或申报书'
              : `没有名为“${action}”的操作`
          )
        }
        const before = await store.existing(id)
        const { projectIds, ...facts } = await needFacts(db, id)
        const result = performNeedAction(before, action, input, facts)
        if (!result.ok) throw new RecordValidationError(result.issues)
        const at = now().toISOString()
        const after: Need = { ...result.value, projectIds, updatedAt: at }
        await store.change(before, after, {
          action: 'transition',
          summary: `${needActionLabel(action)}（${before.status} → ${after.status}）`
        })
        return { record: after, warnings: result.warnings }
      }),

    actions: (id) =>
      db.transaction('r', [db.needs, db.needMatches, db.projects, db.applications], async () => {
        const need = await db.needs.get(id)
        if (!need || needClosedRefusal(need)) return []
        const facts = await needFacts(db, id)
        return actionsFrom(NEED_WORKFLOW, need.status, { need, ...facts })
      }),

    archive: (id) =>
      write(async () =>
        store.setArchived(id, true, async (need) => {
          const active = activeMatches(await db.needMatches.where('needId').equals(id).toArray())
          if (active.length > 0) {
            refuse(`需求“${need.name}”还有 ${active.length} 条有效对接，请先撤销对接再归档`)
          }
        })
      ),

    restore: (id) =>
      write(async () =>
        store.setArchived(id, false, async (need) => {
          if (need.mergedIntoId === null) return
          const into = await db.needs.get(need.mergedIntoId)
          refuse(
            `需求“${need.name}”已合并到“${into?.name ?? '其他需求'}”，不能单独恢复；请在合并后的需求上操作`
          )
        })
      ),

    get: (id) => db.needs.get(id),
    listAll: () => db.needs.toArray(),
    listForCommunity: (communityId) => db.needs.where('communityId').equals(communityId).toArray(),
    history: store.history
  }
}
