/**
 * Between the organisation form and the shared rule: the form's values (empty inputs, a blank
 * ID number meaning "keep the stored one"), the draft the repository takes, and the rule's
 * findings for each field while the user types.
 */
import { standInFor, topField, zodIssues, type FieldIssue } from '@shared/domain/check'
import type { IsoDate } from '@shared/domain/dates'
import type { RatingBands } from '@shared/domain/evaluations/grade-bands'
import {
  checkOrganization,
  ORGANIZATION_STAND_INS,
  organizationDraftSchema,
  RATING_GRADES,
  type AnnualCheck,
  type AnnualCheckConclusion,
  type AnnualCheckMode,
  type LegalForm,
  type Organization,
  type OrganizationDraft,
  type Origin,
  type Rating,
  type RatingGrade,
  type RegistrationStatus
} from '@shared/domain/organizations/organization'
import { ratingBandIssue } from '@shared/domain/organizations/rating'

export interface RatingFormValues {
  grade: RatingGrade | null
  score: number | null
  ratedOn: IsoDate | null
}

export interface AnnualCheckFormValues {
  year: number | null
  mode: AnnualCheckMode
  conclusion: AnnualCheckConclusion
}

export interface OrganizationFormValues {
  name: string
  uscc: string
  legalForm: LegalForm
  registrationStatus: RegistrationStatus
  filingNo: string
  category: string | null
  origin: Origin
  legalRepName: string
  /** A new number only: the stored one is never put back into an input. */
  legalRepIdNumber: string
  legalRepPhone: string
  contactName: string
  contactPhone: string
  address: string
  district: string
  subdistrict: string
  communityIds: string[]
  staffCount: number | null
  socialWorkerCount: number | null
  establishedOn: IsoDate | null
  rating: RatingFormValues
  annualChecks: AnnualCheckFormValues[]
}

/**
 * A new record starts as what offices mostly register: a 社会服务机构 already 已登记 and grown
 * locally (内生型); the place fields stay empty so nobody files under the wrong street.
 */
const NEW_ORGANIZATION: OrganizationFormValues = {
  name: '',
  uscc: '',
  legalForm: '社会服务机构',
  registrationStatus: '已登记',
  filingNo: '',
  category: null,
  origin: '内生型',
  legalRepName: '',
  legalRepIdNumber: '',
  legalRepPhone: '',
  contactName: '',
  contactPhone: '',
  address: '',
  district: '',
  subdistrict: '',
  communityIds: [],
  staffCount: 0,
  socialWorkerCount: 0,
  establishedOn: null,
  rating: { grade: null, score: null, ratedOn: null },
  annualChecks: []
}

export function toFormValues(organization: Organization | null): OrganizationFormValues {
  if (!organization) return structuredClone(NEW_ORGANIZATION)
  return {
    name: organization.name,
    uscc: organization.uscc ?? '',
    legalForm: organization.legalForm,
    registrationStatus: organization.registrationStatus,
    filingNo: organization.filingNo ?? '',
    category: organization.category,
    origin: organization.origin,
    legalRepName: organization.legalRepName,
    legalRepIdNumber: '',
    legalRepPhone: organization.legalRepPhone ?? '',
    contactName: organization.contactName,
    contactPhone: organization.contactPhone ?? '',
    address: organization.address,
    district: organization.district,
    subdistrict: organization.subdistrict,
    communityIds: [...organization.communityIds],
    staffCount: organization.staffCount,
    socialWorkerCount: organization.socialWorkerCount,
    establishedOn: organization.establishedOn,
    rating: organization.rating
      ? { ...organization.rating }
      : { grade: null, score: null, ratedOn: null },
    annualChecks: [...organization.annualChecks]
      .sort((a, b) => b.year - a.year)
      .map((check) => ({ ...check }))
  }
}

/** Missing parts are passed as missing, so the shared rule words the message. */
function ratingDraft(rating: RatingFormValues | undefined): unknown {
  if (!rating || (rating.grade === null && rating.score === null && rating.ratedOn === null)) {
    return null
  }
  return {
    grade: rating.grade ?? undefined,
    score: rating.score ?? undefined,
    ratedOn: rating.ratedOn ?? undefined
  }
}

/** The draft to check and save; `stored` is the record being edited (null when creating). */
export function toDraft(
  values: OrganizationFormValues,
  stored: Organization | null
): OrganizationDraft {
  const newId = values.legalRepIdNumber?.trim() ?? ''
  return {
    name: values.name ?? '',
    uscc: values.uscc ?? '',
    legalForm: values.legalForm,
    registrationStatus: values.registrationStatus,
    filingNo: values.filingNo ?? '',
    category: values.category ?? '',
    origin: values.origin,
    legalRepName: values.legalRepName ?? '',
    legalRepIdNumber: newId || (stored?.legalRepIdNumber ?? null),
    legalRepPhone: values.legalRepPhone ?? '',
    contactName: values.contactName ?? '',
    contactPhone: values.contactPhone ?? '',
    address: values.address ?? '',
    district: values.district ?? '',
    subdistrict: values.subdistrict ?? '',
    communityIds: values.communityIds ?? [],
    staffCount: values.staffCount as number,
    socialWorkerCount: values.socialWorkerCount as number,
    establishedOn: values.establishedOn ?? null,
    rating: ratingDraft(values.rating) as Rating | null,
    annualChecks: (values.annualChecks ?? []).map((check) => ({
      ...check,
      year: check.year ?? undefined
    })) as AnnualCheck[]
  }
}

const isRatingGrade = (value: unknown): value is RatingGrade =>
  RATING_GRADES.some((grade) => grade === value)

/**
 * Every finding of the shared rule on `draft`, plus a warning when the rating's grade does not
 * fit the office's score bands (the same warning a save returns).
 */
export function organizationFormIssues(
  draft: OrganizationDraft,
  today: IsoDate,
  ratingBands: RatingBands | undefined
): FieldIssue[] {
  const shape = organizationDraftSchema.safeParse(draft)
  const shapeIssues = shape.success ? [] : zodIssues(shape.error)
  const broken = new Set(shapeIssues.map((issue) => topField(issue.field)))
  const result = checkOrganization(standInFor(draft, broken, ORGANIZATION_STAND_INS), today)
  const ruleIssues = (result.ok ? result.warnings : result.issues).filter(
    (issue) => !broken.has(topField(issue.field))
  )
  const issues = [...shapeIssues, ...ruleIssues]
  const rating = draft.rating as Partial<Rating> | null
  if (ratingBands && rating && isRatingGrade(rating.grade) && typeof rating.score === 'number') {
    // Grade and score decide the band, so the warning comes before the date is entered.
    const band = ratingBandIssue(
      { grade: rating.grade, score: rating.score, ratedOn: today },
      ratingBands
    )
    if (band) issues.push(band)
  }
  return issues
}

/**
 * A form rule showing one level of the shared rule's findings for a field; it fits both
 * Form.Item and Form.List.
 */
export interface IssueRule {
  warningOnly?: boolean
  validator(): Promise<void>
}

const NESTED_FIELDS = /^(rating\.(grade|score|ratedOn)|annualChecks\.\d+\.(year|mode|conclusion))$/

/** Whether the form shows a field for this issue path (otherwise it goes above the form). */
export function isFormField(path: string): boolean {
  if (NESTED_FIELDS.test(path)) return true
  return path !== 'rating' && Object.hasOwn(organizationDraftSchema.shape, path)
}

/** The facts 等级评估 eligibility needs, from a form that may be half filled in. */
export function eligibilityFacts(values: Partial<OrganizationFormValues>) {
  const rating = values.rating
  return {
    registrationStatus: values.registrationStatus ?? '筹备',
    establishedOn: values.establishedOn ?? null,
    rating:
      rating?.grade && rating.score !== null && rating.ratedOn
        ? { grade: rating.grade, score: rating.score, ratedOn: rating.ratedOn }
        : null,
    annualChecks: (values.annualChecks ?? []).filter(
      (check): check is AnnualCheck => typeof check?.year === 'number' && !!check.conclusion
    )
  }
}
