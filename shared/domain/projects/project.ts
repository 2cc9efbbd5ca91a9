/**
 * 项目: the delivery record of a funded service (DESIGN.md §3 `projects`), the same for both
 * channels (issue #6 items 2–3). A 公益创投 project is created at 立项 from its application, with
 * the approved amount and the round's tranche plan; a 政府购买服务 project is entered by the office
 * with its purchaser, catalogue items, procurement and the contract's payment plan. Agreements,
 * payments, activities and evaluations hang off it.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { fenField, idListField, isoDateField, optionalTextField, textField } from '../fields'
import { amountInWords, isFen, sumFen, type Fen } from '../money'
import type { ArchivableRecord, DraftOf } from '../records'
import type { Workflow } from '../workflow'
import { purchaseRefusal, type CatalogueItem } from '../catalogue/catalogue-item'
import { isSettled } from '../payments/payment-plan'
import type { Organization } from '../organizations/organization'
import type { IndicatorNode } from '../performance/indicator'
import { indicatorTreeSchema, treeIssues } from '../performance/indicator-tree'
import { periodIssues } from '../procurement/contract-period'
import {
  awardedBidder,
  procurementIssues,
  procurementSchema,
  type Procurement
} from '../procurement/procurement'
import { providerIssues } from '../procurement/provider'
import {
  staffingIssues,
  staffingRequirementSchema,
  type StaffingMember,
  type StaffingRequirement
} from '../procurement/staffing'
import { planTranches, type PlannedTranche } from '../venture/results'
import { trancheSchema, tranchePlanIssues, tranchePlanSchema } from '../venture/round'
import type { Agreement } from './agreement'

export const PROJECT_CHANNELS = ['公益创投', '政府购买服务'] as const
export type ProjectChannel = (typeof PROJECT_CHANNELS)[number]

/** A 公益创投 project: the round and the application it was approved from. */
export interface VentureOrigin {
  kind: 'venture'
  roundId: string
  applicationId: string
}

/** A 政府购买服务 project: its purchase is described by `Project.purchase`. */
export interface PurchaseOrigin {
  kind: 'purchase'
}

export type ProjectOrigin = VentureOrigin | PurchaseOrigin

export const PROJECT_STATUSES = ['待签约', '执行中', '已结项', '已终止'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** 购买主体 (102号令 art. 5: state organs at every level; here, those a street office deals with). */
export const PURCHASER_KINDS = ['街道办事处', '区级部门', '其他'] as const
export type PurchaserKind = (typeof PURCHASER_KINDS)[number]

/** Where the money comes from (102号令 art. 3 预算约束: a purchase needs a budget line). */
export const BUDGET_SOURCES = [
  '一般公共预算',
  '政府性基金预算',
  '福彩公益金',
  '上级补助',
  '其他'
] as const
export type BudgetSource = (typeof BUDGET_SOURCES)[number]

/** What only a 政府购买服务 project has. */
export interface PurchaseDetails {
  purchaser: { name: string; kind: PurchaserKind }
  /** Items of the 购买服务目录 bought (102号令 art. 11, 14); at least one. */
  catalogueItemIds: string[]
  budgetSource: BudgetSource
  procurement: Procurement
  /** Why the contract runs beyond one year (102号令 art. 24); null for a one-year contract. */
  multiYearJustification: string | null
  /** 人员要求: how many social workers at which certification levels. */
  staffing: StaffingRequirement
}

export interface Project extends ArchivableRecord {
  channel: ProjectChannel
  origin: ProjectOrigin
  /** 承接组织. */
  organizationId: string
  title: string
  /** 公益创投: the round's track name at 立项 (a later rename does not rewrite history); 政府购买服务: the service category. */
  category: string
  communityIds: string[]
  /** The approved grant (资助金额) or the contract amount (合同金额), 分. */
  amountFen: Fen
  /** 配套资金 the organisation committed in its 公益创投 application, 分; 0 for a purchase. */
  matchingFen: Fen
  /** The round's tranche plan, or the contract's payment plan; adds up to `amountFen`. */
  tranches: PlannedTranche[]
  /** 立项 date. */
  approvedOn: IsoDate
  status: ProjectStatus
  /** Service period; null for a 公益创投 project until its agreement settles it. */
  startOn: IsoDate | null
  endOn: IsoDate | null
  /** 绩效目标表; empty until set. */
  indicators: IndicatorNode[]
  /** The assigned team. */
  socialWorkerIds: string[]
  /** Null for 公益创投. */
  purchase: PurchaseDetails | null
  closedOn: IsoDate | null
  terminatedOn: IsoDate | null
  terminationReason: string | null
}

const fen = (label: string, min: number) =>
  z.number().refine((value) => isFen(value) && value >= min, `${label}有误`)

const plannedTrancheSchema = z.strictObject({
  no: z.number().int().positive(),
  ...trancheSchema.shape,
  amountFen: fen('拨付金额', 0)
})

const purchaseDetailsSchema = z.strictObject({
  purchaser: z.strictObject({
    name: textField('购买主体', 60, true),
    kind: z.enum(PURCHASER_KINDS, { error: '请选择购买主体类型' })
  }),
  catalogueItemIds: idListField(50).refine((ids) => ids.length > 0, {
    message: '请至少选择一个购买服务目录事项'
  }),
  budgetSource: z.enum(BUDGET_SOURCES, { error: '请选择资金来源' }),
  procurement: procurementSchema,
  multiYearJustification: optionalTextField('跨年度合同的理由', 500),
  staffing: staffingRequirementSchema
})

export const storedProjectSchema = z.strictObject({
  channel: z.enum(PROJECT_CHANNELS, { error: '项目来源渠道有误' }),
  origin: z.discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('venture'),
        roundId: z.string().min(1),
        applicationId: z.string().min(1)
      }),
      z.strictObject({ kind: z.literal('purchase') })
    ],
    { error: '项目来源有误' }
  ),
  organizationId: z.string().min(1, '缺少承接组织'),
  title: z.string().min(1, '缺少项目名称'),
  category: z.string(),
  communityIds: z.array(z.string().min(1)),
  amountFen: fen('资助金额', 1),
  matchingFen: fen('配套资金', 0),
  tranches: z.array(plannedTrancheSchema),
  approvedOn: isoDateField('立项日期'),
  status: z.enum(PROJECT_STATUSES, { error: '项目状态不是本程序使用的状态' }),
  startOn: isoDateField('服务开始日期').nullable(),
  endOn: isoDateField('服务结束日期').nullable(),
  indicators: indicatorTreeSchema,
  socialWorkerIds: z.array(z.string().min(1)),
  purchase: purchaseDetailsSchema.nullable(),
  closedOn: isoDateField('结项日期').nullable(),
  terminatedOn: isoDateField('终止日期').nullable(),
  terminationReason: z.string().min(1).nullable()
})

export type StoredProject = z.output<typeof storedProjectSchema>

/**
 * Shape, and what ties it together: tranches that add up to the amount, the origin and the
 * purchase details that belong to the channel, a period in order and known once signed, and the
 * closing or termination dates that go with the status.
 */
export function checkStoredProject(input: unknown): CheckResult<StoredProject> {
  return checkRecord(storedProjectSchema, input, (project) => {
    const issues: FieldIssue[] = []
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    const planned = sumFen(project.tranches.map((tranche) => tranche.amountFen))
    if (planned !== project.amountFen) error('tranches', '各期拨付金额合计与资助金额不符')

    const purchase = project.channel === '政府购买服务'
    if ((project.origin.kind === 'purchase') !== purchase) {
      error('origin', `${project.channel}项目的来源有误`)
    }
    if (purchase && project.purchase === null) error('purchase', '政府购买服务项目缺少采购信息')
    if (!purchase && project.purchase !== null) error('purchase', '公益创投项目不应有采购信息')

    if ((project.startOn === null) !== (project.endOn === null)) {
      error(project.startOn === null ? 'startOn' : 'endOn', '服务期限须同时填写开始和结束日期')
    } else if (project.startOn !== null && project.endOn! <= project.startOn) {
      error('endOn', `服务结束日期 ${project.endOn} 须晚于开始日期 ${project.startOn}`)
    }
    // Signing settles the period; a project terminated before signing may never have had one.
    const signed = project.status === '执行中' || project.status === '已结项'
    if (signed && project.startOn === null) {
      error('startOn', `${project.status}的项目须有服务期限`)
    }
    if ((project.status === '已结项') !== (project.closedOn !== null)) {
      error(
        'closedOn',
        project.closedOn === null ? '已结项的项目缺少结项日期' : '未结项的项目不应有结项日期'
      )
    }
    const terminated = project.status === '已终止'
    if (terminated !== (project.terminatedOn !== null)) {
      error('terminatedOn', terminated ? '已终止的项目缺少终止日期' : '未终止的项目不应有终止日期')
    }
    if (terminated !== (project.terminationReason !== null)) {
      error(
        'terminationReason',
        terminated ? '已终止的项目缺少终止理由' : '未终止的项目不应有终止理由'
      )
    }
    issues.push(...treeIssues(project.indicators))
    return { value: project, issues }
  })
}

// 政府购买服务: a new project entered by the office.

export const purchaseProjectDraftSchema = z.strictObject({
  title: textField('项目名称', 60, true),
  organizationId: z.string({ error: '请选择承接组织' }).min(1, '请选择承接组织'),
  category: textField('服务类别', 20),
  communityIds: idListField(200),
  amountFen: fenField('合同金额', { positive: true }),
  approvedOn: isoDateField('立项日期'),
  startOn: isoDateField('服务开始日期'),
  endOn: isoDateField('服务结束日期'),
  socialWorkerIds: idListField(200),
  /** The contract's payment plan; planned into amounts by {@link newPurchaseProject}. */
  tranches: tranchePlanSchema,
  indicators: indicatorTreeSchema,
  purchase: purchaseDetailsSchema
})

export type PurchaseProjectDraft = z.input<typeof purchaseProjectDraftSchema>
export type PurchaseProjectFields = z.output<typeof purchaseProjectDraftSchema>

/** What the repository reads for {@link checkPurchaseProject}. */
export interface PurchaseProjectFacts {
  /** The catalogue items the draft names (those that exist). */
  items: readonly Pick<CatalogueItem, 'id' | 'name' | 'negativeListKey' | 'archivedAt'>[]
  /** The provider organisation; undefined when it does not exist. */
  provider:
    Pick<Organization, 'name' | 'legalForm' | 'registrationStatus' | 'archivedAt'> | undefined
  /** The assigned social workers (those that exist). */
  team: readonly StaffingMember[]
  today: IsoDate
}

/**
 * A 政府购买服务 project before it is written: catalogue items that exist and may be bought
 * (102号令 art. 10 negative list), a provider the rules admit (art. 6, 8), a period of one year
 * or up to three with a justification (art. 24), the fields its procurement method needs, a team
 * that meets the staffing requirement, a payment plan of 100 % in gate order, and a consistent
 * 绩效目标表 when one is given.
 */
export function checkPurchaseProject(
  input: unknown,
  facts: PurchaseProjectFacts
): CheckResult<PurchaseProjectFields> {
  return checkRecord(purchaseProjectDraftSchema, input, (draft) => {
    const issues: FieldIssue[] = []
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })

    const items = new Map(facts.items.map((item) => [item.id, item]))
    draft.purchase.catalogueItemIds.forEach((id, index) => {
      const item = items.get(id)
      const refusal = item ? purchaseRefusal(item) : '购买服务目录中没有这一事项'
      if (refusal) error(`purchase.catalogueItemIds.${index}`, refusal)
    })

    if (facts.provider === undefined) error('organizationId', '承接组织不存在')
    else issues.push(...providerIssues(facts.provider))
    const winner = awardedBidder(draft.purchase.procurement)
    if (winner?.organizationId && winner.organizationId !== draft.organizationId) {
      error('organizationId', `承接组织与中标（成交）供应商“${winner.name}”不是同一组织`)
    }

    issues.push(
      ...periodIssues(draft.startOn, draft.endOn, draft.purchase.multiYearJustification).map(
        (issue) =>
          issue.field === 'multiYearJustification'
            ? { ...issue, field: 'purchase.multiYearJustification' }
            : issue
      )
    )
    if (draft.approvedOn > facts.today) error('approvedOn', '立项日期不能晚于今天')

    for (const issue of procurementIssues(draft.purchase.procurement, draft.amountFen)) {
      issues.push({ ...issue, field: `purchase.${issue.field}` })
    }

    const team = new Map(facts.team.map((worker) => [worker.id, worker]))
    draft.socialWorkerIds.forEach((id, index) => {
      if (!team.has(id)) error(`socialWorkerIds.${index}`, '该社工不存在')
    })
    const assigned = facts.team.filter((worker) => draft.socialWorkerIds.includes(worker.id))
    issues.push(...staffingIssues(draft.purchase.staffing, assigned, facts.today))

    issues.push(...tranchePlanIssues(draft.tranches))
    issues.push(...treeIssues(draft.indicators))
    return { value: draft, issues }
  })
}

/**
 * The contract amount in 大写 for the form to show beside the figure, or null while the figure
 * is not a valid amount.
 */
export function contractAmountInWords(amountFen: unknown): string | null {
  return isFen(amountFen) && amountFen > 0 ? amountInWords(amountFen) : null
}

/** A new 政府购买服务 project from checked fields: 待签约, the payment plan turned into amounts. */
export function newPurchaseProject(fields: PurchaseProjectFields): DraftOf<Project> {
  const { tranches, ...rest } = fields
  return {
    ...rest,
    channel: '政府购买服务',
    origin: { kind: 'purchase' },
    matchingFen: 0,
    tranches: planTranches(fields.amountFen, tranches),
    status: '待签约',
    closedOn: null,
    terminatedOn: null,
    terminationReason: null
  }
}

// Lifecycle.

export const PROJECT_ACTIONS = ['sign', 'close', 'terminate'] as const
export type ProjectAction = (typeof PROJECT_ACTIONS)[number]

/** What the project's steps look at, built by {@link projectContext}. */
export interface ProjectContext {
  /** The project's agreement, or null before one is drafted. */
  agreement: { number: string; signed: boolean } | null
  /** 定稿 末期 evaluations by the purchaser or a third party. */
  finalEvaluations: number
  /** Numbers of the tranches neither paid (已拨付) nor closed by a 追回 decision. */
  openTranches: number[]
  /** The reason given for terminating, when the user is terminating. */
  terminationReason: string | null
}

/** The facts the repository reads for a project's steps. */
export interface ProjectFacts {
  agreement: Pick<Agreement, 'number' | 'status'> | null
  /** The evaluations in force (corrected versions left out). */
  evaluations: readonly { kind: string; status: string; mode: string }[]
  payments: readonly { no: number; status: string }[]
  terminationReason?: string | null
}

/**
 * The context of {@link PROJECT_WORKFLOW}. A 自评 does not count towards closing: the provider
 * would be judging its own delivery (the purchaser evaluates, 102号令; domain-cn.md §3).
 */
export function projectContext(facts: ProjectFacts): ProjectContext {
  return {
    agreement: facts.agreement && {
      number: facts.agreement.number,
      signed: facts.agreement.status === '已签订'
    },
    finalEvaluations: facts.evaluations.filter(
      (evaluation) =>
        evaluation.kind === '末期' && evaluation.status === '定稿' && evaluation.mode !== '自评'
    ).length,
    openTranches: facts.payments
      .filter((payment) => !isSettled(payment.status))
      .map((payment) => payment.no)
      .sort((a, b) => a - b),
    terminationReason: facts.terminationReason?.trim() || null
  }
}

/**
 * 待签约 → 执行中 → 已结项, or 已终止 before the end. A project starts when its agreement is
 * signed (102号令 art. 23: a written contract), and closes only when its 末期 evaluation is
 * final and no tranche is left open, so nothing is owed or unjudged on a closed project.
 */
export const PROJECT_WORKFLOW: Workflow<ProjectStatus, ProjectAction, ProjectContext> = {
  subject: '项目',
  states: PROJECT_STATUSES,
  initial: '待签约',
  final: ['已结项', '已终止'],
  transitions: [
    {
      action: 'sign',
      label: '签约',
      from: ['待签约'],
      to: '执行中',
      guard: ({ agreement }) => {
        if (agreement === null) return '还没有协议，请先起草并签订协议'
        return agreement.signed ? null : `协议 ${agreement.number} 尚未签订`
      }
    },
    {
      action: 'close',
      label: '结项',
      from: ['执行中'],
      to: '已结项',
      guard: ({ finalEvaluations, openTranches }) => {
        const missing: string[] = []
        if (finalEvaluations === 0) missing.push('还没有定稿的末期评估')
        if (openTranches.length > 0) {
          missing.push(`第 ${openTranches.join('、')} 期拨付尚未办结（须已拨付或追回）`)
        }
        return missing.length > 0 ? missing.join('；') : null
      }
    },
    {
      action: 'terminate',
      label: '终止',
      from: ['待签约', '执行中'],
      to: '已终止',
      guard: ({ terminationReason }) => (terminationReason ? null : '终止项目须写明理由')
    }
  ]
}

/** The work done on a project, each allowed in some of its stages ({@link PROJECT_WORK}). */
export type ProjectWork = 'edit' | 'recordActivities' | 'evaluate' | 'mutualEvaluate' | 'followUp'

/**
 * The stages in which each kind of work is done on a project, and the refusal outside them: the
 * one table screens read to offer work and repositories read before writing it (the stage steps
 * themselves are PROJECT_WORKFLOW's). A project — its fields, agreement and 变更 — is edited and
 * its 服务记录 kept until it ends: what was delivered is then settled. It is evaluated once
 * signed, a terminated one too (the record of what was delivered), but no new evaluation comes
 * after 结项, which its 末期 evaluation allowed. A 双向评估 reviews a contract period, so it
 * needs a signed contract and may come after the end. A project is followed up — its due items
 * listed, counted among a catalogue item's users — while it runs.
 */
export const PROJECT_WORK: Readonly<
  Record<
    ProjectWork,
    { stages: readonly ProjectStatus[]; refusal: (status: ProjectStatus) => string }
  >
> = {
  edit: { stages: ['待签约', '执行中'], refusal: (status) => `项目${status}，不能再修改` },
  recordActivities: {
    stages: ['待签约', '执行中'],
    refusal: (status) => `项目${status}，不能再登记或修改服务记录`
  },
  evaluate: {
    stages: ['执行中', '已终止'],
    refusal: (status) =>
      status === '待签约' ? '项目尚未签约，不能开始评估' : `项目${status}，不能再新建评估`
  },
  mutualEvaluate: {
    stages: ['执行中', '已结项', '已终止'],
    refusal: () => '项目尚未签约，不能进行双向评估'
  },
  followUp: { stages: ['待签约', '执行中'], refusal: (status) => `项目${status}，已不在进行中` }
}

/** Why `work` cannot be done on the project now, or null when it can (an archived one allows none). */
export function projectWorkRefusal(
  project: Pick<Project, 'status' | 'archivedAt'>,
  work: ProjectWork
): string | null {
  if (project.archivedAt !== null) return '该项目已归档'
  const { stages, refusal } = PROJECT_WORK[work]
  return stages.includes(project.status) ? null : refusal(project.status)
}

/** Whether the project's stage allows `work`. */
export function projectAllows(
  project: Pick<Project, 'status' | 'archivedAt'>,
  work: ProjectWork
): boolean {
  return projectWorkRefusal(project, work) === null
}

/** The fields that define the contract, with their names in messages. */
export const CONTRACT_FIELD_LABELS = {
  organizationId: '承接组织',
  amountFen: '金额',
  startOn: '服务开始日期',
  endOn: '服务结束日期',
  tranches: '拨付计划',
  socialWorkerIds: '服务团队',
  purchase: '采购信息'
} as const satisfies Partial<Record<keyof Project, string>>

/**
 * Why the `changed` fields of the project cannot be edited directly, or null when they can.
 * Once the agreement is signed the fields that define the contract are locked and change only
 * through an approved amendment (DESIGN.md §4); a closed or terminated project is not edited
 * ({@link PROJECT_WORK} `edit`).
 */
export function editableProjectRefusal(
  project: Pick<Project, 'status' | 'archivedAt'>,
  changed: readonly (keyof Project)[]
): string | null {
  const ended = projectWorkRefusal(project, 'edit')
  if (ended) return ended
  if (project.status === '待签约') return null
  const locked = changed.flatMap((field) =>
    field in CONTRACT_FIELD_LABELS
      ? [CONTRACT_FIELD_LABELS[field as keyof typeof CONTRACT_FIELD_LABELS]]
      : []
  )
  return locked.length > 0 ? `协议已签订，${locked.join('、')}须通过变更（补充协议）修改` : null
}

/**
 * Why the 绩效目标表 cannot be changed, or null when it can: the project has ended (or is
 * archived), or an evaluation is 定稿 — an evaluation keeps the tree it was scored on, and a
 * later change would leave the project's targets disagreeing with its own record.
 */
export function indicatorsLockedReason(
  project: Pick<Project, 'status' | 'archivedAt'>,
  evaluations: readonly { kind: string; status: string; archivedAt: string | null }[]
): string | null {
  const ended = editableProjectRefusal(project, ['indicators'])
  if (ended) return ended
  const kinds = [
    ...new Set(
      evaluations
        .filter((evaluation) => evaluation.archivedAt === null && evaluation.status === '定稿')
        .map((evaluation) => `${evaluation.kind}评估`)
    )
  ]
  return kinds.length > 0
    ? `已有定稿的${kinds.join('、')}，绩效目标表不能再修改（评估按定稿时的绩效目标表打分）`
    : null
}
