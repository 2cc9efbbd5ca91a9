/**
 * 申报书: drafts, submission, withdrawal and 初审. Every step goes through the shared workflow
 * (performApplicationAction) and is written with its audit entry in one transaction. The steps
 * that move a whole round's applications at once — 开始评审, the published results, 立项 — are
 * the round's (venture-rounds-repository.ts).
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  APPLICATION_CONTENT_FIELDS,
  checkApplicationDraft,
  newApplicationRefusal,
  openApplication,
  stillCompetes,
  type Application,
  type ApplicationAction,
  type ApplicationContent,
  type ApplicationDraft
} from '@shared/domain/venture/application'
import { checkEligibility, type Eligibility } from '@shared/domain/venture/eligibility'
import { roundWorkRefusal, type RoundWork, type VentureRound } from '@shared/domain/venture/round'
import type { ShelianDatabase } from '../schema'
import { createApplicationSteps } from './application-steps'
import { currentOperator } from './audit-log'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

/** The steps taken on one application; the others follow the round. */
export const APPLICATION_OWN_ACTIONS = [
  'submit',
  'withdraw',
  'reopen',
  'screenPass',
  'screenFail'
] as const satisfies readonly ApplicationAction[]
export type ApplicationOwnAction = (typeof APPLICATION_OWN_ACTIONS)[number]

export interface ApplicationsRepository {
  /** Opens a 草稿 in a round that is being prepared or collecting. */
  create(draft: ApplicationDraft): Promise<WriteResult<Application>>
  /** Changes a 草稿's content; budget problems come back as warnings. */
  update(id: string, patch: Partial<ApplicationContent>): Promise<WriteResult<Application>>
  /** 提交, 撤回, 退回修改, 初审通过 / 不通过 with the inputs their dialogs collected. */
  perform(
    id: string,
    action: ApplicationOwnAction,
    input: unknown
  ): Promise<WriteResult<Application>>
  /** The round's eligibility rules applied to the application now. */
  eligibility(id: string): Promise<Eligibility>
  /** The same for every application of the round waiting for 初审, reading the round once. */
  eligibilityForRound(roundId: string): Promise<Map<string, Eligibility>>
  /** Takes a 草稿 or 已撤回 application out of the lists. */
  archive(id: string): Promise<WriteResult<Application>>
  restore(id: string): Promise<WriteResult<Application>>
  get(id: string): Promise<Application | undefined>
  listForRound(roundId: string): Promise<Application[]>
  listForOrganization(organizationId: string): Promise<Application[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '申报书'

/** The kind of round work each step is (ROUND_WORK says in which stages it may be done). */
const STAGE_WORK: Readonly<Record<ApplicationOwnAction, RoundWork>> = {
  submit: 'submit',
  reopen: 'submit',
  withdraw: 'withdraw',
  screenPass: 'screen',
  screenFail: 'screen'
}

export function createApplicationsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ApplicationsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<Application>(db, {
    table: 'applications',
    label: LABEL,
    now,
    newId
  })
  const step = createApplicationSteps(db, { now, newId })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [
        db.applications,
        db.ventureRounds,
        db.organizations,
        db.evaluations,
        db.settings,
        db.auditLog
      ],
      body
    )

  async function roundOf(roundId: string): Promise<VentureRound> {
    const round = await db.ventureRounds.get(roundId)
    if (!round) refuse('找不到这个公益创投批次', 'roundId')
    return round
  }

  /** `siblings`: every application of the round, read once by the caller. */
  async function eligibilityOf(
    application: Application,
    round: VentureRound,
    siblings: readonly Application[],
    today: string
  ) {
    const organization = await db.organizations.get(application.organizationId)
    if (!organization) refuse('申报组织不存在')
    const evaluations = await db.evaluations
      .where('organizationId')
      .equals(organization.id)
      .toArray()
    return checkEligibility(
      {
        organization,
        failedEvaluations: evaluations
          .filter((row) => row.archivedAt === null && row.status === '定稿' && row.passed === false)
          .map((row) => ({ on: row.evaluatedOn, what: `${row.kind}评估` })),
        otherApplications: siblings
          .filter(
            (other) =>
              other.id !== application.id &&
              other.organizationId === organization.id &&
              other.archivedAt === null &&
              stillCompetes(other.status)
          )
          .map(({ id, track, status }) => ({ id, track, status })),
        track: application.track
      },
      round.eligibility,
      today
    )
  }

  const siblingsOf = (roundId: string) => db.applications.where('roundId').equals(roundId).toArray()
  const read = <R>(body: () => Promise<R>): Promise<R> =>
    db.transaction(
      'r',
      [db.applications, db.ventureRounds, db.organizations, db.evaluations],
      async () => body()
    )

  return {
    create: (input) =>
      write(async () => {
        const at = now()
        const today = todayInChina(at)
        const roundId = (input as { roundId?: unknown }).roundId
        const round = typeof roundId === 'string' ? await roundOf(roundId) : null
        if (!round) refuse('请选择公益创投批次', 'roundId')
        const refusal = newApplicationRefusal(round)
        if (refusal) refuse(refusal, 'roundId')
        const checked = checkApplicationDraft(input, round, today)
        if (!checked.ok) throw new RecordValidationError(checked.issues)
        const organization = await db.organizations.get(checked.value.organizationId)
        if (!organization) refuse('申报组织不存在', 'organizationId')
        if (organization.archivedAt !== null) {
          refuse(`“${organization.name}”已归档，请先恢复再申报`, 'organizationId')
        }
        const application: Application = { ...openApplication(checked.value), ...store.stamp(at) }
        await store.add(application, '新建申报书')
        return { record: application, warnings: checked.warnings }
      }),

    update: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        if (before.status !== '草稿') {
          refuse(`申报书已${before.status === '已撤回' ? '撤回' : '提交'}，内容不能再修改`)
        }
        const unknown = Object.keys(patch).filter(
          (field) => !(APPLICATION_CONTENT_FIELDS as readonly string[]).includes(field)
        )
        if (unknown.length > 0) refuse(`这些字段不能在申报书中修改：${unknown.join('、')}`)
        const at = now()
        const round = await roundOf(before.roundId)
        const content = Object.fromEntries(
          APPLICATION_CONTENT_FIELDS.map((field) => [field, before[field]])
        )
        const checked = checkApplicationDraft(
          { roundId: before.roundId, organizationId: before.organizationId, ...content, ...patch },
          round,
          todayInChina(at)
        )
        if (!checked.ok) throw new RecordValidationError(checked.issues)
        const after: Application = { ...before, ...checked.value, updatedAt: at.toISOString() }
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings: checked.warnings }
      }),

    perform: (id, action, input) =>
      write(async () => {
        if (!(APPLICATION_OWN_ACTIONS as readonly string[]).includes(action)) {
          refuse('这一步由公益创投批次统一操作')
        }
        const before = await store.existing(id)
        store.inUse(before, `这份${LABEL}已归档，请先恢复再操作`)
        const round = await roundOf(before.roundId)
        const stage = roundWorkRefusal(round, STAGE_WORK[action])
        if (stage) refuse(stage)
        const at = now()
        const screening = action === 'screenPass' || action === 'screenFail'
        return step(before, action, input, {
          round,
          at,
          operator: await currentOperator(db),
          eligibility: screening
            ? await eligibilityOf(before, round, await siblingsOf(round.id), todayInChina(at))
            : null
        })
      }),

    eligibility: (id) =>
      read(async () => {
        const application = await store.existing(id)
        const round = await roundOf(application.roundId)
        return eligibilityOf(application, round, await siblingsOf(round.id), todayInChina(now()))
      }),

    eligibilityForRound: (roundId) =>
      read(async () => {
        const round = await roundOf(roundId)
        const siblings = await siblingsOf(roundId)
        const today = todayInChina(now())
        const waiting = siblings.filter((row) => row.archivedAt === null && row.status === '已提交')
        const results = new Map<string, Eligibility>()
        for (const application of waiting) {
          results.set(application.id, await eligibilityOf(application, round, siblings, today))
        }
        return results
      }),

    archive: (id) =>
      write(() =>
        store.setArchived(id, true, (application) => {
          if (application.status !== '草稿' && application.status !== '已撤回') {
            refuse(`状态为“${application.status}”的申报书不能归档；不再申报请先撤回`)
          }
        })
      ),
    restore: (id) => write(() => store.setArchived(id, false)),
    get: (id) => db.applications.get(id),
    listForRound: (roundId) => db.applications.where('roundId').equals(roundId).toArray(),
    listForOrganization: (organizationId) =>
      db.applications.where('organizationId').equals(organizationId).toArray(),
    history: store.history
  }
}
