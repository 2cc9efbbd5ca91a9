/**
 * Field schemas shared by the record rules, each with its Chinese message, so every form and
 * importer words the same mistake the same way.
 */
import { z } from 'zod'
import { isIsoDate } from './dates'
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
    .array(z.string().min(1))
    .max(max)
    .transform((ids) => [...new Set(ids)])
}
