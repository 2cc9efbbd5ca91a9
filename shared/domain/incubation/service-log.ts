/**
 * 服务记录: what the base did for an organisation during its stay (DESIGN.md §3
 * `incubationServices`, domain-cn.md §6: space, desks, training, coaching, help with
 * registration, 财务托管, resource linking, small grants).
 */
import { z } from 'zod'
import type { CheckResult, FieldIssue } from '../check'
import { checkRecord } from '../check'
import type { IsoDate } from '../dates'
import { isoDateField, optionalTextField } from '../fields'
import { isFen, sumFen, type Fen } from '../money'
import type { ArchivableRecord } from '../records'
import type { Incubation } from './incubation'

export const SERVICE_TYPES = [
  '场地',
  '工位',
  '培训',
  '督导辅导',
  '注册协助',
  '财务托管',
  '资源对接',
  '小额资助'
] as const
export type ServiceType = (typeof SERVICE_TYPES)[number]

/** Service types where money changes hands, so an amount is expected. */
export const MONEY_SERVICE_TYPES: readonly ServiceType[] = ['小额资助']

export interface IncubationService extends ArchivableRecord {
  incubationId: string
  /** Copied from the stay so totals per organisation need no join. */
  organizationId: string
  date: IsoDate
  type: ServiceType
  /** Hours of service; 0 when hours do not apply (e.g. a grant). */
  hours: number
  /** 分; null when no money was given. */
  amountFen: Fen | null
  note: string | null
}

export const incubationServiceDraftSchema = z.strictObject({
  incubationId: z.string({ error: '缺少入驻记录' }).min(1, '缺少入驻记录'),
  date: isoDateField('服务日期'),
  type: z.enum(SERVICE_TYPES, { error: '请选择服务类型' }),
  hours: z
    .number({ error: '服务时长须为数字' })
    .min(0, '服务时长不能为负')
    .max(1000, '服务时长过大')
    .refine((hours) => Number.isInteger(hours * 2), { message: '服务时长以半小时为单位' }),
  amountFen: z
    .number({ error: '金额须为数字' })
    .refine((fen) => isFen(fen) && fen >= 0, { message: '金额须为非负的整数分' })
    .nullable(),
  note: optionalTextField('备注', 500)
})

export type IncubationServiceDraft = z.input<typeof incubationServiceDraftSchema>
export type IncubationServiceFields = z.output<typeof incubationServiceDraftSchema>

/**
 * Shape rules, then the stay's own dates: a service falls between 入驻 (or the application,
 * for help given while applying) and the end of the stay, and not in the future.
 */
export function checkIncubationService(
  input: unknown,
  stay: Pick<Incubation, 'appliedOn' | 'endedOn' | 'status'> | null,
  today: IsoDate
): CheckResult<IncubationServiceFields> {
  return checkRecord(incubationServiceDraftSchema, input, (value) => {
    const issues: FieldIssue[] = []
    if (value.date > today) {
      issues.push({ field: 'date', level: 'error', message: '服务日期不能晚于今天' })
    }
    if (stay) {
      if (value.date < stay.appliedOn) {
        issues.push({
          field: 'date',
          level: 'error',
          message: `服务日期不能早于入驻申请日期 ${stay.appliedOn}`
        })
      }
      if (stay.endedOn && value.date > stay.endedOn) {
        issues.push({
          field: 'date',
          level: 'error',
          message: `服务日期不能晚于入驻结束日期 ${stay.endedOn}`
        })
      }
      if (stay.status === '不予入驻') {
        issues.push({
          field: 'incubationId',
          level: 'error',
          message: '不予入驻的申请不能记录服务'
        })
      }
    }
    if (MONEY_SERVICE_TYPES.includes(value.type) && !value.amountFen) {
      issues.push({ field: 'amountFen', level: 'error', message: `${value.type}须填写金额` })
    }
    if (value.hours === 0 && value.amountFen === null) {
      issues.push({ field: 'hours', level: 'warning', message: '服务时长为 0 且没有金额' })
    }
    return { value, issues }
  })
}

export interface ServiceTotal {
  count: number
  hours: number
  amountFen: Fen
}

/** Totals per service type (every type listed, zero when unused) and overall. */
export function serviceTotals(
  services: readonly Pick<IncubationService, 'type' | 'hours' | 'amountFen'>[]
): {
  byType: Record<ServiceType, ServiceTotal>
  all: ServiceTotal
} {
  const byType = Object.fromEntries(
    SERVICE_TYPES.map((type) => {
      const ofType = services.filter((service) => service.type === type)
      return [
        type,
        {
          count: ofType.length,
          hours: ofType.reduce((sum, service) => sum + service.hours, 0),
          amountFen: sumFen(ofType.map((service) => service.amountFen ?? 0))
        }
      ]
    })
  ) as Record<ServiceType, ServiceTotal>
  return {
    byType,
    all: {
      count: services.length,
      hours: services.reduce((sum, service) => sum + service.hours, 0),
      amountFen: sumFen(services.map((service) => service.amountFen ?? 0))
    }
  }
}
