/**
 * Between the resource form and the shared rule: the 资金 amount is kept as the 元 text the user
 * typed, every other field under the draft's own name, so each issue `checkResource` reports
 * lands on its input — among them the amount a 资金 resource must have and the others must not.
 */
import { readAmount, yuanInput } from '@renderer/components/amount-text'
import { standInFor, topField, zodIssues, type FieldIssue } from '@shared/domain/check'
import type { IsoDate } from '@shared/domain/dates'
import type { NeedCategory } from '@shared/domain/linkage/need'
import type { Resource, ResourceProviderKind, ResourceType } from '@shared/domain/linkage/resource'
import {
  checkResource,
  RESOURCE_STAND_INS,
  resourceDraftSchema,
  type ResourceDraft
} from '@shared/domain/linkage/resource-rules'

export interface ResourceFormValues {
  name: string
  providerKind: ResourceProviderKind | null
  organizationId: string | null
  providerName: string
  type: ResourceType | null
  capacity: string
  /** 元, as typed; empty: no amount. */
  amountFen: string
  communityIds: string[]
  categories: NeedCategory[]
  availableFrom: IsoDate | null
  availableUntil: IsoDate | null
  availability: string
  contactName: string
  contactPhone: string
}

/** The fields the form shows; an issue about anything else goes above the form. */
export const RESOURCE_FORM_FIELDS = Object.keys(resourceDraftSchema.shape)

const NEW_RESOURCE: ResourceFormValues = {
  name: '',
  providerKind: null,
  organizationId: null,
  providerName: '',
  type: null,
  capacity: '',
  amountFen: '',
  communityIds: [],
  categories: [],
  availableFrom: null,
  availableUntil: null,
  availability: '',
  contactName: '',
  contactPhone: ''
}

export function toFormValues(resource: Resource | null): ResourceFormValues {
  if (!resource) return { ...NEW_RESOURCE }
  return {
    name: resource.name,
    providerKind: resource.providerKind,
    organizationId: resource.organizationId,
    providerName: resource.providerName,
    type: resource.type,
    capacity: resource.capacity,
    amountFen: yuanInput(resource.amountFen),
    communityIds: [...resource.communityIds],
    categories: [...resource.categories],
    availableFrom: resource.availableFrom,
    availableUntil: resource.availableUntil,
    availability: resource.availability ?? '',
    contactName: resource.contactName ?? '',
    contactPhone: resource.contactPhone ?? ''
  }
}

export type DraftResult = { ok: true; draft: ResourceDraft } | { ok: false; issues: FieldIssue[] }

/**
 * The draft the repository checks. An amount that is not an amount is refused here, at its
 * field, before anything is sent; every other rule is left to the shared rule.
 */
export function toDraft(values: ResourceFormValues): DraftResult {
  const issues: FieldIssue[] = []
  const amount = readAmount(values.amountFen, 'amountFen', issues)
  if (issues.length > 0) return { ok: false, issues }
  // Missing choices go as missing, so the schema words the message.
  const draft = {
    name: values.name ?? '',
    providerKind: values.providerKind ?? undefined,
    organizationId: values.organizationId ?? null,
    providerName: values.providerName ?? '',
    type: values.type ?? undefined,
    capacity: values.capacity ?? '',
    amountFen: amount,
    communityIds: values.communityIds ?? [],
    categories: values.categories ?? [],
    availableFrom: values.availableFrom ?? null,
    availableUntil: values.availableUntil ?? null,
    availability: values.availability ?? '',
    contactName: values.contactName ?? '',
    contactPhone: values.contactPhone ?? ''
  }
  return { ok: true, draft: draft as ResourceDraft }
}

/**
 * Every finding of the shared rule on the form as it stands: the shape of each field, then the
 * rule's own checks (the amount against the type, the period, the provider, the phone) on the
 * fields whose shape is right. A stand-in type would judge the amount wrongly, so the amount's
 * findings wait for a type.
 */
export function resourceFormIssues(values: ResourceFormValues, today: IsoDate): FieldIssue[] {
  const result = toDraft(values)
  if (!result.ok) return result.issues
  const shape = resourceDraftSchema.safeParse(result.draft)
  const shapeIssues = shape.success ? [] : zodIssues(shape.error)
  const broken = new Set(shapeIssues.map((issue) => topField(issue.field)))
  const checked = checkResource(standInFor(result.draft, broken, RESOURCE_STAND_INS), today)
  const dependent = (field: string) =>
    broken.has(field) || (field === 'amountFen' && broken.has('type'))
  const ruleIssues = (checked.ok ? checked.warnings : checked.issues).filter(
    (issue) => !dependent(topField(issue.field))
  )
  return [...shapeIssues, ...ruleIssues]
}
