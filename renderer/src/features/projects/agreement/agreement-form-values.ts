/**
 * The agreement form's values: what a new agreement starts from (the project's own facts), a
 * stored agreement as form values, and the values back as the draft the repository checks. The
 * amount is typed in 元 and stored in 分.
 */
import { yuanInput } from '@renderer/components/amount-text'
import type { FieldIssue } from '@shared/domain/check'
import { periodEndOn, SINGLE_YEAR_MONTHS } from '@shared/domain/procurement/contract-period'
import { parseAmountToFen } from '@shared/domain/money'
import {
  CONTRACT_TERM_HEADINGS,
  type Agreement,
  type AgreementDraft
} from '@shared/domain/projects/agreement'
import type { Project } from '@shared/domain/projects/project'
import { AGREEMENT_STRINGS as S } from './strings'

export interface AgreementFormValues {
  number: string
  title: string
  partyA: string
  partyB: string
  startOn: string | null
  endOn: string | null
  /** 元, as typed. */
  amountFen: string
  terms: string
}

export const AGREEMENT_FORM_FIELDS = [
  'number',
  'title',
  'partyA',
  'partyB',
  'startOn',
  'endOn',
  'amountFen',
  'terms'
] as const

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** The contract's skeleton: each heading 102号令 art. 23 asks for, numbered, to write under. */
export function termsTemplate(): string {
  return CONTRACT_TERM_HEADINGS.map((heading, index) => `${NUMERALS[index]}、${heading}：`).join(
    '\n\n'
  )
}

export interface AgreementPrefill {
  /** The 承接组织's name (乙方). */
  organizationName: string
  /** The office's name from 设置: 甲方 of a 公益创投 agreement. */
  officeName: string
  today: string
}

/**
 * A new agreement from its project: 甲方 the purchaser (or the office running the 公益创投), 乙方
 * the organisation, the project's amount and period — a 公益创投 project has no period before its
 * agreement, so one year from today is offered — and the terms' skeleton. The number is the
 * office's own and left to type.
 */
export function newAgreementValues(
  project: Project,
  prefill: AgreementPrefill
): AgreementFormValues {
  const startOn = project.startOn ?? prefill.today
  return {
    number: '',
    title: `${project.title}${S.titleSuffix[project.channel]}`,
    partyA: project.purchase?.purchaser.name ?? prefill.officeName,
    partyB: prefill.organizationName,
    startOn,
    endOn: project.endOn ?? periodEndOn(startOn, SINGLE_YEAR_MONTHS),
    amountFen: yuanInput(project.amountFen),
    terms: termsTemplate()
  }
}

export function agreementValues(agreement: Agreement): AgreementFormValues {
  return {
    number: agreement.number,
    title: agreement.title,
    partyA: agreement.partyA,
    partyB: agreement.partyB,
    startOn: agreement.startOn,
    endOn: agreement.endOn,
    amountFen: yuanInput(agreement.amountFen),
    terms: agreement.terms
  }
}

/** The draft of `values`, or the amount's problem at its field. */
export function toAgreementDraft(
  values: AgreementFormValues
): { ok: true; draft: AgreementDraft } | { ok: false; issues: FieldIssue[] } {
  const amount = parseAmountToFen(values.amountFen ?? '')
  if (!amount.ok) {
    return { ok: false, issues: [{ field: 'amountFen', level: 'error', message: amount.message }] }
  }
  return {
    ok: true,
    draft: {
      number: values.number ?? '',
      title: values.title ?? '',
      partyA: values.partyA ?? '',
      partyB: values.partyB ?? '',
      startOn: values.startOn ?? '',
      endOn: values.endOn ?? '',
      amountFen: amount.fen,
      terms: values.terms ?? ''
    }
  }
}
