/**
 * How every report words the same things: section numbers, dates, scores, amounts, phone
 * numbers, free text, the parties of a project and the closing signature block. Kept in one place
 * so two reports never print the same fact two ways, and so masking is decided once.
 */
import { formatChineseDate, type IsoDate } from '../../domain/dates'
import { finalizedOn } from '../../domain/evaluations/evaluation'
import type { ProjectEvaluation } from '../../domain/evaluations/project-evaluation'
import { maskPhone } from '../../domain/identifiers/masking'
import { amountInWords, yuanText, type Fen } from '../../domain/money'
import type { Organization } from '../../domain/organizations/organization'
import type { Agreement } from '../../domain/projects/agreement'
import type { Project } from '../../domain/projects/project'
import type { ReportBlock, ReportContext, ReportField } from '../report-model'

/** What a table cell or field shows for a value that is not recorded. */
export const BLANK_VALUE = '—'

/** What a round's lists show for an application, or its applicant, no longer on record. */
export const UNKNOWN_APPLICATION = '（申报书已不存在）'
export const UNKNOWN_ORGANIZATION = '（组织已不存在）'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五: the numbers of 公文 headings (1–99). */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) {
    throw new RangeError(`标题序号须为 1 到 99 的整数：${value}`)
  }
  const tens = Math.floor(value / 10)
  const units = value % 10
  const tensText = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`
  return `${tensText}${units === 0 ? '' : DIGITS[units]}`
}

/**
 * Numbers headings as they are added: `一、基本情况`, then `（一）…` under it, starting again at
 * （一） under the next level-1 heading. Sections that only some records have (满意度, 评价说明)
 * are simply not added, and the numbers after them close up.
 */
export function sectionHeadings(): {
  section(title: string): ReportBlock
  subsection(title: string): ReportBlock
} {
  let sections = 0
  let subsections = 0
  return {
    section(title) {
      sections += 1
      subsections = 0
      return { kind: 'heading', level: 1, text: `${chineseNumber(sections)}、${title}` }
    },
    subsection(title) {
      subsections += 1
      return { kind: 'heading', level: 2, text: `（${chineseNumber(subsections)}）${title}` }
    }
  }
}

/** `2026年11月22日` (GB/T 9704: no zero padding), or {@link BLANK_VALUE} when unknown. */
export function dateText(date: IsoDate | null): string {
  return date ? formatChineseDate(date) : BLANK_VALUE
}

/** The China calendar date of an ISO instant (定稿, 提交), as {@link dateText} words it. */
export function instantDateText(at: string | null): string {
  return at ? formatChineseDate(finalizedOn(at)) : BLANK_VALUE
}

/** `2026年3月1日至2027年2月28日`; {@link BLANK_VALUE} until both ends are known. */
export function periodText(start: IsoDate | null, end: IsoDate | null): string {
  return start && end ? `${formatChineseDate(start)}至${formatChineseDate(end)}` : BLANK_VALUE
}

/**
 * A score as the domain stores it, with at least one decimal so a column of scores lines up
 * (`85.0`, `86.5`) and never fewer decimals than it has (a project total `86.25` is not
 * rounded on the signed copy); {@link BLANK_VALUE} while unscored.
 */
export function scoreText(value: number | null): string {
  if (value === null) return BLANK_VALUE
  return Number.isInteger(value) ? value.toFixed(1) : String(value)
}

/** `中期`, `末期`, `2026年度`: which of a project's evaluations, a 年度 one by its year. */
export function evaluationKindText(evaluation: Pick<ProjectEvaluation, 'kind' | 'year'>): string {
  return evaluation.kind === '年度' && evaluation.year !== null
    ? `${evaluation.year}年度`
    : evaluation.kind
}

/** A percentage, whole (`93%`); {@link BLANK_VALUE} when there is none. */
export function percentText(value: number | null): string {
  return value === null ? BLANK_VALUE : `${Math.round(value)}%`
}

/** `300,000.00 元（人民币叁拾万元整）`: an amount as a contract or report states it. */
export function amountText(fen: Fen): string {
  return `${yuanText(fen)}（${amountInWords(fen)}）`
}

/** A phone number masked (`138****8000`) unless the user confirmed printing it in full. */
export function phoneText(phone: string | null, reveal: boolean): string {
  if (!phone) return BLANK_VALUE
  return reveal ? phone : maskPhone(phone)
}

/** Marks that may end a sentence; text ending otherwise gets a full stop. */
const SENTENCE_END = /[。！？；…．.!?”」）)]$/

/** Text typed into a record, closed with `。` unless it already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim()
  return trimmed === '' || SENTENCE_END.test(trimmed) ? trimmed : `${trimmed}。`
}

/**
 * Free text typed into a record (评估意见, 改进建议) as paragraphs, one per non-empty line, or the
 * one sentence `empty` says when nothing was written.
 */
export function textParagraphs(text: string | null, empty: string): ReportBlock[] {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return (lines.length > 0 ? lines : [empty]).map((line) => ({ kind: 'paragraph', text: line }))
}

/**
 * The closing block: the people who sign (names printed when known, else a line to sign on),
 * the issuing office's seal — `（单位盖章）` while 设置 has no office name — and the report date.
 */
export function signatureBlock(roles: readonly ReportField[], context: ReportContext): ReportBlock {
  return {
    kind: 'signatures',
    roles,
    seal: context.office.trim() || '（单位盖章）',
    date: context.date
  }
}

/**
 * Who pays for a project: the purchaser (购买方) of a 政府购买服务 project; for 公益创投 the
 * 资助方, which is the agreement's 甲方 (the 主办方), or the office itself before an agreement.
 */
export function projectFunder(
  project: Pick<Project, 'purchase'>,
  agreement: Pick<Agreement, 'partyA'> | null,
  office: string
): ReportField {
  if (project.purchase) return { label: '购买方', value: project.purchase.purchaser.name }
  return { label: '资助方', value: agreement?.partyA || office || BLANK_VALUE }
}

/** What a project's report head says about it, for the 项目基本情况 grid. */
export interface ProjectFacts {
  project: Project
  organization: Pick<Organization, 'name'>
  agreement: Pick<Agreement, 'number' | 'partyA'> | null
  /** The 公益创投 round's name; null for a purchase or when the round is gone. */
  roundName: string | null
}

/**
 * 项目名称, 项目类型, 承接机构, 购买方 / 资助方, the round or the purchase's category, 合同编号,
 * 合同金额 / 资助金额 (with 配套资金 when the organisation committed any) and 执行期.
 */
export function projectFields(facts: ProjectFacts, office: string): ReportField[] {
  const { project, organization, agreement, roundName } = facts
  const venture = project.purchase === null
  return [
    { label: '项目名称', value: project.title },
    { label: '项目类型', value: project.channel },
    { label: '承接机构', value: organization.name },
    projectFunder(project, agreement, office),
    venture
      ? { label: '创投活动', value: roundName ?? BLANK_VALUE }
      : { label: '资金来源', value: project.purchase!.budgetSource },
    { label: venture ? '项目类别' : '服务类别', value: project.category || BLANK_VALUE },
    { label: venture ? '协议编号' : '合同编号', value: agreement?.number ?? BLANK_VALUE },
    { label: venture ? '资助金额' : '合同金额', value: amountText(project.amountFen) },
    ...(project.matchingFen > 0
      ? [{ label: '配套资金', value: yuanText(project.matchingFen) }]
      : []),
    { label: '执行期', value: periodText(project.startOn, project.endOn) }
  ]
}

/**
 * 联系人 and 联系电话 of an organisation, the phone masked unless revealed; `whose` names the
 * organisation in the labels where the report is about more than one (`承接机构联系人`).
 */
export function contactFields(
  organization: Pick<Organization, 'contactName' | 'contactPhone'>,
  reveal: boolean,
  whose = ''
): ReportField[] {
  return [
    { label: `${whose}联系人`, value: organization.contactName || BLANK_VALUE },
    { label: `${whose}联系电话`, value: phoneText(organization.contactPhone, reveal) }
  ]
}
