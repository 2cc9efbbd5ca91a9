/**
 * 采购方式: how the provider of a purchased service was chosen, and what each method has to
 * show for it (domain-cn.md §3). 102号令 routes every purchase through government-procurement
 * methods and procedures, so a contract carries its method, that method's own dates and
 * numbers, the suppliers who took part and which one won. The rules are data, one entry per
 * method, so the form, the checks and the printed record read the same table.
 */
import { z } from 'zod'
import type { FieldIssue } from '../check'
import { daysBetween, isIsoDate, type IsoDate } from '../dates'
import { fenField, isoDateField, optionalTextField, textField } from '../fields'
import { normalizeCode } from '../identifiers/issues'
import { validateUscc } from '../identifiers/uscc'
import { yuanText, type Fen } from '../money'

/**
 * 政府采购法 art. 26 methods, plus 竞争性磋商 (财库〔2014〕214号) and 框架协议 (财政部令第110号).
 */
export const PROCUREMENT_METHODS = [
  '公开招标',
  '邀请招标',
  '竞争性谈判',
  '竞争性磋商',
  '单一来源',
  '询价',
  '框架协议'
] as const
export type ProcurementMethod = (typeof PROCUREMENT_METHODS)[number]

/** A field a method needs besides the bidders and the award. */
export interface ProcurementField {
  key: string
  label: string
  kind: 'date' | 'text'
}

/**
 * How the winner is chosen among qualified suppliers: by 综合评分 (highest score), by lowest
 * quote, or by agreement with the only supplier / within a framework agreement.
 */
export type AwardBasis = 'score' | 'lowest-quote' | 'negotiated'

export interface ProcurementMethodRule {
  /** The method's full name, as printed. */
  label: string
  /** What the suppliers are called under this method. */
  bidderLabel: string
  /** Where the rule comes from, shown beside the form. */
  source: string
  /**
   * The method's own fields, all required. Date fields are procedure steps, listed in the order
   * they happen, all before the award — except {@link validUntilField}.
   */
  fields: readonly ProcurementField[]
  /** The date field the award must fall on or before (a framework agreement's term), if any. */
  validUntilField: string | null
  /** Fewest qualified suppliers the method allows. */
  minBidders: number
  /** Fewest qualified suppliers allowed in a documented exception, shown as a warning. */
  exceptionMinBidders: { count: number; source: string } | null
  /** Most suppliers the method can have (single source: one). */
  maxBidders: number | null
  awardBasis: AwardBasis
  /** Fewest calendar days from the first date field to the second (the bidding period). */
  minBiddingDays: number | null
}

export const PROCUREMENT_METHOD_RULES: Readonly<Record<ProcurementMethod, ProcurementMethodRule>> =
  {
    公开招标: {
      label: '公开招标',
      bidderLabel: '投标人',
      source:
        '政府采购法第三十五、三十六条：招标文件发出至投标截止不少于 20 日；投标人不足三家的废标',
      fields: [
        { key: 'announcementNo', label: '采购公告编号', kind: 'text' },
        { key: 'noticeOn', label: '招标公告日期', kind: 'date' },
        { key: 'openingOn', label: '开标日期', kind: 'date' }
      ],
      validUntilField: null,
      minBidders: 3,
      exceptionMinBidders: null,
      maxBidders: null,
      awardBasis: 'score',
      minBiddingDays: 20
    },
    邀请招标: {
      label: '邀请招标',
      bidderLabel: '投标人',
      source:
        '政府采购法第三十四、三十五条：随机邀请三家以上供应商；招标文件发出至投标截止不少于 20 日',
      fields: [
        { key: 'invitationOn', label: '投标邀请书发出日期', kind: 'date' },
        { key: 'openingOn', label: '开标日期', kind: 'date' }
      ],
      validUntilField: null,
      minBidders: 3,
      exceptionMinBidders: null,
      maxBidders: null,
      awardBasis: 'score',
      minBiddingDays: 20
    },
    竞争性谈判: {
      label: '竞争性谈判',
      bidderLabel: '供应商',
      source:
        '政府采购法第三十八条、财政部令第74号：与不少于三家供应商谈判，从满足要求的供应商中按最后报价最低确定成交',
      fields: [
        { key: 'announcementNo', label: '采购公告编号', kind: 'text' },
        { key: 'noticeOn', label: '谈判文件发出日期', kind: 'date' },
        { key: 'negotiationOn', label: '谈判日期', kind: 'date' }
      ],
      validUntilField: null,
      minBidders: 3,
      exceptionMinBidders: null,
      maxBidders: null,
      awardBasis: 'lowest-quote',
      minBiddingDays: null
    },
    竞争性磋商: {
      label: '竞争性磋商',
      bidderLabel: '供应商',
      source:
        '财库〔2014〕214号：不少于三家供应商，综合评分法确定成交；磋商文件发出至首次响应截止不少于 10 日',
      fields: [
        { key: 'announcementNo', label: '采购公告编号', kind: 'text' },
        { key: 'noticeOn', label: '磋商文件发出日期', kind: 'date' },
        { key: 'consultationOn', label: '磋商日期', kind: 'date' }
      ],
      validUntilField: null,
      minBidders: 3,
      exceptionMinBidders: {
        count: 2,
        source: '财库〔2015〕124号：政府购买服务项目符合要求的供应商只有 2 家的，磋商可以继续进行'
      },
      maxBidders: null,
      awardBasis: 'score',
      minBiddingDays: 10
    },
    单一来源: {
      label: '单一来源采购',
      bidderLabel: '供应商',
      source: '政府采购法第三十一条、财政部令第74号：须说明只能从唯一供应商处采购的理由并公示',
      fields: [
        { key: 'singleSourceReason', label: '单一来源理由', kind: 'text' },
        { key: 'publicityOn', label: '公示日期', kind: 'date' }
      ],
      validUntilField: null,
      minBidders: 1,
      exceptionMinBidders: null,
      maxBidders: 1,
      awardBasis: 'negotiated',
      minBiddingDays: null
    },
    询价: {
      label: '询价',
      bidderLabel: '供应商',
      source: '政府采购法第四十条：向不少于三家供应商询价，从满足要求的供应商中按报价最低确定成交',
      fields: [
        { key: 'noticeOn', label: '询价通知书发出日期', kind: 'date' },
        { key: 'quoteDeadlineOn', label: '报价截止日期', kind: 'date' }
      ],
      validUntilField: null,
      minBidders: 3,
      exceptionMinBidders: null,
      maxBidders: null,
      awardBasis: 'lowest-quote',
      minBiddingDays: null
    },
    框架协议: {
      label: '框架协议采购',
      bidderLabel: '入围供应商',
      source: '财政部令第110号：从入围供应商中确定成交供应商，须在框架协议有效期内',
      fields: [
        { key: 'agreementNo', label: '框架协议编号', kind: 'text' },
        { key: 'entryValidUntil', label: '入围期限（至）', kind: 'date' }
      ],
      validUntilField: 'entryValidUntil',
      minBidders: 1,
      exceptionMinBidders: null,
      maxBidders: null,
      awardBasis: 'negotiated',
      minBiddingDays: null
    }
  }

/** One supplier who took part, linked to the registry when it is an organisation there. */
export const bidderSchema = z.strictObject({
  name: textField('供应商名称', 100, true),
  uscc: optionalTextField('统一社会信用代码', 30).transform((code) =>
    code === null ? null : normalizeCode(code)
  ),
  organizationId: z.string().min(1).nullable(),
  /** 报价 (the final quote for 谈判 / 询价), 分. */
  quotedFen: fenField('报价').nullable(),
  /** 综合评分, out of 100. */
  score: z
    .number({ error: '评审得分须为数字' })
    .min(0, '评审得分不能为负数')
    .max(100, '评审得分不能超过 100 分')
    .nullable(),
  /** Passed the 资格审查 and responded to the substance of the documents. */
  qualified: z.boolean({ error: '请选择是否通过资格审查' })
})

export type Bidder = z.output<typeof bidderSchema>

export const procurementSchema = z.strictObject({
  method: z.enum(PROCUREMENT_METHODS, { error: '请选择采购方式' }),
  /** The method's own fields by key (see {@link PROCUREMENT_METHOD_RULES}); null when not given. */
  fields: z.record(z.string(), optionalTextField('采购信息', 500)),
  bidders: z.array(bidderSchema).max(100, '供应商最多 100 家'),
  /** Position of the winner in `bidders`; null until awarded. */
  awardedIndex: z
    .number({ error: '中标供应商有误' })
    .int('中标供应商有误')
    .min(0, '中标供应商有误')
    .nullable(),
  /** 中标 / 成交 date. */
  awardedOn: isoDateField('中标（成交）日期').nullable()
})

export type ProcurementDraft = z.input<typeof procurementSchema>
export type Procurement = z.output<typeof procurementSchema>

/** A blank procurement for `method`, every field of the method present and empty. */
export function emptyProcurement(method: ProcurementMethod): Procurement {
  return {
    method,
    fields: Object.fromEntries(
      PROCUREMENT_METHOD_RULES[method].fields.map(({ key }) => [key, null])
    ),
    bidders: [],
    awardedIndex: null,
    awardedOn: null
  }
}

/** The winning supplier, or null when none is (validly) named. */
export function awardedBidder(procurement: Procurement): Bidder | null {
  const index = procurement.awardedIndex
  return index === null ? null : (procurement.bidders[index] ?? null)
}

const PREFIX = 'procurement'

/** Every method's field labels by key, to name a field left over from another method. */
const FIELD_LABELS: ReadonlyMap<string, string> = new Map(
  Object.values(PROCUREMENT_METHOD_RULES).flatMap((rule) =>
    rule.fields.map((field) => [field.key, field.label] as const)
  )
)

/**
 * Everything the method requires that `procurement` does not show, for a contract of
 * `contractAmountFen`: the method's fields and their order, the number of qualified suppliers,
 * a qualified winner chosen the way the method chooses, and a winning quote equal to the
 * contract amount. Field paths start with `procurement.`.
 */
export function procurementIssues(procurement: Procurement, contractAmountFen: Fen): FieldIssue[] {
  const rule = PROCUREMENT_METHOD_RULES[procurement.method]
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) =>
    issues.push({ field: `${PREFIX}.${field}`, level: 'error', message })
  const warning = (field: string, message: string) =>
    issues.push({ field: `${PREFIX}.${field}`, level: 'warning', message })

  const steps = fieldIssues(procurement, rule, error, warning)
  bidderIssues(procurement, rule, error)
  awardIssues(procurement, rule, contractAmountFen, steps, error, warning)
  return issues
}

type Report = (field: string, message: string) => void

/** A date the procedure reached, by field. */
interface Step {
  key: string
  label: string
  on: IsoDate
}

function fieldIssues(
  procurement: Procurement,
  rule: ProcurementMethodRule,
  error: Report,
  warning: Report
): { steps: Step[]; validUntil: Step | null } {
  const known = new Set(rule.fields.map(({ key }) => key))
  for (const key of Object.keys(procurement.fields)) {
    if (!known.has(key))
      error(`fields.${key}`, `${rule.label}没有“${FIELD_LABELS.get(key) ?? key}”这一项`)
  }
  const steps: Step[] = []
  let validUntil: Step | null = null
  for (const field of rule.fields) {
    const value = procurement.fields[field.key] ?? null
    if (value === null) {
      error(`fields.${field.key}`, `${rule.label}须填写${field.label}`)
    } else if (field.kind === 'date' && !isIsoDate(value)) {
      error(`fields.${field.key}`, `${field.label}不是有效日期（YYYY-MM-DD）`)
    } else if (field.kind === 'date') {
      const step = { key: field.key, label: field.label, on: value }
      if (field.key === rule.validUntilField) validUntil = step
      else steps.push(step)
    }
  }
  for (let index = 1; index < steps.length; index += 1) {
    const [before, after] = [steps[index - 1]!, steps[index]!]
    if (after.on < before.on) {
      error(`fields.${after.key}`, `${after.label} ${after.on} 早于${before.label} ${before.on}`)
    }
  }
  const [first, second] = steps
  if (rule.minBiddingDays !== null && first && second && second.on >= first.on) {
    const days = daysBetween(first.on, second.on)
    if (days < rule.minBiddingDays) {
      warning(
        `fields.${second.key}`,
        `${first.label}至${second.label}只有 ${days} 日，${rule.label}一般不少于 ${rule.minBiddingDays} 日`
      )
    }
  }
  return { steps, validUntil }
}

function bidderIssues(procurement: Procurement, rule: ProcurementMethodRule, error: Report): void {
  // The same supplier by name or by USCC (a name may be entered with or without its code).
  const seen = new Map<string, number>()
  procurement.bidders.forEach((bidder, index) => {
    const keys = [`name:${bidder.name}`, ...(bidder.uscc ? [`uscc:${bidder.uscc}`] : [])]
    const earlier = keys.map((key) => seen.get(key)).find((found) => found !== undefined)
    if (earlier !== undefined) {
      error(
        `bidders.${index}`,
        `第 ${index + 1} 家与第 ${earlier + 1} 家是同一${rule.bidderLabel}“${bidder.name}”`
      )
    }
    for (const key of keys) if (!seen.has(key)) seen.set(key, index)
    if (bidder.uscc !== null) {
      const result = validateUscc(bidder.uscc, { expectSocialOrganization: false })
      const problem = result.issues.find((issue) => issue.level === 'error')
      if (problem) error(`bidders.${index}.uscc`, `“${bidder.name}”的${problem.message}`)
    }
    if (!bidder.qualified) return
    if (rule.awardBasis === 'score' && bidder.score === null) {
      error(`bidders.${index}.score`, `请填写“${bidder.name}”的综合评分`)
    }
    if (rule.awardBasis === 'lowest-quote' && bidder.quotedFen === null) {
      error(`bidders.${index}.quotedFen`, `请填写“${bidder.name}”的报价`)
    }
  })
}

function awardIssues(
  procurement: Procurement,
  rule: ProcurementMethodRule,
  contractAmountFen: Fen,
  dates: { steps: Step[]; validUntil: Step | null },
  error: Report,
  warning: Report
): void {
  const qualified = procurement.bidders.filter((bidder) => bidder.qualified)
  const total = procurement.bidders.length
  const counted = `现有 ${qualified.length} 家（共 ${total} 家参与）`
  const exception = rule.exceptionMinBidders
  if (qualified.length < rule.minBidders) {
    if (exception && qualified.length >= exception.count) {
      warning(
        'bidders',
        `${rule.label}一般须有 ${rule.minBidders} 家以上合格${rule.bidderLabel}，${counted}；依据${exception.source}`
      )
    } else {
      error(
        'bidders',
        `${rule.label}须至少有 ${exception?.count ?? rule.minBidders} 家合格${rule.bidderLabel}，${counted}`
      )
    }
  }
  if (rule.maxBidders !== null && total > rule.maxBidders) {
    error(
      'bidders',
      `${rule.label}只能有 ${rule.maxBidders} 家${rule.bidderLabel}，现有 ${total} 家`
    )
  }

  const index = procurement.awardedIndex
  const winner = awardedBidder(procurement)
  if (index === null) {
    error('awardedIndex', `请选择中标（成交）${rule.bidderLabel}`)
  } else if (winner === null) {
    error('awardedIndex', `中标（成交）${rule.bidderLabel}不在名单中`)
  }
  const awardedOn = procurement.awardedOn
  const lastStep = dates.steps.at(-1)
  if (awardedOn === null) {
    error('awardedOn', '请填写中标（成交）日期')
  } else if (lastStep && awardedOn < lastStep.on) {
    error('awardedOn', `中标（成交）日期 ${awardedOn} 早于${lastStep.label} ${lastStep.on}`)
  } else if (dates.validUntil && awardedOn > dates.validUntil.on) {
    error(
      'awardedOn',
      `中标（成交）日期 ${awardedOn} 晚于${dates.validUntil.label} ${dates.validUntil.on}`
    )
  }
  if (winner === null) return

  if (!winner.qualified) {
    error('awardedIndex', `“${winner.name}”未通过资格审查，不能中标（成交）`)
    return
  }
  if (winner.quotedFen !== null && winner.quotedFen !== contractAmountFen) {
    warning(
      'awardedIndex',
      `“${winner.name}”的报价为 ${yuanText(winner.quotedFen)}，合同金额为 ${yuanText(contractAmountFen)}，两者不一致`
    )
  }
  const others = qualified.filter((bidder) => bidder !== winner)
  if (rule.awardBasis === 'lowest-quote' && winner.quotedFen !== null) {
    const lower = others.find(
      (bidder) => bidder.quotedFen !== null && bidder.quotedFen < winner.quotedFen!
    )
    if (lower) {
      warning(
        'awardedIndex',
        `${rule.label}应按最低报价确定成交，“${lower.name}”报价 ${yuanText(lower.quotedFen!)}，低于“${winner.name}”的 ${yuanText(winner.quotedFen)}`
      )
    }
  }
  if (rule.awardBasis === 'score' && winner.score !== null) {
    const higher = others.find((bidder) => bidder.score !== null && bidder.score > winner.score!)
    if (higher) {
      warning(
        'awardedIndex',
        `${rule.label}应确定综合评分排名第一的${rule.bidderLabel}，“${higher.name}”${higher.score} 分高于“${winner.name}”${winner.score} 分`
      )
    }
  }
}
