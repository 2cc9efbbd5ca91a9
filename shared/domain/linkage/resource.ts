/**
 * 资源清单: what organisations, 驻区单位, volunteer teams and charitable bodies offer the
 * communities (DESIGN.md §3 `resources`, domain-cn.md §8). 五社联动 adds 社区志愿者 and 社会慈善资源
 * to 三社联动: they are resource kinds here, so the same list and matching serve both.
 */
import type { IsoDate } from '../dates'
import type { Fen } from '../money'
import type { NamedRecord } from '../records'
import type { NeedCategory } from './need'

export const RESOURCE_PROVIDER_KINDS = ['社会组织', '驻区单位', '志愿服务队', '慈善组织'] as const
export type ResourceProviderKind = (typeof RESOURCE_PROVIDER_KINDS)[number]

export const RESOURCE_TYPES = ['场地', '资金', '志愿者', '专业服务', '物资'] as const
export type ResourceType = (typeof RESOURCE_TYPES)[number]

/** `name` is what is offered, e.g. “社区活动室（周末）”. */
export interface Resource extends NamedRecord {
  providerKind: ResourceProviderKind
  /** The registry organisation behind it, when the provider is one; else only providerName. */
  organizationId: string | null
  providerName: string
  type: ResourceType
  /** What and how much, in words: “可容纳 40 人”, “每月 2 次，每次 8 人”. */
  capacity: string
  /** 资金 only: the amount on offer in 分. */
  amountFen: Fen | null
  /** Communities it is offered to; empty means the whole subdistrict or district. */
  communityIds: string[]
  /** Service fields it suits; empty means any. */
  categories: NeedCategory[]
  availableFrom: IsoDate | null
  availableUntil: IsoDate | null
  /** When in the week or year, in words: “每周六上午”. */
  availability: string | null
  contactName: string | null
  /** Stored as entered, always shown masked. */
  contactPhone: string | null
}
