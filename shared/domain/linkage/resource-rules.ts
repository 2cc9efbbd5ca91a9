/**
 * Rules of the 资源清单 (issue #7 §4, §7): what a resource record must say, when it is available,
 * and which leg of 五社联动 it brings. The record type is the contract in resource.ts.
 *
 * The draft schema is also the stored shape a backup row is checked against (as for the other
 * named records, whose bookkeeping fields are checked by the backup reader): an expired resource
 * is only warned about, so old rows still load.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import {
  checkPhoneField,
  fenField,
  idListField,
  isoDateField,
  optionalTextField,
  textField
} from '../fields'
import { yuanText } from '../money'
import { NEED_CATEGORIES } from './need'
import {
  RESOURCE_PROVIDER_KINDS,
  RESOURCE_TYPES,
  type Resource,
  type ResourceProviderKind,
  type ResourceType
} from './resource'

export const resourceDraftSchema = z.strictObject({
  name: textField('资源名称', 60, true),
  providerKind: z.enum(RESOURCE_PROVIDER_KINDS, { error: '请选择资源提供方类型' }),
  organizationId: z.string({ error: '社会组织有误' }).min(1, '社会组织有误').nullable(),
  providerName: textField('提供方名称', 60, true),
  type: z.enum(RESOURCE_TYPES, { error: '请选择资源类型' }),
  capacity: textField('资源数量或规模', 100, true),
  amountFen: fenField('资金金额', { positive: true }).nullable(),
  communityIds: idListField(500),
  categories: z
    .array(z.enum(NEED_CATEGORIES, { error: '服务领域不在列表中' }), { error: '服务领域有误' })
    .max(NEED_CATEGORIES.length, '服务领域有重复')
    .transform((categories) => [...new Set(categories)]),
  availableFrom: isoDateField('可用开始日期').nullable(),
  availableUntil: isoDateField('可用截止日期').nullable(),
  availability: optionalTextField('可用时间', 60),
  contactName: optionalTextField('联系人', 30),
  contactPhone: optionalTextField('联系电话', 30)
})

export type ResourceDraft = z.input<typeof resourceDraftSchema>

/** Valid values for each field, stood in for broken ones so the rest still gets its findings. */
export const RESOURCE_STAND_INS: Readonly<ResourceDraft> = {
  name: '—',
  providerKind: '驻区单位',
  organizationId: null,
  providerName: '—',
  type: '场地',
  capacity: '—',
  amountFen: null,
  communityIds: [],
  categories: [],
  availableFrom: null,
  availableUntil: null,
  availability: null,
  contactName: null,
  contactPhone: null
}
export type ResourceFields = z.output<typeof resourceDraftSchema>

/**
 * Shape, then: an amount for 资金 and only for 资金 (the other types say how much in
 * `capacity`), a period in order, a registry organisation behind a 社会组织 provider, and a
 * plausible phone. A period already over is a warning: the record stays as history.
 */
export function checkResource(input: unknown, today: IsoDate): CheckResult<ResourceFields> {
  return checkRecord(resourceDraftSchema, input, (value) => {
    const issues: FieldIssue[] = []
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    if (value.type === '资金' && value.amountFen === null) {
      error('amountFen', '资金类资源须填写资金金额')
    }
    if (value.type !== '资金' && value.amountFen !== null) {
      error(
        'amountFen',
        `${value.type}类资源不填写金额（填写了 ${yuanText(value.amountFen)}），数量写在“资源数量或规模”中`
      )
    }
    if (value.providerKind === '社会组织' && value.organizationId === null) {
      error('organizationId', '请选择提供资源的社会组织')
    }
    const { availableFrom: from, availableUntil: until } = value
    if (from && until && until < from) {
      error('availableUntil', `可用截止日期 ${until} 早于开始日期 ${from}`)
    } else if (isResourceExpired(value, today)) {
      issues.push({
        field: 'availableUntil',
        level: 'warning',
        message: `“${value.name}”已过期（可用至 ${until}）`
      })
    }
    checkPhoneField('contactPhone', value.contactPhone, issues)
    return { value, issues }
  })
}

/** Whether the resource's period ended before `today` (已过期); an open end never does. */
export function isResourceExpired(
  resource: Pick<Resource, 'availableUntil'>,
  today: IsoDate
): boolean {
  return resource.availableUntil !== null && resource.availableUntil < today
}

/** In use (not archived) and within its period on `today`; an open end is unbounded. */
export function isResourceAvailable(
  resource: Pick<Resource, 'archivedAt' | 'availableFrom' | 'availableUntil'>,
  today: IsoDate
): boolean {
  if (resource.archivedAt !== null) return false
  if (resource.availableFrom !== null && resource.availableFrom > today) return false
  return !isResourceExpired(resource, today)
}

/**
 * The two legs 五社联动 adds to 三社联动 (社区 · 社会组织 · 社会工作者): 社区志愿者 and 社会慈善资源
 * (中共中央 国务院《关于加强基层治理体系和治理能力现代化建设的意见》2021; domain-cn.md §8).
 */
export const FIVE_SOCIETY_TYPES = ['社区志愿者', '社会慈善资源'] as const
export type FiveSocietyLeg = (typeof FIVE_SOCIETY_TYPES)[number]

/** Kinds of provider whose money and goods are charitable giving (捐赠), not service delivery. */
const DONOR_KINDS: readonly ResourceProviderKind[] = ['驻区单位', '慈善组织']
const DONATION_TYPES: readonly ResourceType[] = ['资金', '物资']

/**
 * Which 五社联动 leg a resource brings, checked in this order:
 *  1. 社区志愿者: volunteers on offer (type 志愿者) from anyone, or anything a 志愿服务队 offers —
 *     what volunteers give is volunteer service, whatever its form;
 *  2. 社会慈善资源: anything a 慈善组织 offers, and money or goods (资金 / 物资) a 驻区单位 donates;
 *  3. otherwise null: a 社会组织's resources belong to the 社会组织 leg of 三社联动, and a
 *     驻区单位's 场地 or 专业服务 is 共建 (joint building), not charity.
 */
export function fiveSocietyLeg(
  resource: Pick<Resource, 'providerKind' | 'type'>
): FiveSocietyLeg | null {
  if (resource.type === '志愿者' || resource.providerKind === '志愿服务队') return '社区志愿者'
  if (resource.providerKind === '慈善组织') return '社会慈善资源'
  if (DONOR_KINDS.includes(resource.providerKind) && DONATION_TYPES.includes(resource.type)) {
    return '社会慈善资源'
  }
  return null
}
