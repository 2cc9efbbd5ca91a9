/**
 * Between the 需求 form and the shared rule: every field under the draft's own name, so each
 * issue `checkNeed` reports lands on its input, and the rule's findings on the form as it stands
 * while the user types (the date not after today, the count against the community's population).
 */
import { standInFor, topField, zodIssues, type FieldIssue } from '@shared/domain/check'
import type { Community } from '@shared/domain/communities/community'
import type { IsoDate } from '@shared/domain/dates'
import {
  checkNeed,
  NEED_STAND_INS,
  needDraftSchema,
  type Need,
  type NeedCategory,
  type NeedDraft,
  type NeedSource
} from '@shared/domain/linkage/need'

export interface NeedFormValues {
  name: string
  communityId: string | null
  category: NeedCategory | null
  source: NeedSource | null
  raisedBy: number | null
  raisedOn: IsoDate | null
  description: string
}

/** The fields the form shows; an issue about anything else goes above the form. */
export const NEED_FORM_FIELDS = Object.keys(needDraftSchema.shape)

/** A new need was raised today by one resident, unless the form says otherwise. */
export function toFormValues(need: Need | null, today: IsoDate): NeedFormValues {
  if (!need) {
    return {
      name: '',
      communityId: null,
      category: null,
      source: null,
      raisedBy: 1,
      raisedOn: today,
      description: ''
    }
  }
  return {
    name: need.name,
    communityId: need.communityId,
    category: need.category,
    source: need.source,
    raisedBy: need.raisedBy,
    raisedOn: need.raisedOn,
    description: need.description ?? ''
  }
}

/** Missing choices and a cleared count go as missing, so the schema words the message. */
export function toDraft(values: NeedFormValues): NeedDraft {
  const draft = {
    name: values.name ?? '',
    communityId: values.communityId ?? undefined,
    category: values.category ?? undefined,
    source: values.source ?? undefined,
    raisedBy: values.raisedBy ?? undefined,
    raisedOn: values.raisedOn ?? undefined,
    description: values.description ?? ''
  }
  return draft as NeedDraft
}

/**
 * Every finding of the shared rule on the form as it stands: the shape of each field, then the
 * rule's own checks on the fields whose shape is right.
 */
export function needFormIssues(
  values: NeedFormValues,
  today: IsoDate,
  community: Pick<Community, 'name' | 'population'> | null
): FieldIssue[] {
  const draft = toDraft(values)
  const shape = needDraftSchema.safeParse(draft)
  const shapeIssues = shape.success ? [] : zodIssues(shape.error)
  const broken = new Set(shapeIssues.map((issue) => topField(issue.field)))
  const checked = checkNeed(standInFor(draft, broken, NEED_STAND_INS), today, { community })
  const ruleIssues = (checked.ok ? checked.warnings : checked.issues).filter(
    (issue) => !broken.has(topField(issue.field))
  )
  return [...shapeIssues, ...ruleIssues]
}
