/**
 * 社会组织: one registry row per organisation the office deals with (DESIGN.md §3,
 * domain-cn.md §2). Keyed by its own UUID; the USCC is an attribute, required only once the
 * organisation is 已登记, because 备案 community groups and groups in 筹备 have none.
 */
import { z } from 'zod'
import { addYears, type IsoDate } from '../dates'
import {
  checkIdNumberField,
  checkPhoneField,
  countField,
  idListField,
  isoDateField,
  optionalTextField,
  textField
} from '../fields'
import { validateUscc } from '../identifiers/uscc'
import type { NamedRecord } from '../records'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'

export const LEGAL_FORMS = ['社会团体', '社会服务机构', '基金会', '社区社会组织', '未登记'] as const
export type LegalForm = (typeof LEGAL_FORMS)[number]

export const REGISTRATION_STATUSES = ['筹备', '备案', '已登记', '注销'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** Service fields; offices extend this list in later versions, so it is data, not logic. */
export const ORGANIZATION_CATEGORIES = [
  '为老服务',
  '助残服务',
  '青少年服务',
  '妇女儿童',
  '社区治理',
  '矛盾调解',
  '心理健康',
  '环境保护',
  '文体教育',
  '公益慈善',
  '社会工作',
  '其他'
] as const

export const ORIGINS = ['内生型', '外生型'] as const
export type Origin = (typeof ORIGINS)[number]

export const RATING_GRADES = ['1A', '2A', '3A', '4A', '5A'] as const
export type RatingGrade = (typeof RATING_GRADES)[number]

export const ANNUAL_CHECK_CONCLUSIONS = ['合格', '基本合格', '不合格'] as const
export type AnnualCheckConclusion = (typeof ANNUAL_CHECK_CONCLUSIONS)[number]

/** 年检 or, where a province has replaced it, the public 年度工作报告 (domain-cn.md §2.4). */
export const ANNUAL_CHECK_MODES = ['年检', '年报'] as const
export type AnnualCheckMode = (typeof ANNUAL_CHECK_MODES)[number]

/** 等级评估 result; valid for five years from the rating date (domain-cn.md §2.3). */
export interface Rating {
  grade: RatingGrade
  score: number
  ratedOn: IsoDate
}

/** 年检 / 年度报告 for one (reporting) year. */
export interface AnnualCheck {
  year: number
  mode: AnnualCheckMode
  conclusion: AnnualCheckConclusion
}

export interface Organization extends NamedRecord {
  /** 统一社会信用代码, upper-case; null until registered. */
  uscc: string | null
  legalForm: LegalForm
  registrationStatus: RegistrationStatus
  /** 备案编号 of a community group filed with the street office. */
  filingNo: string | null
  category: string
  origin: Origin
  /** 法定代表人 / 负责人. */
  legalRepName: string
  /** Stored validated and upper-case; always shown masked. */
  legalRepIdNumber: string | null
  legalRepPhone: string | null
  contactName: string
  contactPhone: string | null
  address: string
  district: string
  subdistrict: string
  /** Communities the organisation serves. */
  communityIds: string[]
  staffCount: number
  socialWorkerCount: number
  establishedOn: IsoDate | null
  rating: Rating | null
  annualChecks: AnnualCheck[]
}

/**
 * Years whose 年检 / 年报 concluded 不合格, newest first: they can bar the organisation from
 * 等级评估 and from venture rounds, so the registry points them out.
 */
export function failedAnnualCheckYears(checks: readonly AnnualCheck[]): number[] {
  return checks
    .filter((check) => check.conclusion === '不合格')
    .map((check) => check.year)
    .sort((a, b) => b - a)
}

/** The last day a rating counts: five years after it was given. */
export function ratingValidUntil(rating: Rating): IsoDate {
  return addYears(rating.ratedOn, 5)
}

/**
 * Which identifier a registration status requires (domain-cn.md §2.2): a USCC once 已登记, a
 * filing number for a 备案 group. The form marks these fields required from the same rule.
 */
export function requiredIdentifiers(status: RegistrationStatus): {
  uscc: boolean
  filingNo: boolean
} {
  return { uscc: status === '已登记', filingNo: status === '备案' }
}

/** Staff counts of one organisation; anything larger is a typing mistake. */
const headcount = (label: string) => countField(label, 100_000)

/** Shape rules of an organisation as a caller submits it (no id or timestamps). */
export const organizationDraftSchema = z.strictObject({
  name: textField('组织名称', 100, true),
  uscc: optionalTextField('统一社会信用代码', 30),
  legalForm: z.enum(LEGAL_FORMS, { error: '请选择组织形式' }),
  registrationStatus: z.enum(REGISTRATION_STATUSES, { error: '请选择登记状态' }),
  filingNo: optionalTextField('备案编号', 40),
  category: textField('服务领域', 20, true),
  origin: z.enum(ORIGINS, { error: '请选择组织来源' }),
  legalRepName: textField('法定代表人', 30),
  legalRepIdNumber: optionalTextField('法定代表人身份证号', 30),
  legalRepPhone: optionalTextField('法定代表人电话', 30),
  contactName: textField('联系人', 30),
  contactPhone: optionalTextField('联系电话', 30),
  address: textField('地址', 200),
  district: textField('区县', 30),
  subdistrict: textField('街道', 30),
  communityIds: idListField(500),
  staffCount: headcount('专职人数'),
  socialWorkerCount: headcount('持证社工人数'),
  establishedOn: isoDateField('成立日期').nullable(),
  rating: z
    .strictObject(
      {
        grade: z.enum(RATING_GRADES, { error: '请选择评估等级' }),
        score: z
          .number({ error: '评估得分须为数字' })
          .min(0, '评估得分不能为负')
          .max(1000, '评估得分过大'),
        ratedOn: isoDateField('评估日期')
      },
      { error: '评估等级有误' }
    )
    .nullable(),
  annualChecks: z
    .array(
      z.strictObject(
        {
          year: z
            .number({ error: '请填写年检年度' })
            .int('年检年度有误')
            .min(1990, '年检年度有误')
            .max(2100, '年检年度有误'),
          mode: z.enum(ANNUAL_CHECK_MODES, { error: '请选择年检或年报' }),
          conclusion: z.enum(ANNUAL_CHECK_CONCLUSIONS, { error: '请选择年检结论' })
        },
        { error: '年检记录有误' }
      ),
      { error: '年检记录有误' }
    )
    .max(100, '年检记录最多 100 条')
})

export type OrganizationDraft = z.input<typeof organizationDraftSchema>

/** Valid values for broken fields (standInFor); 筹备, so they ask no USCC or 备案编号 of the rest. */
export const ORGANIZATION_STAND_INS: Readonly<OrganizationDraft> = {
  name: '—',
  uscc: null,
  legalForm: '社会服务机构',
  registrationStatus: '筹备',
  filingNo: null,
  category: '其他',
  origin: '内生型',
  legalRepName: '',
  legalRepIdNumber: null,
  legalRepPhone: null,
  contactName: '',
  contactPhone: null,
  address: '',
  district: '',
  subdistrict: '',
  communityIds: [],
  staffCount: 0,
  socialWorkerCount: 0,
  establishedOn: null,
  rating: null,
  annualChecks: []
}

/** The fields of an organisation after the shape rules (trimmed, empty text as null). */
export type OrganizationFields = z.output<typeof organizationDraftSchema>

/**
 * Shape rules, then the rules that need more than shape: the USCC and ID checks, which identifiers each
 * registration status requires, and consistency between form and status. `today` bounds dates.
 */
export function checkOrganization(input: unknown, today: IsoDate): CheckResult<OrganizationFields> {
  return checkRecord(organizationDraftSchema, input, (parsed) => organizationRules(parsed, today))
}

function organizationRules(
  parsed: OrganizationFields,
  today: IsoDate
): { value: OrganizationFields; issues: FieldIssue[] } {
  const draft = { ...parsed }
  const issues: FieldIssue[] = []
  if (draft.uscc) {
    const result = validateUscc(draft.uscc, {
      expectSocialOrganization: draft.legalForm !== '未登记' && draft.legalForm !== '社区社会组织'
    })
    draft.uscc = result.normalized
    for (const issue of result.issues) {
      issues.push({ field: 'uscc', level: issue.level, message: issue.message })
    }
  } else if (requiredIdentifiers(draft.registrationStatus).uscc) {
    issues.push({ field: 'uscc', level: 'error', message: '已登记的组织须填写统一社会信用代码' })
  }
  if (requiredIdentifiers(draft.registrationStatus).filingNo && !draft.filingNo) {
    issues.push({ field: 'filingNo', level: 'error', message: '备案的社区社会组织须填写备案编号' })
  }
  if (
    draft.registrationStatus === '已登记' &&
    (draft.legalForm === '未登记' || draft.legalForm === '社区社会组织')
  ) {
    issues.push({
      field: 'legalForm',
      level: 'error',
      message: '已登记的组织形式应为社会团体、社会服务机构或基金会'
    })
  }
  if (draft.legalRepIdNumber) {
    draft.legalRepIdNumber = checkIdNumberField(
      'legalRepIdNumber',
      draft.legalRepIdNumber,
      today,
      issues
    )
  }
  for (const field of ['legalRepPhone', 'contactPhone'] as const) {
    checkPhoneField(field, draft[field], issues)
  }
  if (draft.establishedOn && draft.establishedOn > today) {
    issues.push({ field: 'establishedOn', level: 'error', message: '成立日期不能晚于今天' })
  }
  if (draft.rating && draft.rating.ratedOn > today) {
    issues.push({ field: 'rating.ratedOn', level: 'error', message: '评估日期不能晚于今天' })
  }
  const years = draft.annualChecks.map((check) => check.year)
  if (new Set(years).size !== years.length) {
    issues.push({ field: 'annualChecks', level: 'error', message: '同一年度的年检只能记录一次' })
  }
  return { value: draft, issues }
}
