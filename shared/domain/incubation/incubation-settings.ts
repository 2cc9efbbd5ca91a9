/**
 * The incubation base's own rules, on the 设置 page. Every number here is local practice, not
 * national law (domain-cn.md §6: 龙华 answers applications within 5 working days and wants space
 * back within 15; stays are usually one year, renewable once), so each is a default to edit.
 */
import { z } from 'zod'
import { scorecardSchema, type ScorecardDimension } from '../evaluations/scorecard'
import { charCount } from '../validation'

export interface IncubationSettings {
  /** 孵化基地名称 stamped on new stays; empty means the office name from 基本设置. */
  baseName: string
  /** 初核 is due this many working days after the application. */
  reviewWorkingDays: number
  /** After 出壳 / 退驻 from a 实体 stay, the space is due back within this many working days. */
  handoverWorkingDays: number
  /** Default length of a stay, in months, from the 入驻 date. */
  termMonths: number
  /** How many times one stay may be extended (续驻). */
  maxExtensions: number
  /** The board lists stays ending within this many days. */
  endingSoonDays: number
  /** The capacity-assessment scorecard (入驻 / 中期 / 出壳); weights total 100. */
  scorecard: ScorecardDimension[]
}

/** Five dimensions named by the issue; equal weights are the neutral starting point. */
export const DEFAULT_SCORECARD: readonly ScorecardDimension[] = [
  { key: 'governance', name: '内部治理', weight: 20 },
  { key: 'finance', name: '财务管理', weight: 20 },
  { key: 'projects', name: '项目运作', weight: 20 },
  { key: 'people', name: '人才队伍', weight: 20 },
  { key: 'impact', name: '社会影响', weight: 20 }
]

export const DEFAULT_INCUBATION_SETTINGS: Readonly<IncubationSettings> = {
  baseName: '',
  reviewWorkingDays: 5,
  handoverWorkingDays: 15,
  termMonths: 12,
  maxExtensions: 1,
  endingSoonDays: 30,
  scorecard: DEFAULT_SCORECARD.map((dimension) => ({ ...dimension }))
}

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}须为数字` })
    .int(`${label}须为整数`)
    .min(min, `${label}至少为 ${min}`)
    .max(max, `${label}最多为 ${max}`)

export const incubationSettingsSchema = z.strictObject({
  baseName: z
    .string({ error: '孵化基地名称须为文字' })
    .trim()
    .refine((value) => charCount(value) <= 60, { message: '孵化基地名称不能超过 60 个字' }),
  reviewWorkingDays: wholeNumber('初核期限', 1, 60),
  handoverWorkingDays: wholeNumber('场地交还期限', 1, 90),
  termMonths: wholeNumber('孵化期', 1, 60),
  maxExtensions: wholeNumber('可续驻次数', 0, 5),
  endingSoonDays: wholeNumber('到期提醒天数', 1, 180),
  scorecard: scorecardSchema
})

/** Reads what is stored field by field; a missing or invalid field falls back to its default. */
export function parseStoredIncubationSettings(stored: unknown): IncubationSettings {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >
  // A fresh scorecard: the defaults' own array must never be handed out to be edited.
  const result = {
    ...DEFAULT_INCUBATION_SETTINGS,
    scorecard: DEFAULT_INCUBATION_SETTINGS.scorecard.map((dimension) => ({ ...dimension }))
  } as Record<string, unknown>
  for (const [key, schema] of Object.entries(incubationSettingsSchema.shape)) {
    const parsed = (schema as z.ZodType).safeParse(record[key])
    if (parsed.success) result[key] = parsed.data
  }
  return result as unknown as IncubationSettings
}
