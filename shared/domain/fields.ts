/**
 * Field schemas shared by the record rules, each with its Chinese message, so every form and
 * importer words the same mistake the same way.
 */
import { z } from 'zod'
import type { FieldIssue } from './check'
import { isIsoDate, type IsoDate } from './dates'
import { isPlausiblePhone } from './identifiers/masking'
import { validateResidentId } from './identifiers/resident-id'
import { isFen } from './money'
import { charCount } from './validation'

/** Required or optional trimmed text with a length limit counted in characters. */
export function textField(label: string, max: number, required = false) {
  return z
    .string({ error: `${label}须为文字` })
    .trim()
    .refine((value) => !required || value.length > 0, { message: `请填写${label}` })
    .refine((value) => charCount(value) <= max, { message: `${label}不能超过 ${max} 个字` })
}

/** Optional text; an empty string is stored as null. */
export function optionalTextField(label: string, max: number) {
  return z
    .string({ error: `${label}须为文字` })
    .trim()
    .refine((value) => charCount(value) <= max, { message: `${label}不能超过 ${max} 个字` })
    .nullable()
    .transform((value) => (value === '' ? null : value))
}

export function isoDateField(label: string) {
  return z
    .string({ error: `${label}须为日期` })
    .refine(isIsoDate, { message: `${label}不是有效日期（YYYY-MM-DD）` })
}

/**
 * An amount in 分: a whole number, at least 0, or above 0 when `positive`. A form sends no amount
 * when its input was left empty, which is asked for rather than called "not a number".
 */
export function fenField(label: string, { positive = false } = {}) {
  return z
    .number({
      error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为数字`)
    })
    .refine((fen) => isFen(fen) && (positive ? fen > 0 : fen >= 0), {
      message: positive
        ? `${label}须大于 0（以分计的整数）`
        : `${label}须为不小于 0 的整数（以分计）`
    })
}

export function countField(label: string, max = 10_000_000) {
  return z
    .number({ error: `${label}须为数字` })
    .int(`${label}须为整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}过大`)
}

/** Ids of other records; duplicates are dropped. */
export function idListField(max = 1000) {
  return z
    .array(z.string({ error: '所选记录有误' }).min(1, '所选记录有误'), { error: '所选记录有误' })
    .max(max, `最多选择 ${max} 项`)
    .transform((ids) => [...new Set(ids)])
}

/**
 * Checks a resident ID number for `field`, adding its findings to `issues`; returns the number
 * as it should be stored (upper-case X, 15 digits upgraded to 18).
 */
export function checkIdNumberField(
  field: string,
  value: string,
  today: IsoDate,
  issues: FieldIssue[]
): string {
  const result = validateResidentId(value, today)
  for (const issue of result.issues) {
    issues.push({ field, level: issue.level, message: issue.message })
  }
  return result.normalized
}

/** Adds an error to `issues` when `value` is neither a mainland mobile nor a landline. */
export function checkPhoneField(field: string, value: string | null, issues: FieldIssue[]): void {
  if (value && !isPlausiblePhone(value)) {
    issues.push({ field, level: 'error', message: '电话号码格式不正确（手机 11 位，座机带区号）' })
  }
}
