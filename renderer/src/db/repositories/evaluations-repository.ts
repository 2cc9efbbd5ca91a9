/**
 * 评估 (capacity assessments of incubation stays, for now). A draft is edited freely; 定稿
 * fixes total, grade and pass with the office's grade bands and freezes the record: later
 * updates and archiving are refused (DESIGN.md §4), so a graduation always rests on the
 * assessment it was granted on.
 */
import { changedFields, type AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  checkEvaluationDraft,
  evaluationDraftSchema,
  finalizeEvaluation,
  frozenReason,
  type Evaluation,
  type EvaluationDraft,
  type EvaluationFields
} from '@shared/domain/evaluations/evaluation'
import { assessmentRefusal } from '@shared/domain/incubation/incubation'
import type { ShelianDatabase } from '../schema'
import { appendAudit, currentOperator } from './audit-log'
import { RecordNotFoundError, type RepositoryDeps, type WriteResult } from './record-repository'
import { createSettingsRepository } from './settings-repository'

export interface EvaluationsRepository {
  /** A new 草稿 for a stay. */
  create(input: EvaluationDraft): Promise<WriteResult<Evaluation>>
  /** Changes a 草稿; refused once it is 定稿. The subject never changes. */
  update(
    id: string,
    patch: Partial<Omit<EvaluationDraft, 'subjectType' | 'subjectId'>>
  ): Promise<WriteResult<Evaluation>>
  /** 定稿: computes total, grade and pass, and freezes the evaluation. */
  finalize(id: string): Promise<WriteResult<Evaluation>>
  /** Drafts only: a 定稿 evaluation stays on record. */
  archive(id: string): Promise<WriteResult<Evaluation>>
  restore(id: string): Promise<WriteResult<Evaluation>>
  get(id: string): Promise<Evaluation | undefined>
  listAll(): Promise<Evaluation[]>
  listForSubject(subjectId: string): Promise<Evaluation[]>
  listForOrganization(organizationId: string): Promise<Evaluation[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '评估'
const DRAFT_FIELDS = Object.keys(evaluationDraftSchema.shape)

function refuse(message: string, field = ''): never {
  throw new RecordValidationError([{ field, level: 'error', message }])
}

function draftOf(evaluation: Evaluation): EvaluationDraft {
  return Object.fromEntries(
    DRAFT_FIELDS.map((field) => [field, evaluation[field as keyof Evaluation]])
  ) as unknown as EvaluationDraft
}

export function createEvaluationsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): EvaluationsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const settings = createSettingsRepository(db, now, newId)
  const scope = [db.evaluations, db.incubations, db.settings, db.auditLog]

  async function existing(id: string): Promise<Evaluation> {
    const evaluation = await db.evaluations.get(id)
    if (!evaluation) throw new RecordNotFoundError(LABEL, id)
    return evaluation
  }

  function editable(evaluation: Evaluation): void {
    const frozen = frozenReason(evaluation)
    if (frozen) refuse(frozen)
    if (evaluation.archivedAt !== null) refuse(`这份${LABEL}已归档，请先恢复再修改`)
  }

  /** The rule, then the stay: it exists, is in use, and is at a stage that is assessed. */
  async function checked(input: unknown, at: Date) {
    const result = checkEvaluationDraft(input, todayInChina(at))
    if (!result.ok) throw new RecordValidationError(result.issues)
    const fields: EvaluationFields = result.value
    const stay = await db.incubations.get(fields.subjectId)
    if (!stay) refuse('评估对象（入驻记录）不存在', 'subjectId')
    const refusal = assessmentRefusal(stay)
    if (refusal) refuse(refusal, 'subjectId')
    if (fields.evaluatedOn < stay.appliedOn) {
      refuse(`评估日期不能早于入驻申请日期 ${stay.appliedOn}`, 'evaluatedOn')
    }
    const warnings: FieldIssue[] = [...result.warnings]
    if (fields.kind === '出壳' && stay.status === '待入驻') {
      warnings.push({ field: 'kind', level: 'warning', message: '尚未入驻的组织一般不做出壳评估' })
    }
    return { fields, stay, warnings }
  }

  async function audit(
    at: string,
    recordId: string,
    action: AuditEntry['action'],
    extra: Pick<AuditEntry, 'changes' | 'summary'> = {}
  ) {
    await appendAudit(db, { at, table: 'evaluations', recordId, action, ...extra }, newId)
  }

  async function setArchived(id: string, archive: boolean): Promise<WriteResult<Evaluation>> {
    return db.transaction('rw', scope, async () => {
      const before = await existing(id)
      if ((before.archivedAt !== null) === archive) return { record: before, warnings: [] }
      const frozen = frozenReason(before)
      if (archive && frozen) refuse(frozen)
      const at = now().toISOString()
      const after = { ...before, archivedAt: archive ? at : null, updatedAt: at }
      await db.evaluations.put(after)
      await audit(at, id, archive ? 'archive' : 'restore', {
        changes: { archivedAt: [before.archivedAt, after.archivedAt] }
      })
      return { record: after, warnings: [] }
    })
  }

  return {
    create: (input) =>
      db.transaction('rw', scope, async () => {
        const at = now()
        const { fields, stay, warnings } = await checked(input, at)
        const stamp = at.toISOString()
        const evaluation: Evaluation = {
          ...fields,
          organizationId: stay.organizationId,
          status: '草稿',
          total: null,
          grade: null,
          passed: null,
          finalizedAt: null,
          finalizedBy: null,
          id: newId(),
          createdAt: stamp,
          updatedAt: stamp,
          archivedAt: null
        }
        await db.evaluations.add(evaluation)
        await audit(stamp, evaluation.id, 'create', { summary: `新建${fields.kind}评估` })
        return { record: evaluation, warnings }
      }),

    update: (id, patch) =>
      db.transaction('rw', scope, async () => {
        const before = await existing(id)
        editable(before)
        if ('subjectId' in patch || 'subjectType' in patch) {
          refuse('评估对象不能修改', 'subjectId')
        }
        const at = now()
        const { fields, warnings } = await checked({ ...draftOf(before), ...patch }, at)
        const after = { ...before, ...fields, updatedAt: at.toISOString() }
        const changes = changedFields(
          before as unknown as Record<string, unknown>,
          after as unknown as Record<string, unknown>
        )
        if (Object.keys(changes).length === 0) return { record: before, warnings }
        await db.evaluations.put(after)
        await audit(after.updatedAt, id, 'update', { changes })
        return { record: after, warnings }
      }),

    finalize: (id) =>
      db.transaction('rw', scope, async () => {
        const before = await existing(id)
        editable(before)
        // The stay's stage may have moved on since the draft was started; check it again.
        await checked(draftOf(before), now())
        const at = now().toISOString()
        const { evaluationBands } = await settings.getGrading()
        const result = finalizeEvaluation(before, evaluationBands, at, await currentOperator(db))
        if (!result.ok) throw new RecordValidationError(result.issues)
        const after = { ...result.value, updatedAt: at }
        await db.evaluations.put(after)
        await audit(at, id, 'finalize', {
          changes: changedFields(
            before as unknown as Record<string, unknown>,
            after as unknown as Record<string, unknown>
          ),
          summary: `定稿（${after.total} 分，${after.grade}）`
        })
        return { record: after, warnings: [] }
      }),

    archive: (id) => setArchived(id, true),
    restore: (id) => setArchived(id, false),
    get: (id) => db.evaluations.get(id),
    listAll: () => db.evaluations.toArray(),
    listForSubject: (subjectId) =>
      db.evaluations.where('subjectId').equals(subjectId).sortBy('evaluatedOn'),
    listForOrganization: (organizationId) =>
      db.evaluations.where('organizationId').equals(organizationId).sortBy('evaluatedOn'),
    async history(id) {
      const entries = await db.auditLog
        .where('[table+recordId]')
        .equals(['evaluations', id])
        .toArray()
      return entries.sort((a, b) => a.at.localeCompare(b.at))
    }
  }
}
