/**
 * 公益创投批次: set-up, the round's stages, the decisions on its results, 公示 and 立项. A stage
 * that moves the round's applications (开始评审, 公示结果, 立项, an upheld objection) writes
 * them, the round and the projects in one transaction: all of it happens or none of it does.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, zodIssues, type FieldIssue } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import type { Project } from '@shared/domain/projects/project'
import {
  REVIEWED_STATUSES,
  type Application,
  type ApplicationAction,
  type Award
} from '@shared/domain/venture/application'
import { reviewProgress, type Review } from '@shared/domain/venture/review'
import { roundContext } from '@shared/domain/venture/round-context'
import {
  adjustmentInputSchema,
  adjustmentIssues,
  objectionAnswerSchema,
  objectionDateRefusal,
  objectionInputSchema,
  planTranches,
  publicityInputSchema,
  roundResults,
  tiebreakInputSchema,
  type RoundResults
} from '@shared/domain/venture/results'
import {
  checkRound,
  roundAllows,
  roundFields,
  roundWorkRefusal,
  ROUND_WORKFLOW,
  type RoundAction,
  type RoundContext,
  type RoundDraft,
  type VentureRound
} from '@shared/domain/venture/round'
import { checkTransition } from '@shared/domain/workflow'
import type { ShelianDatabase } from '../schema'
import { createApplicationSteps, type StepContext } from './application-steps'
import { appendAudit, currentOperator } from './audit-log'
import { refreshNeedsOfApplications } from './needs-repository'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

export interface VentureRoundsRepository {
  create(draft: RoundDraft): Promise<WriteResult<VentureRound>>
  /**
   * Everything while 筹备; once the call is open only the name and the dates, so applicants are
   * never judged by rules changed after they applied; nothing after the deadline.
   */
  update(id: string, draft: RoundDraft): Promise<WriteResult<VentureRound>>
  /** 开始征集, 截止申报, 开始评审. */
  perform(id: string, action: 'open' | 'close' | 'startReview'): Promise<WriteResult<VentureRound>>
  /** The panel's order among applications tied at the funding line. */
  setTiebreak(id: string, input: unknown): Promise<WriteResult<VentureRound>>
  /** A grant set by hand, with the reason. */
  adjust(id: string, input: unknown): Promise<WriteResult<VentureRound>>
  /** Back to the grant the rules give. */
  removeAdjustment(id: string, applicationId: string): Promise<WriteResult<VentureRound>>
  /** 公示结果: the results become each application's award; the round enters 公示中. */
  publish(id: string, input: unknown): Promise<WriteResult<VentureRound>>
  addObjection(id: string, input: unknown): Promise<WriteResult<VentureRound>>
  /** 撤销资助 withdraws the grant of the application the objection concerns. */
  answerObjection(
    id: string,
    objectionId: string,
    input: unknown
  ): Promise<WriteResult<VentureRound>>
  /** 立项: every 拟资助 application becomes a project with its tranche plan. */
  approve(id: string): Promise<WriteResult<VentureRound>>
  /** Only a round still in 筹备 with no applications (one created by mistake). */
  archive(id: string): Promise<WriteResult<VentureRound>>
  restore(id: string): Promise<WriteResult<VentureRound>>
  /** The results as they stand, computed from the stored reviews. */
  results(id: string): Promise<RoundResults>
  get(id: string): Promise<VentureRound | undefined>
  listAll(): Promise<VentureRound[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '公益创投批次'
/** Fields that may still change once the call is open. */
const OPEN_EDITABLE = ['name', 'timeline']

function invalid(issues: FieldIssue[]): never {
  throw new RecordValidationError(issues)
}

export function createVentureRoundsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): VentureRoundsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<VentureRound>(db, {
    table: 'ventureRounds',
    label: LABEL,
    now,
    newId
  })
  const applications = createRecordStore<Application>(db, {
    table: 'applications',
    label: '申报书',
    now,
    newId
  })
  const applicationStep = createApplicationSteps(db, { now, newId })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [
        db.ventureRounds,
        db.applications,
        db.reviews,
        db.projects,
        db.organizations,
        db.needs,
        db.needMatches,
        db.settings,
        db.auditLog
      ],
      body
    )

  async function usable(id: string): Promise<VentureRound> {
    const round = await store.existing(id)
    store.inUse(round)
    return round
  }

  async function contents(round: VentureRound) {
    const [rows, reviews] = await Promise.all([
      db.applications.where('roundId').equals(round.id).toArray(),
      db.reviews.where('roundId').equals(round.id).toArray()
    ])
    return { applications: rows.filter((row) => row.archivedAt === null), reviews }
  }

  /** Applications whose scores make the results: through 初审 and not withdrawn since. */
  const reviewed = (rows: readonly Application[]) =>
    rows.filter((row) => REVIEWED_STATUSES.includes(row.status))

  function resultsOf(
    round: VentureRound,
    rows: readonly Application[],
    reviews: readonly Review[]
  ) {
    return roundResults(round, reviewed(rows), reviews)
  }

  /** The round's guard context from contents already read. */
  const contextOf = (
    round: VentureRound,
    { applications: rows, reviews }: Awaited<ReturnType<typeof contents>>,
    at: Date
  ): RoundContext => roundContext(round, rows, reviews, todayInChina(at))

  /** Moves one application a step as part of a round stage; returns it as stored. */
  const step = async (
    application: Application,
    action: ApplicationAction,
    input: unknown,
    context: Omit<StepContext, 'named'>
  ) => (await applicationStep(application, action, input, { ...context, named: true })).record

  /** Writes the round after a stage, with its event, and audits it. */
  async function advance(
    before: VentureRound,
    action: RoundAction,
    context: RoundContext,
    at: Date,
    operator: string,
    patch: Partial<VentureRound> = {}
  ): Promise<VentureRound> {
    const transition = checkTransition(ROUND_WORKFLOW, before.status, action, context)
    if (!transition.ok) refuse(transition.message)
    const after: VentureRound = {
      ...before,
      ...patch,
      status: transition.to,
      events: [
        ...before.events,
        { action, from: before.status, to: transition.to, at: at.toISOString(), operator }
      ],
      updatedAt: at.toISOString()
    }
    const label = ROUND_WORKFLOW.transitions.find((t) => t.action === action)!.label
    await store.change(before, after, {
      action: 'transition',
      ignore: ['events'],
      summary: `${label}（${before.status} → ${after.status}）`
    })
    return after
  }

  /** Rewrites the round's decisions (not its stage) with an audit summary. */
  async function decide(before: VentureRound, after: VentureRound, summary: string) {
    await store.change(before, { ...after, updatedAt: now().toISOString() }, { summary })
    return { record: after, warnings: [] }
  }

  return {
    create: (draft) =>
      write(async () => {
        const checked = checkRound(draft)
        if (!checked.ok) invalid(checked.issues)
        const round: VentureRound = {
          ...checked.value,
          ...store.stamp(now()),
          status: ROUND_WORKFLOW.initial,
          tiebreaks: [],
          adjustments: [],
          publicity: null,
          events: []
        }
        await store.add(round, `新建${LABEL}`)
        return { record: round, warnings: checked.warnings }
      }),

    update: (id, draft) =>
      write(async () => {
        const before = await usable(id)
        const checked = checkRound(draft)
        if (!checked.ok) invalid(checked.issues)
        if (!roundAllows(before, 'editRules')) {
          const closed = roundWorkRefusal(before, 'editSchedule')
          if (closed) refuse(closed)
          const stored = roundFields(before) as unknown as Record<string, unknown>
          const wanted = checked.value as unknown as Record<string, unknown>
          const changed = Object.keys(wanted).filter(
            (field) =>
              !OPEN_EDITABLE.includes(field) &&
              JSON.stringify(wanted[field]) !== JSON.stringify(stored[field])
          )
          if (changed.length > 0) refuse(roundWorkRefusal(before, 'editRules')!)
        }
        const keys = new Set(checked.value.tracks.map((track) => track.key))
        const { applications: rows } = await contents(before)
        for (const track of before.tracks.filter((candidate) => !keys.has(candidate.key))) {
          const using = rows.filter((row) => row.track === track.key).length
          if (using > 0) {
            refuse(`类别“${track.name}”已有 ${using} 份申报书，不能删除（可以改名）`, 'tracks')
          }
        }
        const after: VentureRound = { ...before, ...checked.value, updatedAt: now().toISOString() }
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings: checked.warnings }
      }),

    perform: (id, action) =>
      write(async () => {
        if (!['open', 'close', 'startReview'].includes(action)) refuse('操作无法进行')
        const before = await usable(id)
        const at = now()
        const operator = await currentOperator(db)
        const read = await contents(before)
        const context = contextOf(before, read, at)
        if (action === 'startReview') {
          const rows = read.applications
          const after = await advance(before, action, context, at, operator)
          for (const row of rows.filter((candidate) => candidate.status === '初审通过')) {
            await step(row, 'startReview', {}, { round: after, at, operator })
          }
          return { record: after, warnings: [] }
        }
        return { record: await advance(before, action, context, at, operator), warnings: [] }
      }),

    setTiebreak: (id, input) =>
      write(async () => {
        const before = await usable(id)
        const stage = roundWorkRefusal(before, 'decide')
        if (stage) refuse(stage)
        const parsed = tiebreakInputSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        const { order, reason } = parsed.data
        const { applications: rows, reviews } = await contents(before)
        const results = resultsOf(before, rows, reviews)
        const scores = order.map(
          (applicationId) => results.rows.find((row) => row.applicationId === applicationId)?.score
        )
        if (scores.some((score) => score === undefined || score === null)) {
          refuse('并列次序只能在已评出得分的申报书之间决定')
        }
        if (new Set(scores).size !== 1) refuse('所选申报书得分不同，不是并列')
        const at = now().toISOString()
        const operator = await currentOperator(db)
        const after: VentureRound = {
          ...before,
          tiebreaks: [
            ...before.tiebreaks.filter((entry) => !order.includes(entry.applicationId)),
            ...order.map((applicationId, index) => ({
              applicationId,
              order: order.length - index,
              reason,
              at,
              operator
            }))
          ]
        }
        return decide(before, after, `决定并列次序：${reason}`)
      }),

    adjust: (id, input) =>
      write(async () => {
        const before = await usable(id)
        const stage = roundWorkRefusal(before, 'decide')
        if (stage) refuse(stage)
        const parsed = adjustmentInputSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        const { applications: rows, reviews } = await contents(before)
        const issues = adjustmentIssues(before, reviewed(rows), reviews, parsed.data)
        if (issues.length > 0) invalid(issues)
        const at = now().toISOString()
        const after: VentureRound = {
          ...before,
          adjustments: [
            ...before.adjustments.filter(
              (entry) => entry.applicationId !== parsed.data.applicationId
            ),
            { ...parsed.data, at, operator: await currentOperator(db) }
          ]
        }
        return decide(before, after, `人工调整资助金额：${parsed.data.reason}`)
      }),

    removeAdjustment: (id, applicationId) =>
      write(async () => {
        const before = await usable(id)
        const stage = roundWorkRefusal(before, 'decide')
        if (stage) refuse(stage)
        const after: VentureRound = {
          ...before,
          adjustments: before.adjustments.filter((entry) => entry.applicationId !== applicationId)
        }
        return decide(before, after, '撤销人工调整，恢复按规则计算的资助金额')
      }),

    publish: (id, input) =>
      write(async () => {
        const before = await usable(id)
        const parsed = publicityInputSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        const at = now()
        const operator = await currentOperator(db)
        const read = await contents(before)
        const { applications: rows, reviews } = read
        const context = contextOf(before, read, at)
        const results = resultsOf(before, rows, reviews)
        const after = await advance(before, 'publish', context, at, operator, {
          publicity: { ...parsed.data, objections: [] }
        })
        const stage = { round: after, at, operator }
        for (const row of results.rows) {
          const application = rows.find((candidate) => candidate.id === row.applicationId)!
          const progress = reviewProgress(
            reviews.filter((r) => r.applicationId === row.applicationId)
          )
          const award: Award = {
            score: row.score,
            rank: row.rank,
            trackRank: row.trackRank,
            grantFen: row.grantFen,
            reason: row.reason,
            adjustmentReason: row.adjustment?.reason ?? null
          }
          // The reviews repository completes an application's review as its last sheet comes
          // in; one whose sheets were all in before that (e.g. restored from a backup) is
          // completed here.
          const done =
            application.status === '评审中'
              ? await step(
                  application,
                  'completeReview',
                  {},
                  {
                    ...stage,
                    reviewsComplete: progress.complete
                  }
                )
              : application
          await step(
            done,
            row.grantFen > 0 ? 'fund' : 'decline',
            { note: null },
            {
              ...stage,
              award
            }
          )
        }
        return { record: after, warnings: [] }
      }),

    addObjection: (id, input) =>
      write(async () => {
        const before = await usable(id)
        const stage = roundWorkRefusal(before, 'hearObjections')
        if (stage || before.publicity === null) refuse(stage ?? '评审结果尚未公示')
        const parsed = objectionInputSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        const today = todayInChina(now())
        const dateRefusal = objectionDateRefusal(before.publicity, parsed.data.receivedOn)
        if (dateRefusal) refuse(dateRefusal, 'receivedOn')
        if (parsed.data.receivedOn > today) refuse('收到日期不能晚于今天', 'receivedOn')
        if (parsed.data.applicationId !== null) {
          const target = await db.applications.get(parsed.data.applicationId)
          if (!target || target.roundId !== id)
            refuse('异议针对的申报书不在本批次', 'applicationId')
        }
        const after: VentureRound = {
          ...before,
          publicity: {
            ...before.publicity,
            objections: [
              ...before.publicity.objections,
              { id: newId(), ...parsed.data, response: null, outcome: null, answeredOn: null }
            ]
          }
        }
        return decide(before, after, `登记公示异议（${parsed.data.from}）`)
      }),

    answerObjection: (id, objectionId, input) =>
      write(async () => {
        const before = await usable(id)
        const stage = roundWorkRefusal(before, 'hearObjections')
        if (stage || before.publicity === null) refuse(stage ?? '评审结果尚未公示')
        const objection = before.publicity.objections.find((entry) => entry.id === objectionId)
        if (!objection) refuse('找不到这条异议')
        if (objection.outcome !== null) refuse('这条异议已经处理')
        const parsed = objectionAnswerSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        if (parsed.data.answeredOn < objection.receivedOn) {
          refuse(`答复日期不能早于收到日期 ${objection.receivedOn}`, 'answeredOn')
        }
        const at = now()
        if (parsed.data.outcome === '撤销资助') {
          if (objection.applicationId === null) {
            refuse('这条异议针对整份名单，不能撤销某一个项目的资助', 'outcome')
          }
          const application = await applications.existing(objection.applicationId)
          if (application.status !== '拟资助') {
            refuse(`“${application.title}”不在拟资助名单中，无需撤销`, 'outcome')
          }
          await step(
            application,
            'revoke',
            { reason: parsed.data.response },
            { round: before, at, operator: await currentOperator(db) }
          )
        }
        const after: VentureRound = {
          ...before,
          publicity: {
            ...before.publicity,
            objections: before.publicity.objections.map((entry) =>
              entry.id === objectionId ? { ...entry, ...parsed.data } : entry
            )
          }
        }
        return decide(before, after, `处理公示异议：${parsed.data.outcome}`)
      }),

    approve: (id) =>
      write(async () => {
        const before = await usable(id)
        const at = now()
        const operator = await currentOperator(db)
        const read = await contents(before)
        const after = await advance(before, 'approve', contextOf(before, read, at), at, operator)
        const rows = read.applications
        const approvedOn = todayInChina(at)
        for (const row of rows.filter((candidate) => candidate.status === '拟资助')) {
          const approved = await step(
            row,
            'approve',
            { note: null },
            { round: after, at, operator }
          )
          const amountFen = approved.award!.grantFen
          const project: Project = {
            ...applications.stamp(at),
            channel: '公益创投',
            origin: { kind: 'venture', roundId: id, applicationId: row.id },
            organizationId: row.organizationId,
            title: row.title,
            category: before.tracks.find((track) => track.key === row.track)?.name ?? row.track,
            communityIds: [...row.communityIds],
            amountFen,
            matchingFen: row.matchingFen,
            tranches: planTranches(amountFen, before.tranches),
            approvedOn,
            status: '待签约',
            startOn: null,
            endOn: null,
            indicators: [],
            socialWorkerIds: [],
            purchase: null,
            closedOn: null,
            terminatedOn: null,
            terminationReason: null
          }
          await db.projects.add(project)
          await appendAudit(
            db,
            {
              at: project.createdAt,
              table: 'projects',
              recordId: project.id,
              action: 'create',
              summary: `${before.name}立项`
            },
            newId,
            operator
          )
        }
        await refreshNeedsOfApplications(
          db,
          rows.filter((row) => row.status === '拟资助').map((row) => row.id),
          { at, newId }
        )
        return { record: after, warnings: [] }
      }),

    archive: (id) =>
      write(() =>
        store.setArchived(id, true, async (round) => {
          const stage = roundWorkRefusal(round, 'archive')
          if (stage) refuse(stage)
          const count = await db.applications.where('roundId').equals(id).count()
          if (count > 0) refuse(`该批次已有 ${count} 份申报书，不能归档`)
        })
      ),
    restore: (id) => write(() => store.setArchived(id, false)),

    results: (id) =>
      db.transaction('r', [db.ventureRounds, db.applications, db.reviews], async () => {
        const round = await store.existing(id)
        const { applications: rows, reviews } = await contents(round)
        return resultsOf(round, rows, reviews)
      }),
    get: (id) => db.ventureRounds.get(id),
    listAll: () => db.ventureRounds.toArray(),
    history: store.history
  }
}
