/**
 * 双向评估 (issue #6 item 8): for one contract period, the purchaser and the provider each fill a
 * sheet scoring both parties' obligations; the two are compared side by side. Each sheet is
 * filled, submitted and may be reopened until 定稿, which needs both submitted and freezes the
 * record (DESIGN.md §4). The rules are the domain's (mutual-evaluation.ts); here they are run
 * against the stored record and written with their audit entries.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, type CheckResult, type FieldIssue } from '@shared/domain/check'
import {
  checkMutualEvaluationDraft,
  draftMutualEvaluation,
  fillMutualSheet,
  finalizeMutualEvaluation,
  MUTUAL_SIDE_LABELS,
  mutualComparison,
  mutualFrozenReason,
  reopenMutualSheet,
  reviseMutualEvaluation,
  submitMutualSheet,
  type MutualComparison,
  type MutualEvaluation,
  type MutualEvaluationDraft,
  type MutualEvaluationFields,
  type MutualSheetInput,
  type MutualSide
} from '@shared/domain/evaluations/mutual-evaluation'
import { projectWorkRefusal } from '@shared/domain/projects/project'
import type { ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import { liveProject } from './projects-repository'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

export interface MutualEvaluationsRepository {
  /** A new 草稿 with both sheets blank, for a signed project's period. */
  create(input: MutualEvaluationDraft): Promise<WriteResult<MutualEvaluation>>
  /** The period or the obligations of a 草稿 (obligations only while no sheet is submitted). */
  update(
    id: string,
    patch: Partial<Omit<MutualEvaluationDraft, 'projectId'>>
  ): Promise<WriteResult<MutualEvaluation>>
  /** Saves what one side has filled in so far. */
  fillSheet(
    id: string,
    side: MutualSide,
    input: MutualSheetInput
  ): Promise<WriteResult<MutualEvaluation>>
  /** 提交: the rater named and every obligation scored. */
  submitSheet(id: string, side: MutualSide): Promise<WriteResult<MutualEvaluation>>
  /** Takes a submitted sheet back for changes, before 定稿. */
  reopenSheet(id: string, side: MutualSide): Promise<WriteResult<MutualEvaluation>>
  /** 定稿: both sheets submitted; the obligations seen very differently come back as warnings. */
  finalize(id: string): Promise<WriteResult<MutualEvaluation>>
  /** Drafts only: a 定稿 evaluation stays on record. */
  archive(id: string): Promise<WriteResult<MutualEvaluation>>
  restore(id: string): Promise<WriteResult<MutualEvaluation>>
  get(id: string): Promise<MutualEvaluation | undefined>
  /** The two sheets side by side with their gaps; undefined when there is no such record. */
  comparison(id: string): Promise<MutualComparison | undefined>
  /** The project's evaluations by period, archived ones included. */
  listForProject(projectId: string): Promise<MutualEvaluation[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '双向评估'

function draftOf(evaluation: MutualEvaluation): MutualEvaluationDraft {
  return {
    projectId: evaluation.projectId,
    periodLabel: evaluation.periodLabel,
    periodStart: evaluation.periodStart,
    periodEnd: evaluation.periodEnd,
    obligations: evaluation.obligations
  }
}

function valueOf<T>(result: CheckResult<T>): { value: T; warnings: FieldIssue[] } {
  if (!result.ok) throw new RecordValidationError(result.issues)
  return { value: result.value, warnings: result.warnings }
}

export function createMutualEvaluationsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): MutualEvaluationsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<MutualEvaluation>(db, {
    table: 'mutualEvaluations',
    label: LABEL,
    now,
    newId
  })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(db, [db.mutualEvaluations, db.projects, db.settings, db.auditLog], body)

  /**
   * The rule, then the project: signed (a 双向评估 reviews a contract period), the period inside
   * its service period (a warning), and no other live evaluation of the same period name.
   */
  async function checked(input: unknown, selfId: string | null) {
    const { value: fields, warnings } = valueOf(checkMutualEvaluationDraft(input))
    const project = await liveProject(db, fields.projectId)
    const unsigned = projectWorkRefusal(project, 'mutualEvaluate')
    if (unsigned) refuse(unsigned, 'projectId')
    if (project.startOn !== null && project.endOn !== null) {
      if (fields.periodStart < project.startOn || fields.periodEnd > project.endOn) {
        warnings.push({
          field: 'periodStart',
          level: 'warning',
          message: `评估期间 ${fields.periodStart} 至 ${fields.periodEnd} 超出项目服务期 ${project.startOn} 至 ${project.endOn}`
        })
      }
    }
    const same = await db.mutualEvaluations
      .where('projectId')
      .equals(project.id)
      .filter(
        (other) =>
          other.id !== selfId &&
          other.archivedAt === null &&
          other.periodLabel === fields.periodLabel
      )
      .first()
    if (same) refuse(`该项目已有“${fields.periodLabel}”的双向评估`, 'periodLabel')
    return { fields: fields as MutualEvaluationFields, warnings }
  }

  /** One step on a stored record: the domain decides, the change is written and audited. */
  function stepOn(
    label: (before: MutualEvaluation) => string,
    apply: (before: MutualEvaluation, at: string) => Promise<CheckResult<MutualEvaluation>>,
    action: AuditEntry['action'] = 'update'
  ) {
    return (id: string) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        const at = now().toISOString()
        const { value, warnings } = valueOf(await apply(before, at))
        const after: MutualEvaluation = { ...value, updatedAt: at }
        const wrote = await store.change(before, after, { action, summary: label(before) })
        return { record: wrote ? after : before, warnings }
      })
  }

  const sideLabel = (side: MutualSide) => MUTUAL_SIDE_LABELS[side]

  return {
    create: (input) =>
      write(async () => {
        const at = now()
        const { fields, warnings } = await checked(input, null)
        const evaluation: MutualEvaluation = {
          ...draftMutualEvaluation(fields),
          ...store.stamp(at)
        }
        await store.add(evaluation, `新建${fields.periodLabel}双向评估`)
        return { record: evaluation, warnings }
      }),

    update: (id, patch) =>
      stepOn(
        () => '修改评估期间或义务',
        async (before) => {
          const frozen = mutualFrozenReason(before)
          if (frozen) refuse(frozen)
          if (
            'projectId' in patch &&
            (patch as { projectId?: unknown }).projectId !== before.projectId
          ) {
            refuse('双向评估所属的项目不能修改', 'projectId')
          }
          const { fields, warnings } = await checked({ ...draftOf(before), ...patch }, before.id)
          const revised = reviseMutualEvaluation(before, fields)
          return revised.ok ? { ...revised, warnings: [...warnings, ...revised.warnings] } : revised
        }
      )(id),

    fillSheet: (id, side, input) =>
      stepOn(
        () => `填写${sideLabel(side)}评价表`,
        async (before) => fillMutualSheet(before, side, input)
      )(id),

    submitSheet: (id, side) =>
      stepOn(
        () => `提交${sideLabel(side)}评价表`,
        async (before, at) => submitMutualSheet(before, side, at),
        'transition'
      )(id),

    reopenSheet: (id, side) =>
      stepOn(
        () => `退回${sideLabel(side)}评价表`,
        async (before) => reopenMutualSheet(before, side),
        'transition'
      )(id),

    finalize: (id) =>
      stepOn(
        (before) => `${before.periodLabel}双向评估定稿`,
        async (before, at) => finalizeMutualEvaluation(before, at, await currentOperator(db)),
        'finalize'
      )(id),

    archive: (id) =>
      write(() =>
        store.setArchived(id, true, (evaluation) => {
          const frozen = mutualFrozenReason(evaluation)
          if (frozen) refuse(frozen)
        })
      ),
    restore: (id) =>
      write(async () => {
        // Checked here rather than as setArchived's check: that one must be a single Dexie
        // promise (record-store), and this check is several reads.
        const evaluation = await store.existing(id)
        if (evaluation.archivedAt !== null) await checked(draftOf(evaluation), evaluation.id)
        return store.setArchived(id, false)
      }),
    get: (id) => db.mutualEvaluations.get(id),
    comparison: async (id) => {
      const evaluation = await db.mutualEvaluations.get(id)
      return evaluation && mutualComparison(evaluation)
    },
    listForProject: async (projectId) =>
      (await db.mutualEvaluations.where('projectId').equals(projectId).toArray()).sort((a, b) =>
        a.periodStart.localeCompare(b.periodStart)
      ),
    history: store.history
  }
}
