/**
 * The Chinese name of a changed field, per table: each feature's own label map (the one its
 * 修改记录 uses), so the log names fields the way the record's page does.
 */
import { CATALOGUE_FIELD_LABELS } from '@renderer/features/catalogue/strings'
import { COMMUNITY_FIELD_LABELS } from '@renderer/features/communities/strings'
import {
  ACTION_FIELD_LABELS as INCUBATION_ACTION_LABELS,
  EVALUATION_FIELD_LABELS,
  INCUBATION_FIELD_LABELS,
  SERVICE_FIELD_LABELS
} from '@renderer/features/incubation/strings'
import {
  NEED_ACTION_FIELD_LABELS,
  NEED_FIELD_LABELS,
  NEED_MATCH_FIELD_LABELS
} from '@renderer/features/linkage/needs/strings'
import { RESOURCE_FIELD_LABELS } from '@renderer/features/linkage/resources/strings'
import { ORGANIZATION_FIELD_LABELS } from '@renderer/features/organizations/strings'
import { SETTINGS_STRINGS } from '@renderer/features/settings/strings'
import { ACTIVITY_FIELD_LABELS } from '@renderer/features/projects/activities/strings'
import {
  AGREEMENT_FIELD_LABELS,
  AMENDMENT_FIELD_LABELS
} from '@renderer/features/projects/agreement/strings'
import { PROJECT_EVALUATION_FIELD_LABELS } from '@renderer/features/projects/evaluations/strings'
import { MUTUAL_EVALUATION_FIELD_LABELS } from '@renderer/features/projects/mutual/strings'
import { PROJECT_FIELD_LABELS } from '@renderer/features/projects/project-detail-strings'
import { PAYMENT_FIELD_LABELS } from '@renderer/features/projects/payments/strings'
import { SOCIAL_WORKER_FIELD_LABELS } from '@renderer/features/social-workers/strings'
import {
  ACTION_FIELD_LABELS as APPLICATION_ACTION_LABELS,
  APPLICATION_FIELD_LABELS
} from '@renderer/features/venture/applications/strings'
import {
  REVIEW_FIELD_LABELS,
  REVIEWER_FIELD_LABELS
} from '@renderer/features/venture/review/strings'
import { ROUND_FIELD_LABELS } from '@renderer/features/venture/rounds/strings'
import { COMMON_FIELD_LABELS } from './strings'

type Labels = Readonly<Record<string, string>>

/** The labels a workflow's steps add, merged into one map. */
const merged = (maps: Iterable<Labels | undefined>): Labels =>
  Object.assign({}, ...[...maps].filter(Boolean))

const SETTINGS_FIELD_LABELS: Labels = {
  operatorName: SETTINGS_STRINGS.operatorLabel,
  officeName: SETTINGS_STRINGS.officeLabel,
  backupKeep: SETTINGS_STRINGS.backupKeepLabel,
  baseName: SETTINGS_STRINGS.baseNameLabel,
  reviewWorkingDays: SETTINGS_STRINGS.reviewDaysLabel,
  handoverWorkingDays: SETTINGS_STRINGS.handoverDaysLabel,
  termMonths: SETTINGS_STRINGS.termMonthsLabel,
  maxExtensions: SETTINGS_STRINGS.maxExtensionsLabel,
  endingSoonDays: SETTINGS_STRINGS.endingSoonLabel,
  scorecard: SETTINGS_STRINGS.scorecardTitle,
  evaluationBands: SETTINGS_STRINGS.evaluationBandsTitle,
  ratingBands: SETTINGS_STRINGS.ratingBandsTitle,
  fallback: SETTINGS_STRINGS.reportFontTitle
}

/** The groups of 设置, each stored as one row under its key (settings-repository.ts). */
export const SETTINGS_RECORD_NAMES: Labels = {
  general: SETTINGS_STRINGS.generalTitle,
  incubation: SETTINGS_STRINGS.incubationTitle,
  grading: SETTINGS_STRINGS.gradingTitle,
  reportFont: SETTINGS_STRINGS.reportFontTitle
}

const FIELD_LABELS: Readonly<Record<string, Labels>> = {
  settings: SETTINGS_FIELD_LABELS,
  organizations: ORGANIZATION_FIELD_LABELS,
  communities: COMMUNITY_FIELD_LABELS,
  socialWorkers: SOCIAL_WORKER_FIELD_LABELS,
  reviewers: REVIEWER_FIELD_LABELS,
  catalogueItems: CATALOGUE_FIELD_LABELS,
  resources: RESOURCE_FIELD_LABELS,
  needs: { ...NEED_ACTION_FIELD_LABELS, ...NEED_FIELD_LABELS },
  incubations: { ...merged(Object.values(INCUBATION_ACTION_LABELS)), ...INCUBATION_FIELD_LABELS },
  incubationServices: SERVICE_FIELD_LABELS,
  evaluations: EVALUATION_FIELD_LABELS,
  ventureRounds: ROUND_FIELD_LABELS,
  applications: {
    ...merged(Object.values(APPLICATION_ACTION_LABELS)),
    ...APPLICATION_FIELD_LABELS
  },
  reviews: REVIEW_FIELD_LABELS,
  projects: PROJECT_FIELD_LABELS,
  agreements: AGREEMENT_FIELD_LABELS,
  amendments: AMENDMENT_FIELD_LABELS,
  payments: PAYMENT_FIELD_LABELS,
  activities: ACTIVITY_FIELD_LABELS,
  projectEvaluations: PROJECT_EVALUATION_FIELD_LABELS,
  mutualEvaluations: MUTUAL_EVALUATION_FIELD_LABELS,
  needMatches: NEED_MATCH_FIELD_LABELS
}

/** `uscc` of 社会组织 → 统一社会信用代码; a field no map names keeps its own name. */
export function fieldLabel(table: string, field: string): string {
  return FIELD_LABELS[table]?.[field] ?? COMMON_FIELD_LABELS[field] ?? field
}
