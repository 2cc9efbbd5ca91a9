/**
 * 服务记录: one activity a project delivered (DESIGN.md §3 `activities`). Their totals are the
 * actuals of the 绩效目标表 indicators that count sessions, people served and volunteer hours
 * (issue #6 items 4–5), and, per community, the figures of a 五社联动 roll-up.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { countField, idListField, isoDateField, optionalTextField, textField } from '../fields'
import type { ActivityMetric } from '../performance/indicator'
import type { ArchivableRecord } from '../records'

export interface Activity extends ArchivableRecord {
  projectId: string
  date: IsoDate
  /** Where it took place; null for an activity not tied to one community (e.g. online). */
  communityId: string | null
  title: string
  /** 服务人次: people served, counted per activity. */
  participants: number
  /** 志愿者人次. */
  volunteers: number
  /** 志愿服务时长, hours of all volunteers together; half hours allowed. */
  volunteerHours: number
  socialWorkerIds: string[]
  note: string | null
}

/** One volunteer gives at most a day's hours to one activity. */
const HOURS_PER_DAY = 24

const volunteerHoursField = z
  .number({ error: '志愿服务时长须为数字' })
  .min(0, '志愿服务时长不能为负')
  .max(1_000_000, '志愿服务时长过大')
  .refine((hours) => Number.isInteger(hours * 2), { message: '志愿服务时长以半小时为单位' })

export const activityDraftSchema = z.strictObject({
  projectId: z.string({ error: '缺少项目' }).min(1, '缺少项目'),
  date: isoDateField('活动日期'),
  // A cleared select sends '' for "no community".
  communityId: z
    .string({ error: '社区有误' })
    .nullable()
    .transform((id) => (id === '' ? null : id)),
  title: textField('活动名称', 60, true),
  participants: countField('服务人次'),
  volunteers: countField('志愿者人次'),
  volunteerHours: volunteerHoursField,
  socialWorkerIds: idListField(100),
  note: optionalTextField('备注', 500)
})

export type ActivityDraft = z.input<typeof activityDraftSchema>

/** Valid values for broken fields (standInFor); volunteers enough that no hours look impossible. */
export const ACTIVITY_STAND_INS: Readonly<ActivityDraft> = {
  projectId: '—',
  date: '2000-01-01',
  communityId: null,
  title: '—',
  participants: 1,
  volunteers: 1_000_000,
  volunteerHours: 0,
  socialWorkerIds: [],
  note: null
}
export type ActivityFields = z.output<typeof activityDraftSchema>

/** The project's service period; either end may not be known yet (a project before signing). */
export interface ActivityPeriod {
  startOn: IsoDate | null
  endOn: IsoDate | null
}

/** Rules on the record itself and, when given, against the project's service period. */
function activityIssues(
  activity: Omit<ActivityFields, 'projectId' | 'socialWorkerIds' | 'title' | 'note'>,
  today: IsoDate,
  period: ActivityPeriod | null
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const { date, participants, volunteers, volunteerHours } = activity
  if (date > today) {
    issues.push({ field: 'date', level: 'error', message: `活动日期 ${date} 晚于今天` })
  }
  if (period?.startOn && date < period.startOn) {
    issues.push({
      field: 'date',
      level: 'warning',
      message: `活动日期 ${date} 早于项目服务期开始日 ${period.startOn}`
    })
  }
  if (period?.endOn && date > period.endOn) {
    issues.push({
      field: 'date',
      level: 'warning',
      message: `活动日期 ${date} 晚于项目服务期结束日 ${period.endOn}`
    })
  }
  if (volunteerHours > 0 && volunteers === 0) {
    issues.push({
      field: 'volunteers',
      level: 'error',
      message: `记录了志愿服务时长 ${volunteerHours} 小时，请填写志愿者人次`
    })
  } else if (volunteerHours > volunteers * HOURS_PER_DAY) {
    issues.push({
      field: 'volunteerHours',
      level: 'error',
      message: `志愿服务时长 ${volunteerHours} 小时超过 ${volunteers} 名志愿者一天最多的 ${volunteers * HOURS_PER_DAY} 小时`
    })
  }
  if (participants === 0) {
    issues.push({ field: 'participants', level: 'warning', message: '服务人次为 0，请核对' })
  }
  return issues
}

/**
 * A 服务记录 as entered: shape, not in the future, volunteer hours that volunteers could have
 * given, and a warning for a date outside the project's service period.
 */
export function checkActivity(
  input: unknown,
  today: IsoDate,
  period: ActivityPeriod | null = null
): CheckResult<ActivityFields> {
  return checkRecord(activityDraftSchema, input, (value) => ({
    value,
    issues: activityIssues(value, today, period)
  }))
}

/** Stored shape, for checking rows from a backup or sample data. */
export const storedActivitySchema = z.strictObject({
  projectId: z.string().min(1, '缺少项目'),
  date: isoDateField('活动日期'),
  communityId: z.string().min(1, '社区有误').nullable(),
  title: z.string().min(1, '缺少活动名称'),
  participants: countField('服务人次'),
  volunteers: countField('志愿者人次'),
  volunteerHours: volunteerHoursField,
  socialWorkerIds: z.array(z.string().min(1)),
  note: z.string().nullable()
})

/**
 * A stored activity: shape and the record's own rules. Its project's period is checked with the
 * references, once the projects are known.
 */
export function checkStoredActivity(
  input: unknown,
  today: IsoDate
): CheckResult<z.output<typeof storedActivitySchema>> {
  return checkRecord(storedActivitySchema, input, (value) => ({
    value,
    issues: activityIssues(value, today, null)
  }))
}

type CountedActivity = Pick<
  Activity,
  'communityId' | 'participants' | 'volunteers' | 'volunteerHours' | 'archivedAt'
>

/**
 * The figures indicators take their actuals from: sessions (one per record), people served,
 * volunteers and their hours, and the number of distinct communities reached. Archived records
 * (entered by mistake) do not count.
 */
export function activityTotals(
  activities: readonly CountedActivity[]
): Record<ActivityMetric, number> {
  const live = activities.filter((activity) => activity.archivedAt === null)
  const communities = new Set(live.map((activity) => activity.communityId))
  communities.delete(null)
  return {
    sessions: live.length,
    participants: live.reduce((sum, activity) => sum + activity.participants, 0),
    volunteers: live.reduce((sum, activity) => sum + activity.volunteers, 0),
    volunteerHours: live.reduce((sum, activity) => sum + activity.volunteerHours, 0),
    communities: communities.size
  }
}

/**
 * {@link activityTotals} per community (null: activities not tied to one), for figures a
 * community or 五社联动 report adds up across projects. Communities with no live activity are
 * not listed.
 */
export function activityTotalsByCommunity(
  activities: readonly CountedActivity[]
): Map<string | null, Record<ActivityMetric, number>> {
  const groups = new Map<string | null, CountedActivity[]>()
  for (const activity of activities) {
    if (activity.archivedAt !== null) continue
    const group = groups.get(activity.communityId) ?? []
    group.push(activity)
    groups.set(activity.communityId, group)
  }
  return new Map([...groups].map(([communityId, group]) => [communityId, activityTotals(group)]))
}
