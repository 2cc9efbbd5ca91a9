/**
 * 评估 (capacity assessments of incubation stays, for now). A draft is edited freely; 定稿
 * fixes total, grade and pass with the office's grade bands and freezes the record: later
 * updates and archiving are refused (DESIGN.md §4), so a graduation always rests on the
 * assessment it was granted on.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  checkEvaluationDraft,
  draftEvaluation,
  evaluationDraftSchema,
  finalizeEvaluation,
  frozenReason,
  type Evaluation,
  type EvaluationDraft,
  type EvaluationFields
} from '@shared/domain/evaluations/evaluation'
import { assessmentRefusal } from '@shared/domain/incubation/incubation'
import type { ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'
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
  const store = createRecordStore<Evaluation>(db, {
    table: 'evaluations',
    label: LABEL,
    now,
    newId
  })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(db, [db.evaluations, db.incubations, db.settings, db.auditLog], body)

  function editable(evaluation: Evaluation): void {
    const frozen = frozenReason(evaluation)
    if (frozen) refuse(frozen)
    store.inUse(evaluation)
  }

  /** The rule, then the stay: it exists and is at a stage that is assessed. */
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

  return {
    create: (input) =>
      write(async () => {
        const at = now()
        const { fields, stay, warnings } = await checked(input, at)
        const evaluation: Evaluation = {
          ...draftEvaluation(fields, stay.organizationId),
          ...store.stamp(at)
        }
        await store.add(evaluation, `新建${fields.kind}评估`)
        return { record: evaluation, warnings }
      }),

    update: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        editable(before)
        if ('subjectId' in patch || 'subjectType' in patch) refuse('评估对象不能修改', 'subjectId')
        const at = now()
        const { fields, warnings } = await checked({ ...draftOf(before), ...patch }, at)
        const after = { ...before, ...fields, updatedAt: at.toISOString() }
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings }
      }),

    finalize: (id) =>
      write(async () => {
        const before = await store.existing(id)
        editable(before)
        // The stay's stage may have moved on since the draft was started; check it again.
        await checked(draftOf(before), now())
        const at = now().toISOString()
        const { evaluationBands } = await settings.getGrading()
        const result = finalizeEvaluation(before, evaluationBands, at, await currentOperator(db))
        if (!result.ok) throw new RecordValidationError(result.issues)
        const after = { ...result.value, updatedAt: at }
        await store.change(before, after, {
          action: 'finalize',
          summary: `定稿（${after.total} 分，${after.grade}）`
        })
        return { record: after, warnings: [] }
      }),

    archive: (id) =>
      write(() =>
        store.setArchived(id, true, (evaluation) => {
          const frozen = frozenReason(evaluation)
          if (frozen) refuse(frozen)
        })
      ),
    restore: (id) => write(() => store.setArchived(id, false)),
    get: (id) => db.evaluations.get(id),
    listAll: () => db.evaluations.toArray(),
    listForSubject: (subjectId) =>
      db.evaluations.where('subjectId').equals(subjectId).sortBy('evaluatedOn'),
    listForOrganization: (organizationId) =>
      db.evaluations.where('organizationId').equals(organizationId).sortBy('evaluatedOn'),
    history: store.history
  }
}
