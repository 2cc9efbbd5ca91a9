/**
 * An audit entry's changes in a line: `组织名称：晨光服务社 → 晨光为老服务中心；联系电话：138****8000 → —`.
 * Values are shortened to stay one grid line, amounts shown in 元, instants in China time, and
 * personal data masked as everywhere else (ID numbers and phones, PIPL: the log is no back door).
 */
import type { AuditEntry } from '@shared/domain/audit'
import { maskIdNumber, maskPhone } from '@shared/domain/identifiers/masking'
import { yuanText } from '@shared/domain/money'
import { shorten } from '@shared/text/shorten'
import { fieldLabel } from './field-labels'
import { AUDIT_LOG_STRINGS as S } from './strings'

/** Characters of one value before it is cut with …. */
const MAX_VALUE_LENGTH = 24

const ID_NUMBER_FIELD = /(^i|I)dNumber$/
const PHONE_FIELD = /(^p|P)hone$/
const AMOUNT_FIELD = /Fen$/
const ID_LIST_FIELD = /Ids$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * `2026-11-22T01:30:00.000Z` → `2026-11-22 09:30`. China keeps one offset all year, so this is
 * plain arithmetic: Intl's formatter costs too much over 25,000 log entries.
 */
export function chinaTime(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

function plain(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'boolean') return value ? S.yes : S.no
  if (typeof value === 'string') return INSTANT.test(value) ? chinaTime(value) : value
  if (typeof value === 'number') return String(value)
  return null
}

/** One value as the log shows it. */
export function formatChangeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return S.noValue
  if (typeof value === 'string' && ID_NUMBER_FIELD.test(field)) return maskIdNumber(value)
  if (typeof value === 'string' && PHONE_FIELD.test(field)) return maskPhone(value)
  if (typeof value === 'number' && AMOUNT_FIELD.test(field)) return yuanText(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return S.noValue
    const parts = value.map(plain)
    if (ID_LIST_FIELD.test(field) || parts.some((part) => part === null)) {
      return S.items(value.length)
    }
    return shorten(parts.join(S.listSeparator), MAX_VALUE_LENGTH)
  }
  if (typeof value === 'object') {
    // A small record such as a rating: its plain values in order (3A 760 2024-05-10).
    const parts = Object.values(value)
      .map(plain)
      .filter((part) => part !== null)
    return parts.length > 0 ? shorten(parts.join(' '), MAX_VALUE_LENGTH) : S.noValue
  }
  return shorten(plain(value) ?? S.noValue, MAX_VALUE_LENGTH)
}

/** Each changed field of `entry` as `名称：before → after`, in the order recorded. */
export function describeChanges(entry: Pick<AuditEntry, 'table' | 'changes'>): string[] {
  return Object.entries(entry.changes ?? {}).map(
    ([field, [before, after]]) =>
      fieldLabel(entry.table, field) +
      S.fieldSeparator +
      formatChangeValue(field, before) +
      S.arrow +
      formatChangeValue(field, after)
  )
}
