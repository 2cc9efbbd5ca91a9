/**
 * 对接记录: a need linked to the work that answers it (issue #7 §5). A match points at a project
 * (公益创投 or 购买服务) or at a draft application for the next round prefilled from the need,
 * and names the organisation, social workers and resources it brings together. Matches are never
 * deleted: 撤销 keeps the row with who, when and why, so the need's match history stays whole.
 */
import { z } from 'zod'
import { checkRecord, zodIssues, type CheckResult, type FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { idListField, optionalTextField, textField } from '../fields'
import type { Organization } from '../organizations/organization'
import { projectAllows, type Project } from '../projects/project'
import type { ArchivableRecord, DraftOf } from '../records'
import type { SocialWorker } from '../social-workers/social-worker'
import type { Application, ApplicationStatus } from '../venture/application'
import { needClosedRefusal, needStatusRefusal, type Need } from './need'
import type { Resource } from './resource'
import { isResourceExpired } from './resource-rules'

export const MATCH_TARGETS = ['project', 'application'] as const
export type MatchTarget = (typeof MATCH_TARGETS)[number]

export interface NeedMatch extends ArchivableRecord {
  needId: string
  target: MatchTarget
  /** Set when target is 'project'. */
  projectId: string | null
  /** Set when target is 'application'. */
  applicationId: string | null
  organizationId: string | null
  socialWorkerIds: string[]
  resourceIds: string[]
  note: string | null
  /** ISO instant and operator (设置 → 操作人) of the match. */
  matchedAt: string
  matchedBy: string
  /** Set when the match was withdrawn: when, by whom, why. */
  withdrawnAt: string | null
  withdrawnBy: string | null
  withdrawReason: string | null
}

/** An id chosen in the match form, or null when that kind of target is not the one matched. */
const chosenId = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .min(1, `请选择${label}`)
    .nullable()

export const matchDraftSchema = z.strictObject({
  needId: z.string({ error: '缺少需求' }).min(1, '缺少需求'),
  target: z.enum(MATCH_TARGETS, { error: '请选择对接到项目还是申报书' }),
  projectId: chosenId('对接的项目'),
  applicationId: chosenId('对接的申报书'),
  organizationId: chosenId('社会组织'),
  socialWorkerIds: idListField(50),
  resourceIds: idListField(50),
  note: optionalTextField('备注', 200)
})

export type MatchDraft = z.input<typeof matchDraftSchema>
export type MatchFields = z.output<typeof matchDraftSchema>

/** The id the target names is set, and the other one is not. */
function targetIssues(match: Pick<MatchFields, 'target' | 'projectId' | 'applicationId'>) {
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) => issues.push({ field, level: 'error', message })
  if (match.target === 'project') {
    if (match.projectId === null) error('projectId', '请选择对接的项目')
    if (match.applicationId !== null) error('applicationId', '对接到项目时不应再指定申报书')
  } else {
    if (match.applicationId === null) error('applicationId', '请选择对接的申报书')
    if (match.projectId !== null) error('projectId', '对接到申报书时不应再指定项目')
  }
  return issues
}

type MatchedProject = Pick<Project, 'id' | 'title' | 'status' | 'archivedAt' | 'communityIds'>
type MatchedApplication = Pick<
  Application,
  'id' | 'title' | 'status' | 'archivedAt' | 'communityIds'
>

/** What {@link checkMatch} reads: each record as stored, or null (absent from a list) if not found. */
export interface MatchContext {
  today: IsoDate
  need: Pick<Need, 'id' | 'name' | 'communityId' | 'status' | 'archivedAt' | 'mergedIntoId'> | null
  /** The project the draft names; null when not found or when the target is an application. */
  project: MatchedProject | null
  /** The application the draft names; null when not found or when the target is a project. */
  application: MatchedApplication | null
  organization: Pick<Organization, 'id' | 'name' | 'archivedAt' | 'communityIds'> | null
  /** The social workers the draft names that exist. */
  socialWorkers: readonly Pick<SocialWorker, 'id' | 'name' | 'archivedAt'>[]
  /** The resources the draft names that exist. */
  resources: readonly Pick<
    Resource,
    'id' | 'name' | 'archivedAt' | 'availableFrom' | 'availableUntil'
  >[]
  /** The need's matches so far, withdrawn ones included. */
  matches: readonly Pick<
    NeedMatch,
    'target' | 'projectId' | 'applicationId' | 'withdrawnAt' | 'archivedAt'
  >[]
}

/** Applications still being written or waiting for 初审: the ones a need can still shape. */
export const MATCHABLE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['草稿', '已提交']

const applicationName = (application: Pick<Application, 'title'>) =>
  `申报书“${application.title.trim() || '未命名'}”`

/**
 * A match before it is recorded: a need still open; a project neither archived nor ended, or an
 * application neither archived nor past 已提交; an organisation, social workers and resources in
 * use (a resource not past its availability); and no second active match of the need to the same
 * project or application. Warnings when the project (or application) or the organisation does not
 * serve the need's community: matching across communities happens (a district-wide project), but
 * is worth a second look.
 */
export function checkMatch(input: unknown, context: MatchContext): CheckResult<MatchFields> {
  return checkRecord(matchDraftSchema, input, (match) => {
    const issues = targetIssues(match)
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    const warning = (field: string, message: string) =>
      issues.push({ field, level: 'warning', message })
    const { need } = context

    if (need === null) error('needId', '需求不存在')
    else {
      const refusal = needClosedRefusal(need) ?? needStatusRefusal(need, 'match')
      if (refusal) error('needId', refusal)
    }
    const serves = (communityIds: readonly string[]) =>
      need === null || communityIds.includes(need.communityId)

    if (match.target === 'project' && match.projectId !== null) {
      const { project } = context
      if (project === null) error('projectId', '对接的项目不存在')
      else if (project.archivedAt !== null) {
        error('projectId', `项目“${project.title}”已归档，不能对接`)
      } else if (!projectAllows(project, 'followUp')) {
        error('projectId', `项目“${project.title}”${project.status}，不能对接`)
      } else if (!serves(project.communityIds)) {
        warning('projectId', `项目“${project.title}”的服务社区不包括该需求所在的社区`)
      }
    }
    if (match.target === 'application' && match.applicationId !== null) {
      const { application } = context
      if (application === null) error('applicationId', '对接的申报书不存在')
      else if (application.archivedAt !== null) {
        error('applicationId', `${applicationName(application)}已归档，不能对接`)
      } else if (!MATCHABLE_APPLICATION_STATUSES.includes(application.status)) {
        error(
          'applicationId',
          `${applicationName(application)}当前为“${application.status}”，只有草稿或已提交的申报书可以对接`
        )
      } else if (!serves(application.communityIds)) {
        warning('applicationId', `${applicationName(application)}的服务社区不包括该需求所在的社区`)
      }
    }

    const repeated = activeMatches(context.matches).some((existing) =>
      match.target === 'project'
        ? existing.target === 'project' && existing.projectId === match.projectId
        : existing.target === 'application' && existing.applicationId === match.applicationId
    )
    if (repeated && need !== null) {
      const what =
        match.target === 'project'
          ? `项目“${context.project?.title ?? ''}”`
          : applicationName(context.application ?? { title: '' })
      error(
        match.target === 'project' ? 'projectId' : 'applicationId',
        `需求“${need.name}”已对接${what}，不能重复对接`
      )
    }

    if (match.organizationId !== null) {
      const { organization } = context
      if (organization === null) error('organizationId', '所选社会组织不存在')
      else if (organization.archivedAt !== null) {
        error('organizationId', `社会组织“${organization.name}”已归档，不能对接`)
      } else if (!serves(organization.communityIds)) {
        warning('organizationId', `社会组织“${organization.name}”的服务社区不包括该需求所在的社区`)
      }
    }

    const workers = new Map(context.socialWorkers.map((worker) => [worker.id, worker]))
    match.socialWorkerIds.forEach((id, index) => {
      const worker = workers.get(id)
      const field = `socialWorkerIds.${index}`
      if (!worker) error(field, '所选社工不存在')
      else if (worker.archivedAt !== null) error(field, `社工“${worker.name}”已归档，不能对接`)
    })

    const resources = new Map(context.resources.map((resource) => [resource.id, resource]))
    match.resourceIds.forEach((id, index) => {
      const resource = resources.get(id)
      const field = `resourceIds.${index}`
      if (!resource) error(field, '所选资源不存在')
      else if (resource.archivedAt !== null) error(field, `资源“${resource.name}”已归档，不能对接`)
      else if (isResourceExpired(resource, context.today)) {
        error(field, `资源“${resource.name}”已于 ${resource.availableUntil} 到期，不能对接`)
      } else if (resource.availableFrom !== null && resource.availableFrom > context.today) {
        warning(field, `资源“${resource.name}”自 ${resource.availableFrom} 起才能提供`)
      }
    })

    return { value: match, issues }
  })
}

/** A new match from checked fields, stamped with when and by whom (设置 → 操作人). */
export function newMatch(fields: MatchFields, by: string, at: string): DraftOf<NeedMatch> {
  return {
    ...fields,
    matchedAt: at,
    matchedBy: by,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null
  }
}

const withdrawReasonField = textField('撤销原因', 200, true)

/**
 * 撤销: the match stays in the need's history with who withdrew it, when and why; a reason is
 * required, so the history explains itself. The need's status and projectIds then follow from the
 * remaining active matches (need.ts `statusAfterMatches`, {@link projectIdsOf}).
 */
export function withdrawMatch(
  match: NeedMatch,
  reason: unknown,
  by: string,
  at: string
): CheckResult<NeedMatch> {
  if (match.archivedAt !== null) {
    return { ok: false, issues: [{ field: '', level: 'error', message: '该对接记录已归档' }] }
  }
  if (match.withdrawnAt !== null) {
    const message = `该对接已于 ${match.withdrawnAt.slice(0, 10)} 撤销（${match.withdrawReason ?? ''}），不能再次撤销`
    return { ok: false, issues: [{ field: '', level: 'error', message }] }
  }
  const parsed = withdrawReasonField.safeParse(reason)
  if (!parsed.success) {
    return {
      ok: false,
      issues: zodIssues(parsed.error).map((issue) => ({ ...issue, field: 'reason' }))
    }
  }
  return {
    ok: true,
    value: { ...match, withdrawnAt: at, withdrawnBy: by, withdrawReason: parsed.data },
    warnings: []
  }
}

/** Matches in force: neither withdrawn nor archived (entered by mistake). */
export function activeMatches<T extends Pick<NeedMatch, 'withdrawnAt' | 'archivedAt'>>(
  matches: readonly T[]
): T[] {
  return matches.filter((match) => match.withdrawnAt === null && match.archivedAt === null)
}

/**
 * What `Need.projectIds` should hold: the projects of the active matches, each once, in the
 * order matched. An application matched as a draft serves the need through the project 立项
 * from it: `projectOfApplication` maps such application ids to their project ids.
 */
export function projectIdsOf(
  matches: readonly Pick<
    NeedMatch,
    'target' | 'projectId' | 'applicationId' | 'withdrawnAt' | 'archivedAt'
  >[],
  projectOfApplication: ReadonlyMap<string, string> = new Map()
): string[] {
  const ids = activeMatches(matches).map((match) =>
    match.target === 'project' ? match.projectId : projectOfApplication.get(match.applicationId!)
  )
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))]
}

/** The stored shape of a match besides the bookkeeping fields, for backups and imports. */
export const storedMatchSchema = matchDraftSchema.extend({
  matchedAt: z.string().min(1, '缺少对接时间'),
  matchedBy: z.string(),
  withdrawnAt: z.string().min(1, '撤销时间有误').nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawReason: z.string().trim().min(1, '撤销原因不能为空').nullable()
})

export type StoredMatch = z.output<typeof storedMatchSchema>

/** The fields a stored match carries besides the bookkeeping ones. */
export const MATCH_FIELDS = Object.keys(storedMatchSchema.shape)

/**
 * A stored match: the id its target needs, and the withdrawal recorded whole (time, operator and
 * reason together) or not at all. Whether the ids point at existing records is for the
 * reference checks, which see the other tables.
 */
export function checkStoredMatch(input: unknown): CheckResult<StoredMatch> {
  return checkRecord(storedMatchSchema, input, (match) => {
    const issues = targetIssues(match)
    const withdrawn = match.withdrawnAt !== null
    if (
      withdrawn !== (match.withdrawReason !== null) ||
      withdrawn !== (match.withdrawnBy !== null)
    ) {
      issues.push({
        field: 'withdrawnAt',
        level: 'error',
        message: withdrawn
          ? '已撤销的对接缺少撤销人或撤销原因'
          : '未撤销的对接不应有撤销人或撤销原因'
      })
    }
    return { value: match, issues }
  })
}
