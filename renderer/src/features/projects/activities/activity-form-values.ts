/**
 * The 服务记录 form's values and their checks: the draft the repository receives, and the shared
 * rule's findings (checkActivity, with the project's service period) for every field while the
 * form is half filled in.
 */
import {
  ACTIVITY_STAND_INS,
  activityDraftSchema,
  checkActivity,
  type Activity,
  type ActivityDraft,
  type ActivityPeriod
} from '@shared/domain/activities/activity'
import { standInFor, topField, zodIssues, type FieldIssue } from '@shared/domain/check'
import type { IsoDate } from '@shared/domain/dates'

export interface ActivityFormValues {
  date?: IsoDate | null
  communityId?: string | null
  title?: string
  participants?: number | null
  volunteers?: number | null
  volunteerHours?: number | null
  socialWorkerIds?: string[]
  note?: string | null
}

/** The fields the form shows; issues about anything else go above the form. */
export const ACTIVITY_FORM_FIELDS = [
  'date',
  'communityId',
  'title',
  'participants',
  'volunteers',
  'volunteerHours',
  'socialWorkerIds',
  'note'
] as const

export function toFormValues(activity: Activity | null, today: IsoDate): ActivityFormValues {
  if (!activity) {
    return {
      date: today,
      communityId: null,
      title: '',
      participants: null,
      volunteers: 0,
      volunteerHours: 0,
      socialWorkerIds: [],
      note: ''
    }
  }
  return {
    date: activity.date,
    communityId: activity.communityId,
    title: activity.title,
    participants: activity.participants,
    volunteers: activity.volunteers,
    volunteerHours: activity.volunteerHours,
    socialWorkerIds: [...activity.socialWorkerIds],
    note: activity.note ?? ''
  }
}

/** Cleared numbers are passed as missing, so the shared rule words the message. */
export function toDraft(values: ActivityFormValues, projectId: string): ActivityDraft {
  return {
    projectId,
    date: values.date ?? '',
    communityId: values.communityId ?? null,
    title: values.title ?? '',
    participants: values.participants as number,
    volunteers: values.volunteers as number,
    volunteerHours: values.volunteerHours as number,
    socialWorkerIds: values.socialWorkerIds ?? [],
    note: values.note ?? null
  }
}

// checkActivity applies its rules only to a well-formed record, so while the form is half filled
// in the broken fields are stood in for (ACTIVITY_STAND_INS) and every other field still gets its
// findings — the period warning before a title is typed.

/** Every finding of the shared rule on `draft`, as the repository would report them. */
export function activityFormIssues(
  draft: ActivityDraft,
  today: IsoDate,
  period: ActivityPeriod
): FieldIssue[] {
  const shape = activityDraftSchema.safeParse(draft)
  const shapeIssues = shape.success ? [] : zodIssues(shape.error)
  const broken = new Set(shapeIssues.map((issue) => topField(issue.field)))
  const result = checkActivity(standInFor(draft, broken, ACTIVITY_STAND_INS), today, period)
  const ruleIssues = (result.ok ? result.warnings : result.issues).filter(
    (issue) => !broken.has(topField(issue.field))
  )
  return [...shapeIssues, ...ruleIssues]
}
