/**
 * 服务记录 rows, imported into one project (the one whose 服务记录 tab opened the import). A row
 * becomes the draft the activity form produces (志愿者人次 and 时长 0 when not filled in) and is
 * checked with checkActivity against the project's service period; the community and the social
 * workers are written by name and found in the registries. A project that no longer takes
 * records (结项, 终止, 归档) refuses every row, as its form does.
 *
 * A row is the project's stored record of the same date, name and community.
 */
import type { z } from 'zod'
import type { FieldIssue } from '../../domain/check'
import {
  ACTIVITY_STAND_INS,
  activityDraftSchema,
  checkActivity,
  type Activity
} from '../../domain/activities/activity'
import { projectWorkRefusal } from '../../domain/projects/project'
import { cleanText, readCount, readDate, readNumber, readText } from '../cells'
import {
  applyFields,
  pickDraft,
  topFieldColumn,
  type ImportColumn,
  type ImportSpec,
  type RowIdentity,
  type RowValues
} from '../import-spec'
import {
  groupBy,
  indexCommunities,
  indexSocialWorkers,
  readCommunityId,
  readSocialWorkerIds,
  type CommunityIndex,
  type SocialWorkerIndex
} from '../references'

export type ActivityImportDraft = z.input<typeof activityDraftSchema>

export interface ActivityLookups {
  communities: CommunityIndex
  socialWorkers: SocialWorkerIndex
  /** The project's records by date, name and community. */
  byKey: Map<string, Activity[]>
}

const COLUMNS: readonly ImportColumn<ActivityLookups>[] = [
  {
    key: 'date',
    header: '活动日期',
    synonyms: ['日期', '服务日期', '活动时间'],
    required: true,
    format: 'date',
    hint: '必填，如 2026-03-05 或 2026年3月5日',
    examples: ['2026-03-05', '2026-03-12'],
    read: readDate
  },
  {
    key: 'title',
    header: '活动名称',
    synonyms: ['活动', '活动主题', '服务内容', '名称'],
    required: true,
    format: 'text',
    hint: '必填',
    examples: ['长者生日会', '防诈骗讲座'],
    read: readText
  },
  {
    key: 'communityId',
    header: '社区',
    synonyms: ['活动社区', '服务社区', '活动地点'],
    required: false,
    format: 'text',
    hint: '社区名录中的社区；线上等不在某个社区的活动不填',
    examples: ['军门社区', null],
    read: (cell, lookups) => readCommunityId(cell, lookups.communities)
  },
  {
    key: 'participants',
    header: '服务人次',
    synonyms: ['参与人次', '服务人数', '参与人数'],
    required: true,
    format: 'count',
    hint: '必填，整数',
    examples: [45, 120],
    read: readCount
  },
  {
    key: 'volunteers',
    header: '志愿者人次',
    synonyms: ['志愿者人数', '志愿者'],
    required: false,
    format: 'count',
    hint: '整数，不填按 0',
    examples: [6, 0],
    read: readCount
  },
  {
    key: 'volunteerHours',
    header: '志愿服务时长（小时）',
    synonyms: ['志愿服务时长', '志愿时长', '服务时长'],
    required: false,
    format: 'number',
    hint: '全部志愿者合计的小时数，以半小时为单位；不填按 0',
    examples: [18, 0],
    read: readNumber
  },
  {
    key: 'socialWorkerIds',
    header: '参与社工',
    synonyms: ['社工', '参与社工姓名'],
    required: false,
    format: 'text',
    hint: '社工名录中的姓名，多个用顿号分隔；同名的写成“姓名（证书编号）”',
    examples: [null, null],
    read: (cell, lookups) => readSocialWorkerIds(cell, lookups.socialWorkers)
  },
  {
    key: 'note',
    header: '备注',
    synonyms: ['说明'],
    required: false,
    format: 'text',
    hint: '',
    examples: [null, '线上直播'],
    read: readText
  }
]

const DRAFT_FIELDS = Object.keys(activityDraftSchema.shape)

const recordKey = (date: string, title: string, communityId: string | null) =>
  `${date}|${cleanText(title)}|${communityId ?? ''}`

function identify(values: RowValues, lookups: ActivityLookups): RowIdentity<ActivityImportDraft> {
  const { date, title } = values
  if (typeof date !== 'string' || typeof title !== 'string') {
    return { keys: [], match: null, issues: [] }
  }
  const communityId = typeof values.communityId === 'string' ? values.communityId : null
  const key = recordKey(date, title, communityId)
  const stored = lookups.byKey.get(key) ?? []
  const holder = stored.length === 1 ? stored[0]! : null
  return {
    keys: [{ key, what: '日期、活动名称和社区' }],
    match: holder
      ? {
          id: holder.id,
          label: `${holder.date} ${holder.title}`,
          archived: holder.archivedAt !== null,
          by: '日期、活动名称和社区',
          draft: pickDraft(holder, DRAFT_FIELDS)
        }
      : null,
    issues: []
  }
}

export const activityImport: ImportSpec<ActivityImportDraft, ActivityLookups> = {
  entity: 'activities',
  label: '服务记录',
  reads: ['communities', 'socialWorkers', 'activities'],
  columns: COLUMNS,
  lookups: (context) => ({
    communities: indexCommunities(context.communities),
    socialWorkers: indexSocialWorkers(context.socialWorkers),
    byKey: groupBy(context.activities, (activity) =>
      recordKey(activity.date, activity.title, activity.communityId)
    )
  }),
  /** A new record as the form starts one (activity-form-values.ts), in the import's project. */
  blankDraft: (context) =>
    ({
      projectId: context.project?.id ?? '',
      date: '',
      communityId: null,
      title: '',
      participants: undefined,
      volunteers: 0,
      volunteerHours: 0,
      socialWorkerIds: [],
      note: null
    }) as unknown as ActivityImportDraft,
  standIns: ACTIVITY_STAND_INS,
  // Hours are checked against the volunteers who gave them.
  dependents: { volunteers: ['volunteerHours'], volunteerHours: ['volunteers'] },
  apply: (draft, values) => applyFields(draft, values, DRAFT_FIELDS),
  check: (draft, context) => checkActivity(draft, context.today, context.project),
  columnOf: (field) => topFieldColumn(COLUMNS, field),
  identify,
  // The project's own refusal, and the warnings its repository gives: a community outside the
  // project's, social workers outside its team.
  crossIssues(draft, _lookups, context) {
    const project = context.project
    const refusal = project ? projectWorkRefusal(project, 'recordActivities') : '没有选定项目'
    if (refusal || !project) return [{ field: '', level: 'error', message: refusal ?? '' }]
    const issues: FieldIssue[] = []
    const community = context.communities.find((c) => c.id === draft.communityId)
    if (community && project.communityIds.length > 0) {
      if (!project.communityIds.includes(community.id)) {
        issues.push({
          field: 'communityId',
          level: 'warning',
          message: `${community.name}不在项目的服务社区内`
        })
      }
    }
    const outside = context.socialWorkers.filter(
      (worker) =>
        (draft.socialWorkerIds ?? []).includes(worker.id) &&
        project.socialWorkerIds.length > 0 &&
        !project.socialWorkerIds.includes(worker.id)
    )
    if (outside.length > 0) {
      issues.push({
        field: 'socialWorkerIds',
        level: 'warning',
        message: `${outside.map((worker) => worker.name).join('、')}不在项目的服务团队中`
      })
    }
    return issues
  },
  describe: (values) =>
    [values.date, values.title].filter((part) => typeof part === 'string').join(' ')
}
