/**
 * Between the 社区 form and the shared rule: every field under the draft's own name, so each
 * issue `checkCommunity` reports lands on its input, and the rule's findings on the form as it
 * stands while the user types (the division code's shape, more households than residents).
 */
import { standInFor, zodIssues, type FieldIssue } from '@shared/domain/check'
import {
  checkCommunity,
  COMMUNITY_STAND_INS,
  communityDraftSchema,
  type Community
} from '@shared/domain/communities/community'
import type { CommunityDraft } from '@renderer/db/repositories/communities-repository'

export interface CommunityFormValues {
  name: string
  district: string
  subdistrict: string
  /** Empty: no code. */
  divisionCode: string
  households: number | null
  population: number | null
  grids: number | null
}

/** The fields the form shows; an issue about anything else goes above the form. */
export const COMMUNITY_FORM_FIELDS = Object.keys(communityDraftSchema.shape)

/**
 * A new community starts with its figures at 0, as the 社会组织 form starts its head counts: a
 * community is often registered before its households and residents are counted.
 */
const NEW_COMMUNITY: CommunityFormValues = {
  name: '',
  district: '',
  subdistrict: '',
  divisionCode: '',
  households: 0,
  population: 0,
  grids: 0
}

export function toFormValues(community: Community | null): CommunityFormValues {
  if (!community) return { ...NEW_COMMUNITY }
  return {
    name: community.name,
    district: community.district,
    subdistrict: community.subdistrict,
    divisionCode: community.divisionCode ?? '',
    households: community.households,
    population: community.population,
    grids: community.grids
  }
}

/** A cleared figure goes as missing, so the schema words the message. */
export function toDraft(values: CommunityFormValues): CommunityDraft {
  const draft = {
    name: values.name ?? '',
    district: values.district ?? '',
    subdistrict: values.subdistrict ?? '',
    divisionCode: values.divisionCode ?? '',
    households: values.households ?? undefined,
    population: values.population ?? undefined,
    grids: values.grids ?? undefined
  }
  return draft as CommunityDraft
}

/**
 * Every finding of the shared rule on the form as it stands: the shape of each field, then the
 * rule's own checks on the fields whose shape is right. The households warning compares with
 * the population, so it waits while either figure is broken.
 */
export function communityFormIssues(values: CommunityFormValues): FieldIssue[] {
  const draft = toDraft(values)
  const shape = communityDraftSchema.safeParse(draft)
  const shapeIssues = shape.success ? [] : zodIssues(shape.error)
  const broken = new Set(shapeIssues.map((issue) => issue.field))
  const checked = checkCommunity(standInFor(draft, broken, COMMUNITY_STAND_INS))
  const dependent = (field: string) =>
    broken.has(field) || (field === 'households' && broken.has('population'))
  const ruleIssues = (checked.ok ? checked.warnings : checked.issues).filter(
    (issue) => !dependent(issue.field)
  )
  return [...shapeIssues, ...ruleIssues]
}
