/**
 * 项目评估: the 中期 / 末期 / 年度 evaluations of a project against its 绩效目标表 (issue #6
 * item 7). A new evaluation copies the project's indicator tree with the actuals its 服务记录
 * add up to (fillActuals), so later changes of targets or records never rewrite it. A 草稿 is
 * edited freely; 定稿 fixes total, grade (the office's bands) and pass, and is frozen. A
 * correction is a new version of a 定稿 one; when it is 定稿 the corrected version gets
 * `supersededById` — the one change a 定稿 record receives — in the same transaction.
 *
 * Each 定稿 also brings the project's tranches in line with their gates (payment-gates.ts): a
 * 不合格 中期 holds the tranches behind it (暂缓, 追回 decision pending) in the same commit, and
 * the returned warnings say so.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import { activityTotals } from '@shared/domain/activities/activity'
import {
  blankIndicatorScores,
  checkProjectEvaluationDraft,
  draftProjectEvaluation,
  finalizeProjectEvaluation,
  projectEvaluationFrozenReason,
  startCorrection,
  supersede,
  type EvaluationMode,
  type ProjectEvaluation,
  type ProjectEvaluationDraft,
  type ProjectEvaluationKind
} from '@shared/domain/evaluations/project-evaluation'
import { yuanText } from '@shared/domain/money'
import type { GateReview } from '@shared/domain/payments/payment'
import { fillActuals } from '@shared/domain/performance/indicator-tree'
import type { IsoDate } from '@shared/domain/dates'
import { projectWorkRefusal, type Project } from '@shared/domain/projects/project'
import type { ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import { refreshPaymentGates } from './payment-gates'
import { liveProject } from './projects-repository'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'
import { createSettingsRepository } from './settings-repository'

/** What a new evaluation is started with; the tree, scores and texts come from the project. */
export interface ProjectEvaluationStart {
  projectId: string
  kind: ProjectEvaluationKind
  mode: EvaluationMode
  /** 年度 only: the year evaluated; null for 中期 / 末期. */
  year: number | null
  evaluatedOn: IsoDate
  evaluators: string
}

/** The fields of a 草稿 that can be edited. */
export type ProjectEvaluationPatch = Partial<
  Pick<
    ProjectEvaluationDraft,
    'evaluatedOn' | 'evaluators' | 'scores' | 'survey' | 'findings' | 'recommendations'
  >
>

export interface ProjectEvaluationsRepository {
  /** A 草稿 from the project's 绩效目标表 with actuals filled from its activities (fillActuals). */
  create(input: ProjectEvaluationStart): Promise<WriteResult<ProjectEvaluation>>
  /** Changes a 草稿; refused once it is 定稿. */
  update(id: string, patch: ProjectEvaluationPatch): Promise<WriteResult<ProjectEvaluation>>
  /** A 草稿's actuals filled again from the project's activities up to its evaluation date. */
  refillActuals(id: string): Promise<WriteResult<ProjectEvaluation>>
  /**
   * 定稿 (bands from settings.getGrading()); supersedes the corrected version; refreshes payment
   * gates — one transaction. Warnings name the tranches now held or releasable.
   */
  finalize(id: string): Promise<WriteResult<ProjectEvaluation>>
  /** A new 草稿 version of a 定稿 evaluation, with the reason for correcting it. */
  startCorrection(id: string, reason: string): Promise<WriteResult<ProjectEvaluation>>
  /** Drafts only: a 定稿 evaluation stays on record. */
  archive(id: string): Promise<WriteResult<ProjectEvaluation>>
  restore(id: string): Promise<WriteResult<ProjectEvaluation>>
  get(id: string): Promise<ProjectEvaluation | undefined>
  /** The project's evaluations by date and version, archived ones included. */
  listForProject(projectId: string): Promise<ProjectEvaluation[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '项目评估'
const PATCH_FIELDS = [
  'evaluatedOn',
  'evaluators',
  'scores',
  'survey',
  'findings',
  'recommendations'
] as const

/** The fields the draft rule checks, from a stored evaluation. */
function draftOf(evaluation: ProjectEvaluation): ProjectEvaluationDraft {
  return {
    projectId: evaluation.projectId,
    kind: evaluation.kind,
    mode: evaluation.mode,
    year: evaluation.year,
    evaluatedOn: evaluation.evaluatedOn,
    evaluators: evaluation.evaluators,
    indicators: evaluation.indicators,
    scores: evaluation.scores,
    survey: evaluation.survey,
    findings: evaluation.findings,
    recommendations: evaluation.recommendations
  }
}

/** What the user should know about the tranches after a 定稿. */
function gateWarnings(reviews: readonly GateReview[]): FieldIssue[] {
  return reviews.flatMap(({ payment, changed, releasable }) => {
    const tranche = `第 ${payment.no} 期（${yuanText(payment.amountFen)}）`
    if (changed) {
      return [
        { field: 'payments', level: 'warning', message: `${tranche}已暂缓：${payment.holdReason}` }
      ]
    }
    if (releasable) {
      return [{ field: 'payments', level: 'warning', message: `${tranche}现可转为可拨付` }]
    }
    return []
  })
}

export function createProjectEvaluationsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ProjectEvaluationsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const settings = createSettingsRepository(db, now, newId)
  const store = createRecordStore<ProjectEvaluation>(db, {
    table: 'projectEvaluations',
    label: LABEL,
    now,
    newId
  })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [
        db.projectEvaluations,
        db.projects,
        db.activities,
        db.payments,
        db.agreements,
        db.settings,
        db.auditLog
      ],
      body
    )

  function editable(evaluation: ProjectEvaluation): void {
    const frozen = projectEvaluationFrozenReason(evaluation)
    if (frozen) refuse(frozen)
    store.inUse(evaluation)
  }

  /** What the project's live activities dated up to `evaluatedOn` add up to. */
  async function totalsUpTo(projectId: string, evaluatedOn: IsoDate) {
    const activities = await db.activities
      .where('projectId')
      .equals(projectId)
      .filter((activity) => activity.date <= evaluatedOn)
      .toArray()
    return activityTotals(activities)
  }

  /** The draft rule, then the project: the date not before its service period starts. */
  function checked(input: ProjectEvaluationDraft, project: Project, at: Date) {
    const result = checkProjectEvaluationDraft(input, todayInChina(at))
    if (!result.ok) throw new RecordValidationError(result.issues)
    const fields = result.value
    if (project.startOn !== null && fields.evaluatedOn < project.startOn) {
      refuse(
        `评估日期 ${fields.evaluatedOn} 早于项目服务开始日期 ${project.startOn}`,
        'evaluatedOn'
      )
    }
    return { fields, warnings: result.warnings }
  }

  return {
    create: (input) =>
      write(async () => {
        const project = await liveProject(db, input.projectId)
        const closed = projectWorkRefusal(project, 'evaluate')
        if (closed) refuse(closed, 'projectId')
        if (project.indicators.length === 0) {
          refuse('项目还没有绩效目标表，请先设置绩效目标再评估', 'projectId')
        }
        const at = now()
        const indicators = fillActuals(
          project.indicators,
          await totalsUpTo(project.id, input.evaluatedOn)
        )
        const { fields, warnings } = checked(
          {
            projectId: input.projectId,
            kind: input.kind,
            mode: input.mode,
            year: input.year,
            evaluatedOn: input.evaluatedOn,
            evaluators: input.evaluators,
            indicators,
            scores: blankIndicatorScores(indicators),
            survey: null,
            findings: null,
            recommendations: null
          },
          project,
          at
        )
        const drafts = await db.projectEvaluations
          .where('projectId')
          .equals(project.id)
          .filter(
            (other) =>
              other.archivedAt === null &&
              other.status === '草稿' &&
              other.kind === fields.kind &&
              other.mode === fields.mode &&
              other.year === fields.year
          )
          .count()
        if (drafts > 0) {
          warnings.push({
            field: 'kind',
            level: 'warning',
            message: `该项目已有一份${fields.mode}的${fields.kind}评估草稿`
          })
        }
        const evaluation: ProjectEvaluation = {
          ...draftProjectEvaluation(fields, project.organizationId),
          ...store.stamp(at)
        }
        await store.add(evaluation, `新建${fields.kind}评估（${fields.mode}）`)
        return { record: evaluation, warnings }
      }),

    update: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        editable(before)
        const fixed = Object.keys(patch).filter(
          (field) => !(PATCH_FIELDS as readonly string[]).includes(field)
        )
        if (fixed.length > 0) refuse('评估的项目、类型、方式、年度和指标不能修改', fixed[0])
        const project = await liveProject(db, before.projectId)
        const at = now()
        const { fields, warnings } = checked({ ...draftOf(before), ...patch }, project, at)
        const after: ProjectEvaluation = { ...before, ...fields, updatedAt: at.toISOString() }
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings }
      }),

    refillActuals: (id) =>
      write(async () => {
        const before = await store.existing(id)
        editable(before)
        const project = await liveProject(db, before.projectId)
        const totals = await totalsUpTo(project.id, before.evaluatedOn)
        const after: ProjectEvaluation = {
          ...before,
          indicators: fillActuals(before.indicators, totals),
          updatedAt: now().toISOString()
        }
        const wrote = await store.change(before, after, { summary: '按服务记录重新填写实际值' })
        return { record: wrote ? after : before, warnings: [] }
      }),

    finalize: (id) =>
      write(async () => {
        const before = await store.existing(id)
        editable(before)
        const project = await liveProject(db, before.projectId)
        const at = now()
        checked(draftOf(before), project, at)
        const instant = at.toISOString()
        const operator = await currentOperator(db)
        const { evaluationBands } = await settings.getGrading()
        const result = finalizeProjectEvaluation(before, evaluationBands, instant, operator)
        if (!result.ok) throw new RecordValidationError(result.issues)
        const after: ProjectEvaluation = { ...result.value, updatedAt: instant }

        let previous: { before: ProjectEvaluation; after: ProjectEvaluation } | null = null
        if (before.supersedesId !== null) {
          const corrected = await store.existing(before.supersedesId)
          const superseded = supersede(corrected, after)
          if (!superseded.ok) throw new RecordValidationError(superseded.issues)
          previous = { before: corrected, after: { ...superseded.value, updatedAt: instant } }
        }

        await store.change(before, after, {
          action: 'finalize',
          summary: `${after.kind}评估第 ${after.version} 版定稿（${after.total} 分，${after.grade}）`
        })
        if (previous) {
          await store.change(previous.before, previous.after, {
            summary: `第 ${previous.before.version} 版已被第 ${after.version} 版更正取代`
          })
        }
        const reviews = await refreshPaymentGates(
          db,
          before.projectId,
          { at: instant, operator },
          newId
        )
        return { record: after, warnings: [...result.warnings, ...gateWarnings(reviews)] }
      }),

    startCorrection: (id, reason) =>
      write(async () => {
        const finalized = await store.existing(id)
        store.inUse(finalized)
        const result = startCorrection(finalized, reason)
        if (!result.ok) throw new RecordValidationError(result.issues)
        const open = await db.projectEvaluations
          .where('projectId')
          .equals(finalized.projectId)
          .filter((other) => other.archivedAt === null && other.supersedesId === finalized.id)
          .first()
        if (open) {
          refuse(
            `第 ${finalized.version} 版已有一份更正草稿（第 ${open.version} 版），请在那份草稿上修改`
          )
        }
        const correction: ProjectEvaluation = { ...result.value, ...store.stamp(now()) }
        await store.add(
          correction,
          `更正${finalized.kind}评估第 ${finalized.version} 版：${correction.correctionReason}`
        )
        return { record: correction, warnings: [] }
      }),

    archive: (id) =>
      write(() =>
        store.setArchived(id, true, (evaluation) => {
          const frozen = projectEvaluationFrozenReason(evaluation)
          if (frozen) refuse(frozen)
        })
      ),
    restore: (id) => write(() => store.setArchived(id, false)),
    get: (id) => db.projectEvaluations.get(id),
    listForProject: async (projectId) =>
      (await db.projectEvaluations.where('projectId').equals(projectId).toArray()).sort(
        (a, b) => a.evaluatedOn.localeCompare(b.evaluatedOn) || a.version - b.version
      ),
    history: store.history
  }
}
