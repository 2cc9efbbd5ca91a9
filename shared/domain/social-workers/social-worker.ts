/**
 * 社会工作者: certified level, certificate and its registration, employer and the communities
 * served (DESIGN.md §3, domain-cn.md §7). Certificate numbers have no published format, so
 * they are checked only for presence and uniqueness (the repository enforces uniqueness).
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import { addDays, type IsoDate } from '../dates'
import {
  checkIdNumberField,
  checkPhoneField,
  idListField,
  isoDateField,
  optionalTextField,
  textField
} from '../fields'
import type { NamedRecord } from '../records'

export const CERT_LEVELS = ['助理社会工作师', '社会工作师', '高级社会工作师', '未持证'] as const
export type CertLevel = (typeof CERT_LEVELS)[number]

export const GENDERS = ['男', '女'] as const

export const SOCIAL_WORK_SPECIALTIES = [
  '老年社会工作',
  '儿童青少年社会工作',
  '残障社会工作',
  '家庭社会工作',
  '社区矫正',
  '禁毒社会工作',
  '心理疏导',
  '矛盾调解',
  '社区营造',
  '医务社会工作'
] as const

export interface SocialWorker extends NamedRecord {
  gender: (typeof GENDERS)[number]
  certLevel: CertLevel
  certNo: string | null
  /** Registration lasts three years and must be renewed; null for 未持证. */
  registrationValidUntil: IsoDate | null
  employerId: string | null
  communityIds: string[]
  specialties: string[]
  phone: string | null
  idNumber: string | null
}

export const socialWorkerDraftSchema = z.strictObject({
  name: textField('姓名', 30, true),
  gender: z.enum(GENDERS, { error: '请选择性别' }),
  certLevel: z.enum(CERT_LEVELS, { error: '请选择职业水平等级' }),
  certNo: optionalTextField('证书编号', 40),
  registrationValidUntil: isoDateField('登记有效期').nullable(),
  employerId: z.string({ error: '所在机构有误' }).min(1, '所在机构有误').nullable(),
  communityIds: idListField(200),
  specialties: z
    .array(textField('专长', 20, true), { error: '专长有误' })
    .max(20, '专长最多填写 20 项'),
  phone: optionalTextField('电话', 30),
  idNumber: optionalTextField('身份证号', 30)
})

/** Valid values for broken fields (standInFor); 未持证, so they ask no 证书编号 of the rest. */
export const SOCIAL_WORKER_STAND_INS: Readonly<z.input<typeof socialWorkerDraftSchema>> = {
  name: '—',
  gender: '女',
  certLevel: '未持证',
  certNo: null,
  registrationValidUntil: null,
  employerId: null,
  communityIds: [],
  specialties: [],
  phone: null,
  idNumber: null
}

export type SocialWorkerFields = z.output<typeof socialWorkerDraftSchema>

export function checkSocialWorker(input: unknown, today: IsoDate): CheckResult<SocialWorkerFields> {
  return checkRecord(socialWorkerDraftSchema, input, (parsed) => {
    const value = { ...parsed }
    const issues: FieldIssue[] = []
    if (value.certLevel !== '未持证' && !value.certNo) {
      issues.push({ field: 'certNo', level: 'error', message: '持证社工须填写证书编号' })
    }
    if (value.certLevel === '未持证' && value.certNo) {
      issues.push({ field: 'certNo', level: 'error', message: '未持证人员不应填写证书编号' })
    }
    if (value.certNo) value.certNo = value.certNo.toUpperCase()
    checkPhoneField('phone', value.phone, issues)
    if (value.idNumber) {
      value.idNumber = checkIdNumberField('idNumber', value.idNumber, today, issues)
    }
    if (value.registrationValidUntil && value.registrationValidUntil < today) {
      issues.push({
        field: 'registrationValidUntil',
        level: 'warning',
        message: '登记已过期，请提醒办理再登记'
      })
    }
    return { value, issues }
  })
}

/** How many days ahead a registration counts as 即将到期 (re-registration opens 3 months before). */
export const REGISTRATION_WARNING_DAYS = 90

/**
 * Whether a social worker's registration has lapsed (已过期) or lapses within
 * {@link REGISTRATION_WARNING_DAYS} (即将到期); null when it is fine or there is none.
 */
export function registrationWarning(
  worker: Pick<SocialWorker, 'registrationValidUntil'>,
  today: IsoDate
): '已过期' | '即将到期' | null {
  const until = worker.registrationValidUntil
  if (!until) return null
  if (until < today) return '已过期'
  if (until <= addDays(today, REGISTRATION_WARNING_DAYS)) return '即将到期'
  return null
}
