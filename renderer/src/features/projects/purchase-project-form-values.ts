/**
 * Between the purchase form (new, or editing a 待签约 project) and the shared rule: the form keeps
 * money as the 元 text the user typed and everything else under the draft's own paths, so every
 * issue `checkPurchaseProject` reports by its dotted path lands on the input it is about.
 */
import type { FieldIssue } from '@shared/domain/check'
import { isIsoDate, type IsoDate } from '@shared/domain/dates'
import { normalizeCode } from '@shared/domain/identifiers/issues'
import type { Organization } from '@shared/domain/organizations/organization'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import { instantiateTemplate } from '@shared/domain/performance/indicator-tree'
import { PERFORMANCE_TEMPLATES } from '@shared/domain/performance/templates'
import { contractMonths, SINGLE_YEAR_MONTHS } from '@shared/domain/procurement/contract-period'
import {
  PROCUREMENT_METHOD_RULES,
  PROCUREMENT_METHODS,
  type ProcurementMethod
} from '@shared/domain/procurement/procurement'
import type { StaffingRequirement } from '@shared/domain/procurement/staffing'
import type {
  BudgetSource,
  PurchaseProjectDraft,
  PurchaseProjectFields,
  PurchaserKind
} from '@shared/domain/projects/project'
import type { CertLevel } from '@shared/domain/social-workers/social-worker'
import { DEFAULT_TRANCHES } from '@shared/domain/venture/round'
import { readAmount, yuanInput } from '@renderer/components/amount-text'
import type { FieldName } from '@renderer/components/form-issues'
import type { TrancheFormValues } from '@renderer/components/tranches-field'

export interface BidderFormValues {
  name: string
  uscc: string
  /** 元, as typed; empty: no quote. */
  quotedFen: string
  score: number | null
  qualified: boolean
  /** The registry organisation a stored row is linked to; null for a row added here. */
  organizationId: string | null
}

export interface PurchaseProjectFormValues {
  title: string
  organizationId: string | null
  category: string
  communityIds: string[]
  /** 元, as typed. */
  amountFen: string
  approvedOn: IsoDate | null
  startOn: IsoDate | null
  endOn: IsoDate | null
  socialWorkerIds: string[]
  tranches: TrancheFormValues[]
  /** The 绩效目标表 template the project starts from; null: none yet. */
  indicatorTemplate: string | null
  purchase: {
    purchaser: { name: string; kind: PurchaserKind }
    catalogueItemIds: string[]
    budgetSource: BudgetSource | null
    procurement: {
      method: ProcurementMethod
      /** Every method's fields typed so far, by key; only the chosen method's are sent. */
      fields: Record<string, string | null>
      bidders: BidderFormValues[]
      awardedIndex: number | null
      awardedOn: IsoDate | null
    }
    multiYearJustification: string
    staffing: { level: CertLevel | null; count: number | null }[]
  }
}

/** The framework 财预〔2020〕10号 offers purchase-of-service projects (templates.ts). */
const DEFAULT_TEMPLATE = 'common-framework-2020'

/**
 * A new purchase starts on the day it is entered, bought by a 街道办事处 (the office's usual
 * purchaser) and paid 50 / 30 / 20 on signing, 中期 and 末期.
 */
export function newFormValues(today: IsoDate): PurchaseProjectFormValues {
  return {
    title: '',
    organizationId: null,
    category: '',
    communityIds: [],
    amountFen: '',
    approvedOn: today,
    startOn: null,
    endOn: null,
    socialWorkerIds: [],
    tranches: DEFAULT_TRANCHES.map((tranche) => ({ ...tranche })),
    indicatorTemplate: DEFAULT_TEMPLATE,
    purchase: {
      purchaser: { name: '', kind: '街道办事处' },
      catalogueItemIds: [],
      budgetSource: null,
      procurement: {
        method: PROCUREMENT_METHODS[0],
        fields: {},
        bidders: [],
        awardedIndex: null,
        awardedOn: null
      },
      multiYearJustification: '',
      staffing: []
    }
  }
}

/**
 * The form over a stored project's fields (purchaseDraftOf), for editing it before signing. The
 * 绩效目标表 is not the form's: it stays as it is and changes on the project's 绩效目标 tab.
 */
export function toFormValues(fields: PurchaseProjectFields): PurchaseProjectFormValues {
  const { purchase } = fields
  const { procurement } = purchase
  return {
    title: fields.title,
    organizationId: fields.organizationId,
    category: fields.category,
    communityIds: [...fields.communityIds],
    amountFen: yuanInput(fields.amountFen),
    approvedOn: fields.approvedOn,
    startOn: fields.startOn,
    endOn: fields.endOn,
    socialWorkerIds: [...fields.socialWorkerIds],
    tranches: fields.tranches.map(({ percent, gate }) => ({ percent, gate })),
    indicatorTemplate: null,
    purchase: {
      purchaser: { ...purchase.purchaser },
      catalogueItemIds: [...purchase.catalogueItemIds],
      budgetSource: purchase.budgetSource,
      procurement: {
        method: procurement.method,
        fields: { ...procurement.fields },
        bidders: procurement.bidders.map((bidder) => ({
          name: bidder.name,
          uscc: bidder.uscc ?? '',
          quotedFen: yuanInput(bidder.quotedFen),
          score: bidder.score,
          qualified: bidder.qualified,
          organizationId: bidder.organizationId
        })),
        awardedIndex: procurement.awardedIndex,
        awardedOn: procurement.awardedOn
      },
      multiYearJustification: purchase.multiYearJustification ?? '',
      staffing: purchase.staffing.map(({ level, count }) => ({ level, count }))
    }
  }
}

/** The months of a period both of whose dates are valid and in order; null otherwise. */
export function periodMonths(startOn: IsoDate | null, endOn: IsoDate | null): number | null {
  if (!isIsoDate(startOn) || !isIsoDate(endOn) || endOn <= startOn) return null
  return contractMonths(startOn, endOn)
}

/** Whether the period runs past one year, so the contract needs its justification. */
export function needsJustification(startOn: IsoDate | null, endOn: IsoDate | null): boolean {
  return (periodMonths(startOn, endOn) ?? 0) > SINGLE_YEAR_MONTHS
}

/** The rows of the staffing requirement that are filled in. */
export function filledStaffing(
  rows: PurchaseProjectFormValues['purchase']['staffing'] | undefined
): StaffingRequirement {
  return (rows ?? []).flatMap((row) =>
    row?.level && typeof row.count === 'number' && row.count >= 1
      ? [{ level: row.level, count: row.count }]
      : []
  )
}

export interface DraftContext {
  /** The registry, to link a supplier to its organisation by its credit code. */
  organizations: readonly Organization[]
  newKey(): string
  /** The project's own 绩效目标表 when editing: sent as it is, the template choice unused. */
  indicators?: IndicatorNode[]
}

export type DraftResult =
  { ok: true; draft: PurchaseProjectDraft } | { ok: false; issues: FieldIssue[] }

/**
 * A bidder's organisation in the registry: found by the credit code it was entered with; without
 * a code, the organisation a stored row was linked to, as long as the row still bears its name.
 */
function bidderOrganization(bidder: BidderFormValues, organizations: readonly Organization[]) {
  const code = normalizeCode(bidder.uscc ?? '')
  if (code !== '') return organizations.find((o) => o.uscc === code)?.id ?? null
  const linked = organizations.find((o) => o.id === bidder.organizationId)
  return linked && linked.name === (bidder.name ?? '').trim() ? linked.id : null
}

/**
 * The draft the repository checks. Amounts that are not amounts are refused here, at their
 * fields, before anything is sent; every other rule is left to `checkPurchaseProject`.
 */
export function toDraft(values: PurchaseProjectFormValues, context: DraftContext): DraftResult {
  const issues: FieldIssue[] = []
  const { purchase } = values
  const { procurement } = purchase
  const method = procurement.method
  const template = PERFORMANCE_TEMPLATES.find((t) => t.key === values.indicatorTemplate)
  const indicators: IndicatorNode[] =
    context.indicators ?? (template ? instantiateTemplate(template, context.newKey) : [])

  const draft = {
    title: values.title ?? '',
    organizationId: values.organizationId ?? undefined,
    category: values.category ?? '',
    communityIds: values.communityIds ?? [],
    amountFen: readAmount(values.amountFen, 'amountFen', issues) ?? undefined,
    approvedOn: values.approvedOn ?? undefined,
    startOn: values.startOn ?? undefined,
    endOn: values.endOn ?? undefined,
    socialWorkerIds: values.socialWorkerIds ?? [],
    tranches: (values.tranches ?? []).map((tranche) => ({
      percent: tranche.percent ?? undefined,
      gate: tranche.gate
    })),
    indicators,
    purchase: {
      purchaser: {
        name: purchase.purchaser.name ?? '',
        kind: purchase.purchaser.kind ?? undefined
      },
      catalogueItemIds: purchase.catalogueItemIds ?? [],
      budgetSource: purchase.budgetSource ?? undefined,
      procurement: {
        method,
        fields: Object.fromEntries(
          PROCUREMENT_METHOD_RULES[method].fields.map(({ key }) => [
            key,
            procurement.fields?.[key] ?? null
          ])
        ),
        bidders: (procurement.bidders ?? []).map((bidder, index) => ({
          name: bidder.name ?? '',
          uscc: bidder.uscc ?? '',
          organizationId: bidderOrganization(bidder, context.organizations),
          quotedFen: readAmount(
            bidder.quotedFen,
            `purchase.procurement.bidders.${index}.quotedFen`,
            issues
          ),
          score: bidder.score ?? null,
          qualified: bidder.qualified ?? false
        })),
        awardedIndex: procurement.awardedIndex ?? null,
        awardedOn: procurement.awardedOn ?? null
      },
      multiYearJustification: needsJustification(values.startOn, values.endOn)
        ? (purchase.multiYearJustification ?? '')
        : null,
      staffing: (purchase.staffing ?? []).map((row) => ({
        level: row.level ?? undefined,
        count: row.count ?? undefined
      }))
    }
  }
  // The schema reports missing values in its own words; the cast only widens them to unknown.
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, draft: draft as PurchaseProjectDraft }
}

const METHOD_FIELD_KEYS = [
  ...new Set(
    Object.values(PROCUREMENT_METHOD_RULES).flatMap((rule) => rule.fields.map(({ key }) => key))
  )
]

/** Form inputs by dotted path, numbers as `N`; the lists themselves show list-wide issues. */
const FORM_FIELDS = new Set([
  'title',
  'organizationId',
  'category',
  'communityIds',
  'amountFen',
  'approvedOn',
  'startOn',
  'endOn',
  'socialWorkerIds',
  'tranches',
  'tranches.N.percent',
  'tranches.N.gate',
  'indicatorTemplate',
  'purchase.purchaser.name',
  'purchase.purchaser.kind',
  'purchase.catalogueItemIds',
  'purchase.budgetSource',
  'purchase.procurement.method',
  ...METHOD_FIELD_KEYS.map((key) => `purchase.procurement.fields.${key}`),
  'purchase.procurement.bidders',
  'purchase.procurement.bidders.N.name',
  'purchase.procurement.bidders.N.uscc',
  'purchase.procurement.bidders.N.quotedFen',
  'purchase.procurement.bidders.N.score',
  'purchase.procurement.bidders.N.qualified',
  'purchase.procurement.awardedIndex',
  'purchase.procurement.awardedOn',
  'purchase.multiYearJustification',
  'purchase.staffing',
  'purchase.staffing.N.level',
  'purchase.staffing.N.count'
])

/**
 * The input an issue is shown at: the field its path names, or the nearest enclosing one (an
 * issue about the third catalogue item goes to the catalogue picker); the 绩效目标表's issues
 * go to the template choice; null for issues about the project as a whole.
 */
export function purchaseFieldFor(path: string): FieldName | null {
  const parts = path.split('.').filter((part) => part !== '')
  if (parts[0] === 'indicators') return 'indicatorTemplate'
  while (parts.length > 0) {
    const pattern = parts.map((part) => (/^\d+$/.test(part) ? 'N' : part)).join('.')
    if (FORM_FIELDS.has(pattern)) {
      return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part))
    }
    parts.pop()
  }
  return null
}
