/**
 * 协议 / 合同 and 变更 (DESIGN.md §3 `agreements`, issue #6 item 3). A project has one agreement:
 * the 公益创投 资助协议 or the 政府购买服务合同. It is drafted while the project is 待签约 and
 * locked once signed (DESIGN.md §4); from then on a change is an amendment (变更 / 补充协议), a
 * record of its own that is approved or rejected and never edited after the decision, so the
 * terms in force are always the agreement plus its approved amendments in order.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { fenField, idListField, isoDateField, optionalTextField, textField } from '../fields'
import { yuanText, type Fen } from '../money'
import { periodIssues } from '../procurement/contract-period'
import type { ArchivableRecord } from '../records'
import type { Workflow } from '../workflow'
import type { Project } from './project'

export const AGREEMENT_STATUSES = ['草拟', '已签订'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

/**
 * What a contract must state besides its parties, term and price, which have fields of their own
 * (财政部令第102号 art. 23: 服务的内容、期限、数量、质量、价格，资金结算方式，各方权利义务事项和违约责任).
 * The form offers them as headings to write under; {@link missingTermHeadings} finds the gaps.
 */
export const CONTRACT_TERM_HEADINGS = [
  '服务内容',
  '服务数量',
  '服务质量',
  '资金结算方式',
  '双方权利义务',
  '违约责任'
] as const
export type ContractTermHeading = (typeof CONTRACT_TERM_HEADINGS)[number]

export interface Agreement extends ArchivableRecord {
  projectId: string
  /** 合同编号; unique per office (the repository checks). */
  number: string
  title: string
  /** 甲方: the purchaser, or the 公益创投 主办方. */
  partyA: string
  /** 乙方: the provider organisation. */
  partyB: string
  signedOn: IsoDate | null
  startOn: IsoDate
  endOn: IsoDate
  amountFen: Fen
  /** The contract text, under the {@link CONTRACT_TERM_HEADINGS}. */
  terms: string
  status: AgreementStatus
  signedBy: string | null
}

export const agreementDraftSchema = z.strictObject({
  number: textField('合同编号', 40, true),
  title: textField('协议名称', 80, true),
  partyA: textField('甲方', 60, true),
  partyB: textField('乙方', 60, true),
  startOn: isoDateField('服务开始日期'),
  endOn: isoDateField('服务结束日期'),
  amountFen: fenField('合同金额', { positive: true }),
  terms: textField('合同条款', 20_000)
})

export type AgreementDraft = z.input<typeof agreementDraftSchema>
export type AgreementFields = z.output<typeof agreementDraftSchema>

/** What the agreement rules read of its project. */
export type AgreementProject = Pick<Project, 'status' | 'amountFen' | 'startOn' | 'endOn'> & {
  purchase: Pick<NonNullable<Project['purchase']>, 'multiYearJustification'> | null
}

/**
 * A draft agreement for `project`: only a 待签约 project's agreement is drafted; the amount is
 * the project's; the period is the project's when it has one, and keeps the term rule (one
 * year, up to three with a justification — 102号令 art. 24; a 公益创投 project has none, so it
 * runs a year at most).
 */
export function checkAgreementDraft(
  input: unknown,
  project: AgreementProject
): CheckResult<AgreementFields> {
  return checkRecord(agreementDraftSchema, input, (draft) => {
    const issues: FieldIssue[] = []
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    if (project.status !== '待签约') {
      error('', `项目目前为“${project.status}”，只有待签约的项目可以起草或修改协议`)
    }
    if (draft.amountFen !== project.amountFen) {
      error(
        'amountFen',
        `合同金额 ${yuanText(draft.amountFen)} 与项目金额 ${yuanText(project.amountFen)} 不符`
      )
    }
    if (project.startOn !== null && project.endOn !== null) {
      if (draft.startOn !== project.startOn) {
        error('startOn', `服务开始日期 ${draft.startOn} 与项目的 ${project.startOn} 不符`)
      }
      if (draft.endOn !== project.endOn) {
        error('endOn', `服务结束日期 ${draft.endOn} 与项目的 ${project.endOn} 不符`)
      }
    }
    issues.push(
      ...periodIssues(
        draft.startOn,
        draft.endOn,
        project.purchase?.multiYearJustification ?? null
      ).map((issue) => ({ ...issue, field: 'endOn' }))
    )
    return { value: draft, issues }
  })
}

/** A new 草拟 agreement of `projectId` from checked fields. */
export function draftAgreement(
  fields: AgreementFields,
  projectId: string
): Omit<Agreement, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'> {
  return { ...fields, projectId, status: '草拟', signedOn: null, signedBy: null }
}

/** Why the agreement cannot be edited any more, or null while it is a draft. */
export function agreementLockedReason(
  agreement: Pick<Agreement, 'number' | 'status' | 'signedOn'>
): string | null {
  return agreement.status === '已签订'
    ? `协议 ${agreement.number} 已于 ${agreement.signedOn} 签订，不能再修改；如需更改请办理变更`
    : null
}

/**
 * The headings of {@link CONTRACT_TERM_HEADINGS} that `terms` lacks or leaves empty. A heading's
 * text runs to the next heading, less the numbering of that next heading (`二、`, `（三）`,
 * `第四条`), so `一、服务内容：\n二、服务数量：每月 4 次` has an empty 服务内容.
 */
export function missingTermHeadings(terms: string): ContractTermHeading[] {
  const found = CONTRACT_TERM_HEADINGS.map((heading) => ({ heading, at: terms.indexOf(heading) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
  const filled = new Set<ContractTermHeading>()
  found.forEach(({ heading, at }, index) => {
    const text = terms
      .slice(at + heading.length, found[index + 1]?.at ?? terms.length)
      .replace(TRAILING_NUMBERING, '')
      .replace(/^[\s:：、，,。.;；—-]+/, '')
      .trim()
    if (text !== '') filled.add(heading)
  })
  return CONTRACT_TERM_HEADINGS.filter((heading) => !filled.has(heading))
}

const NUMERAL = '[0-9０-９一二三四五六七八九十百]+'
const TRAILING_NUMBERING = new RegExp(
  `(第${NUMERAL}条|${NUMERAL}[、.．)）]|[(（]${NUMERAL}[)）])?\\s*$`
)

/**
 * 签订: the agreement is locked from here on. Refused when it is already signed, dated in the
 * future or signed by nobody; each art. 23 heading left empty is a warning, since a contract
 * signed on paper is what it is, but the office should see what it lacks.
 */
export function signAgreement(
  agreement: Agreement,
  signedOn: IsoDate,
  operator: string,
  today: IsoDate
): CheckResult<Agreement> {
  const locked = agreementLockedReason(agreement)
  if (locked) return { ok: false, issues: [{ field: '', level: 'error', message: locked }] }
  const issues: FieldIssue[] = []
  if (signedOn > today) {
    issues.push({ field: 'signedOn', level: 'error', message: `签订日期 ${signedOn} 晚于今天` })
  }
  if (!operator.trim()) {
    issues.push({ field: 'signedBy', level: 'error', message: '请填写经办人' })
  }
  if (issues.length > 0) return { ok: false, issues }
  if (signedOn > agreement.endOn) {
    issues.push({
      field: 'signedOn',
      level: 'warning',
      message: `签订日期 ${signedOn} 晚于服务结束日期 ${agreement.endOn}，请核对`
    })
  }
  for (const heading of missingTermHeadings(agreement.terms)) {
    issues.push({
      field: 'terms',
      level: 'warning',
      message: `合同条款缺少“${heading}”（财政部令第102号第二十三条要求写明）`
    })
  }
  return {
    ok: true,
    value: { ...agreement, status: '已签订', signedOn, signedBy: operator.trim() },
    warnings: issues
  }
}

export const storedAgreementSchema = agreementDraftSchema.extend({
  projectId: z.string().min(1, '缺少所属项目'),
  status: z.enum(AGREEMENT_STATUSES, { error: '协议状态有误' }),
  signedOn: isoDateField('签订日期').nullable(),
  signedBy: z.string().min(1).nullable()
})

export type StoredAgreement = z.output<typeof storedAgreementSchema>

/** A stored agreement: shape, a period in order, and a signed one carries its date and signer. */
export function checkStoredAgreement(input: unknown): CheckResult<StoredAgreement> {
  return checkRecord(storedAgreementSchema, input, (agreement) => {
    const issues: FieldIssue[] = []
    if (agreement.endOn <= agreement.startOn) {
      issues.push({ field: 'endOn', level: 'error', message: '服务结束日期须晚于开始日期' })
    }
    const stamps = [agreement.signedOn, agreement.signedBy].filter((stamp) => stamp !== null)
    if (agreement.status === '已签订' ? stamps.length < 2 : stamps.length > 0) {
      issues.push({
        field: 'signedOn',
        level: 'error',
        message:
          agreement.status === '已签订'
            ? '已签订的协议缺少签订日期或经办人'
            : '草拟的协议不应有签订日期或经办人'
      })
    }
    return { value: agreement, issues }
  })
}

// 变更.

export const AMENDMENT_STATUSES = ['待审批', '已批准', '已驳回'] as const
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number]

/** What an amendment changes; at least one. */
export interface AmendmentChanges {
  amountFen?: Fen
  endOn?: IsoDate
  terms?: string
  socialWorkerIds?: string[]
}

export interface Amendment extends ArchivableRecord {
  projectId: string
  agreementId: string
  /** 1-based within the agreement. */
  no: number
  requestedOn: IsoDate
  reason: string
  changes: AmendmentChanges
  status: AmendmentStatus
  decidedOn: IsoDate | null
  decidedBy: string | null
  decisionNote: string | null
}

const changesSchema = z.strictObject({
  amountFen: fenField('变更后的合同金额', { positive: true }).optional(),
  endOn: isoDateField('变更后的结束日期').optional(),
  terms: textField('变更后的合同条款', 20_000, true).optional(),
  socialWorkerIds: idListField(200).optional()
})

export const amendmentDraftSchema = z.strictObject({
  requestedOn: isoDateField('申请日期'),
  reason: textField('变更理由', 1000, true),
  changes: changesSchema
})

export type AmendmentDraft = z.input<typeof amendmentDraftSchema>
export type AmendmentFields = z.output<typeof amendmentDraftSchema>

/** The terms in force: the agreement with its approved amendments applied in order. */
export type EffectiveAgreement = Agreement & {
  /** The team as last amended; null while no amendment has changed it (the project's stands). */
  socialWorkerIds: string[] | null
  /** The approved amendments applied, in order. */
  applied: Amendment[]
}

export function effectiveAgreement(
  agreement: Agreement,
  amendments: readonly Amendment[]
): EffectiveAgreement {
  const applied = amendments
    .filter(
      (amendment) =>
        amendment.agreementId === agreement.id &&
        amendment.status === '已批准' &&
        amendment.archivedAt === null
    )
    .sort((a, b) => a.no - b.no)
  let effective: EffectiveAgreement = { ...agreement, socialWorkerIds: null, applied }
  for (const { changes } of applied) {
    effective = {
      ...effective,
      amountFen: changes.amountFen ?? effective.amountFen,
      endOn: changes.endOn ?? effective.endOn,
      terms: changes.terms ?? effective.terms,
      socialWorkerIds: changes.socialWorkerIds ?? effective.socialWorkerIds
    }
  }
  return effective
}

/** What an amendment is checked against besides the agreement. */
export interface AmendmentBasis {
  /** {@link effectiveAgreement} of the agreement. */
  effective: EffectiveAgreement
  /** The project's team as it stands. */
  socialWorkerIds: readonly string[]
  /** Paid (已拨付) so far, 分. */
  paidFen: Fen
  /** The project's reason for a contract beyond one year, if any. */
  multiYearJustification: string | null
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id))

/**
 * A requested amendment: to a signed agreement, requested on or after signing, changing at least
 * one thing to something other than what is in force; a new amount is not below what has been
 * paid, and a new end date keeps the term rule (102号令 art. 24).
 */
export function checkAmendment(
  input: unknown,
  agreement: Pick<Agreement, 'number' | 'status' | 'signedOn'>,
  basis: AmendmentBasis
): CheckResult<AmendmentFields> {
  return checkRecord(amendmentDraftSchema, input, (draft) => {
    const issues: FieldIssue[] = []
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    if (agreement.status !== '已签订' || agreement.signedOn === null) {
      error('', `协议 ${agreement.number} 尚未签订，直接修改协议即可，无需变更`)
      return { value: draft, issues }
    }
    if (draft.requestedOn < agreement.signedOn) {
      error('requestedOn', `申请日期 ${draft.requestedOn} 早于协议签订日期 ${agreement.signedOn}`)
    }

    const { effective } = basis
    const { amountFen, endOn, terms, socialWorkerIds } = draft.changes
    if (
      amountFen === undefined &&
      endOn === undefined &&
      terms === undefined &&
      socialWorkerIds === undefined
    ) {
      error('changes', '变更须至少改动一项：合同金额、结束日期、合同条款或服务团队')
    }
    if (amountFen !== undefined) {
      if (amountFen === effective.amountFen) {
        error('changes.amountFen', `变更后的合同金额与现行金额 ${yuanText(amountFen)} 相同`)
      } else if (amountFen < basis.paidFen) {
        error(
          'changes.amountFen',
          `变更后的合同金额 ${yuanText(amountFen)} 低于已拨付的 ${yuanText(basis.paidFen)}`
        )
      }
    }
    if (endOn !== undefined) {
      if (endOn === effective.endOn) {
        error('changes.endOn', `变更后的结束日期与现行结束日期 ${endOn} 相同`)
      } else {
        issues.push(
          ...periodIssues(effective.startOn, endOn, basis.multiYearJustification).map((issue) => ({
            ...issue,
            field: 'changes.endOn'
          }))
        )
      }
    }
    if (terms !== undefined && terms === effective.terms.trim()) {
      error('changes.terms', '变更后的合同条款与现行条款相同')
    }
    if (socialWorkerIds !== undefined) {
      const team = effective.socialWorkerIds ?? basis.socialWorkerIds
      if (socialWorkerIds.length === 0) error('changes.socialWorkerIds', '服务团队不能为空')
      else if (sameMembers(socialWorkerIds, team)) {
        error('changes.socialWorkerIds', '变更后的服务团队与现有团队相同')
      }
    }
    return { value: draft, issues }
  })
}

/** A new 待审批 amendment, number `no` of its agreement. */
export function draftAmendment(
  fields: AmendmentFields,
  agreement: Pick<Agreement, 'id' | 'projectId'>,
  no: number
): Omit<Amendment, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'> {
  return {
    ...fields,
    projectId: agreement.projectId,
    agreementId: agreement.id,
    no,
    status: '待审批',
    decidedOn: null,
    decidedBy: null,
    decisionNote: null
  }
}

export const AMENDMENT_ACTIONS = ['approve', 'reject'] as const
export type AmendmentAction = (typeof AMENDMENT_ACTIONS)[number]

/** What the decision looks at. */
export interface AmendmentDecisionContext {
  /**
   * Errors of {@link checkAmendment} run again at the decision against the terms then in force
   * (another amendment, or a payment, may have come in since the request).
   */
  changeErrors: readonly string[]
  /** The note the decider wrote. */
  decisionNote: string | null
}

/**
 * 待审批 → 已批准 or 已驳回, both final: a decided amendment is history (DESIGN.md §4); a new
 * change is a new amendment. A rejection says why.
 */
export const AMENDMENT_WORKFLOW: Workflow<
  AmendmentStatus,
  AmendmentAction,
  AmendmentDecisionContext
> = {
  subject: '变更',
  states: AMENDMENT_STATUSES,
  initial: '待审批',
  final: ['已批准', '已驳回'],
  transitions: [
    {
      action: 'approve',
      label: '批准',
      from: ['待审批'],
      to: '已批准',
      guard: ({ changeErrors }) => (changeErrors.length > 0 ? changeErrors.join('；') : null)
    },
    {
      action: 'reject',
      label: '驳回',
      from: ['待审批'],
      to: '已驳回',
      guard: ({ decisionNote }) => (decisionNote?.trim() ? null : '驳回变更须写明理由')
    }
  ]
}

export const storedAmendmentSchema = amendmentDraftSchema.extend({
  projectId: z.string().min(1, '缺少所属项目'),
  agreementId: z.string().min(1, '缺少所属协议'),
  no: z.number().int().positive(),
  status: z.enum(AMENDMENT_STATUSES, { error: '变更状态有误' }),
  decidedOn: isoDateField('审批日期').nullable(),
  decidedBy: z.string().min(1).nullable(),
  decisionNote: optionalTextField('审批意见', 1000)
})

export type StoredAmendment = z.output<typeof storedAmendmentSchema>

/** A stored amendment: shape, and a decided one carries its date and decider. */
export function checkStoredAmendment(input: unknown): CheckResult<StoredAmendment> {
  return checkRecord(storedAmendmentSchema, input, (amendment) => {
    const issues: FieldIssue[] = []
    const decided = amendment.status !== '待审批'
    const stamps = [amendment.decidedOn, amendment.decidedBy].filter((stamp) => stamp !== null)
    if (decided ? stamps.length < 2 : stamps.length > 0) {
      issues.push({
        field: 'decidedOn',
        level: 'error',
        message: decided ? '已审批的变更缺少审批日期或审批人' : '待审批的变更不应有审批日期或审批人'
      })
    }
    return { value: amendment, issues }
  })
}
