/**
 * Automatic conflict-of-interest flags for a reviewer and an application (DESIGN.md §4: flag
 * when the reviewer's affiliation matches the applicant by USCC or legal representative). A
 * flag is a reason to ask, not a verdict: the reviewer still declares before scoring, and the
 * office decides whether to withdraw them.
 */
import { normalizeCode } from '../identifiers/issues'
import { normalizeOrganizationName } from '../organizations/duplicates'

export interface ConflictReviewer {
  name: string
  /** 工作单位 as typed; null when the reviewer gave none. */
  affiliation: string | null
  /** 工作单位's 统一社会信用代码, when known. */
  affiliationUscc: string | null
}

export interface ConflictApplicant {
  /** null for 备案 and 筹备 groups, which have none. */
  uscc: string | null
  legalRepName: string
  /** The applying organisation's name. */
  name: string
}

/**
 * A person's name as typed in two places: spaces (half- or full-width, "张 三") and full-width
 * letters vary, the characters do not.
 */
function normalizePersonName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '')
}

/**
 * Reasons, in Chinese, to suspect the reviewer is not independent of the applicant; empty when
 * nothing matches. Organisation names are compared the way duplicates are found (spaces,
 * full- or half-width brackets and punctuation ignored), so "阳光社工（太仓）" matches
 * "阳光社工(太仓)". A shared name with the legal representative may be a namesake, so the
 * message says 同名 rather than claiming it is the same person.
 */
export function conflictFlags(reviewer: ConflictReviewer, applicant: ConflictApplicant): string[] {
  const flags: string[] = []

  const reviewerUscc = normalizeCode(reviewer.affiliationUscc ?? '')
  const applicantUscc = normalizeCode(applicant.uscc ?? '')
  if (reviewerUscc !== '' && reviewerUscc === applicantUscc) {
    flags.push(`评审专家所在单位的统一社会信用代码与申报单位相同（${applicantUscc}）`)
  }

  const reviewerName = normalizePersonName(reviewer.name)
  if (reviewerName !== '' && reviewerName === normalizePersonName(applicant.legalRepName)) {
    flags.push(`评审专家与申报单位的法定代表人同名（${applicant.legalRepName.trim()}）`)
  }

  const affiliation = normalizeOrganizationName(reviewer.affiliation ?? '')
  if (affiliation !== '' && affiliation === normalizeOrganizationName(applicant.name)) {
    flags.push(`评审专家的工作单位即申报单位（${applicant.name.trim()}）`)
  }

  return flags
}
