/**
 * 需求清单: what residents of a community asked for (DESIGN.md §3 `needs`, domain-cn.md §8). A need
 * is raised through a channel (走访, 议事会, 网格, 征集箱, 12345 …) by a number of residents; the
 * number is what ranks it, as 温江 ranked its list before 立项. Duplicates are merged into one
 * need whose count is the sum, the merged ones archived with a pointer to it, never deleted.
 *
 * Its status follows the work that answers it:
 *
 *   待对接 ──对接──▶ 已对接 ──开始服务──▶ 服务中      (开始服务: a linked project is 执行中)
 *   已对接 / 服务中 ──标记已解决──▶ 已解决 ──重新打开──▶ 待对接, or 已对接 while active matches remain
 *   已对接 / 服务中 ──(last active match withdrawn)──▶ 待对接     ({@link statusAfterMatches})
 */
import { z } from 'zod'
import { checkRecord, zodIssues, type CheckResult, type FieldIssue } from '../check'
import type { Community } from '../communities/community'
import type { IsoDate } from '../dates'
import { countField, isoDateField, optionalTextField, textField } from '../fields'
import { ORGANIZATION_CATEGORIES } from '../organizations/organization'
import type { Project } from '../projects/project'
import type { DraftOf, NamedRecord } from '../records'
import { targetState, type Workflow } from '../workflow'

/** The same service fields as organisations, so a need and an organisation can be compared. */
export const NEED_CATEGORIES = ORGANIZATION_CATEGORIES
export type NeedCategory = (typeof NEED_CATEGORIES)[number]

export const NEED_SOURCES = ['走访', '议事会', '网格', '征集箱', '12345', '其他'] as const
export type NeedSource = (typeof NEED_SOURCES)[number]

export const NEED_STATUSES = ['待对接', '已对接', '服务中', '已解决'] as const
export type NeedStatus = (typeof NEED_STATUSES)[number]

/** `name` is the need's short title (named records get pinyin keys for search). */
export interface Need extends NamedRecord {
  communityId: string
  category: NeedCategory
  source: NeedSource
  /** How many residents raised it: at least 1; merging adds the counts. */
  raisedBy: number
  /** The day it was first raised. */
  raisedOn: IsoDate
  description: string | null
  status: NeedStatus
  /** Projects that serve it (公益创投 or 购买服务), from its active matches. */
  projectIds: string[]
  /** Set when this need was merged into another as a duplicate; the record is then archived. */
  mergedIntoId: string | null
  /** Why it was closed as 已解决; null otherwise. */
  resolution: string | null
}

/**
 * How many residents make a need 高需求 by default. No national or published local threshold
 * exists: 温江 ranked its 131 items by how many residents asked (seed 003) without a cut-off.
 * 20 is this app's own starting value, not a sourced figure, for the coverage view to flag open
 * high-demand needs with no project; that view takes the threshold as a parameter, so an office
 * can set its own.
 */
export const HIGH_DEMAND_MIN_RAISED_BY = 20

export const needDraftSchema = z.strictObject({
  name: textField('需求名称', 60, true),
  communityId: z.string({ error: '请选择社区' }).min(1, '请选择社区'),
  category: z.enum(NEED_CATEGORIES, { error: '请选择需求类别' }),
  source: z.enum(NEED_SOURCES, { error: '请选择需求来源' }),
  raisedBy: countField('提出人数').min(1, '提出人数至少为 1'),
  raisedOn: isoDateField('提出日期'),
  description: optionalTextField('需求描述', 500)
})

export type NeedDraft = z.input<typeof needDraftSchema>

/** Valid values for broken fields (standInFor), so the rule still checks the others. */
export const NEED_STAND_INS: Readonly<NeedDraft> = {
  name: '—',
  communityId: '—',
  category: '为老服务',
  source: '走访',
  raisedBy: 1,
  raisedOn: '2000-01-01',
  description: null
}
export type NeedFields = z.output<typeof needDraftSchema>

/** What {@link checkNeed} compares the need with, when the caller has it. */
export interface NeedCheckContext {
  /** The need's community; its population bounds how many residents can have raised it. */
  community?: Pick<Community, 'name' | 'population'> | null
}

function needIssues(
  need: Pick<NeedFields, 'raisedBy' | 'raisedOn'>,
  today: IsoDate,
  { community }: NeedCheckContext
): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (need.raisedOn > today) {
    issues.push({ field: 'raisedOn', level: 'error', message: '提出日期不能晚于今天' })
  }
  // A population of 0 means it was never entered, not that nobody lives there.
  if (community && community.population > 0 && need.raisedBy > community.population) {
    issues.push({
      field: 'raisedBy',
      level: 'warning',
      message: `提出人数 ${need.raisedBy} 超过“${community.name}”的人口 ${community.population}，请核对`
    })
  }
  return issues
}

/**
 * A need as entered: shape, a date not in the future, and a warning when more residents raised
 * it than live in the community (a count typed with an extra digit, or the wrong community).
 */
export function checkNeed(
  input: unknown,
  today: IsoDate,
  context: NeedCheckContext = {}
): CheckResult<NeedFields> {
  return checkRecord(needDraftSchema, input, (value) => ({
    value,
    issues: needIssues(value, today, context)
  }))
}

/** A new need from checked fields: 待对接, not yet linked to any project. */
export function newNeed(fields: NeedFields): DraftOf<Need> {
  return {
    ...fields,
    status: NEED_WORKFLOW.initial,
    projectIds: [],
    mergedIntoId: null,
    resolution: null
  }
}

/** The stored shape of a need besides the bookkeeping and pinyin fields, for backups and imports. */
export const storedNeedSchema = needDraftSchema.extend({
  status: z.enum(NEED_STATUSES, { error: '需求状态不是本程序使用的状态' }),
  projectIds: z.array(z.string().min(1, '对接项目有误')),
  mergedIntoId: z.string().min(1, '合并目标有误').nullable(),
  resolution: z.string().trim().min(1, '解决情况不能为空').nullable()
})

export type StoredNeed = z.output<typeof storedNeedSchema>

/** The fields a stored need carries besides the bookkeeping and pinyin ones. */
export const NEED_FIELDS = Object.keys(storedNeedSchema.shape)

/**
 * A stored need: the entry rules (population needs the community and is checked with the
 * references), a resolution exactly when 已解决, and at least one project when 服务中 (开始服务
 * requires a linked project in 执行中). That a merged need is archived, and that it points at a
 * need of the same community, is for the reference checks, which see the other rows.
 */
export function checkStoredNeed(input: unknown, today: IsoDate): CheckResult<StoredNeed> {
  return checkRecord(storedNeedSchema, input, (need) => {
    const issues = needIssues(need, today, {})
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    if (need.status === '已解决' && need.resolution === null) {
      error('resolution', `已解决的需求“${need.name}”缺少解决情况`)
    }
    if (need.status !== '已解决' && need.resolution !== null) {
      error('resolution', `需求“${need.name}”为“${need.status}”，不应有解决情况`)
    }
    if (need.status === '服务中' && need.projectIds.length === 0) {
      error('projectIds', `服务中的需求“${need.name}”没有对接项目`)
    }
    return { value: need, issues }
  })
}

// Lifecycle.

export const NEED_ACTIONS = ['match', 'start', 'resolve', 'reopen', 'reopenMatched'] as const
export type NeedAction = (typeof NEED_ACTIONS)[number]

/** What the need's steps look at. */
export interface NeedGuardContext {
  need: Pick<Need, 'name'>
  /** The projects in `need.projectIds`, as stored. */
  linkedProjects: readonly Pick<Project, 'title' | 'status'>[]
  /** The need's matches neither withdrawn nor archived (need-match.ts `activeMatches`). */
  activeMatchCount: number
}

/**
 * The table. 对接 is offered on a need being served as well: a 服务中 need may take a second
 * project or a volunteer team's resource, and stays 服务中. 重新打开 is two actions with one label,
 * because a transition has one target: a need that still has active matches goes back to 已对接,
 * one that has none to 待对接; each hides while the other applies, so a user sees one button.
 * Nothing is final: a resolved need can be reopened.
 */
export const NEED_WORKFLOW: Workflow<NeedStatus, NeedAction, NeedGuardContext> = {
  subject: '需求',
  states: NEED_STATUSES,
  initial: '待对接',
  final: [],
  transitions: [
    {
      action: 'match',
      label: '对接',
      from: ['待对接', '已对接', '服务中'],
      to: (state) => (state === '服务中' ? '服务中' : '已对接')
    },
    {
      action: 'start',
      label: '开始服务',
      from: ['已对接'],
      to: '服务中',
      guard: ({ need, linkedProjects }) => {
        if (linkedProjects.some((project) => project.status === '执行中')) return null
        if (linkedProjects.length === 0) {
          return `需求“${need.name}”还没有对接到项目，开始服务须有执行中的对接项目`
        }
        const listed = linkedProjects
          .map((project) => `“${project.title}”${project.status}`)
          .join('、')
        return `需求“${need.name}”对接的项目（${listed}）都不在执行中，开始服务须有执行中的对接项目`
      }
    },
    { action: 'resolve', label: '标记已解决', from: ['已对接', '服务中'], to: '已解决' },
    {
      action: 'reopen',
      label: '重新打开',
      from: ['已解决'],
      to: '待对接',
      hiddenWhenRefused: true,
      guard: ({ need, activeMatchCount }) =>
        activeMatchCount === 0
          ? null
          : `需求“${need.name}”还有 ${activeMatchCount} 条有效对接，重新打开后为“已对接”`
    },
    {
      action: 'reopenMatched',
      label: '重新打开',
      from: ['已解决'],
      to: '已对接',
      hiddenWhenRefused: true,
      guard: ({ need, activeMatchCount }) =>
        activeMatchCount > 0 ? null : `需求“${need.name}”没有有效对接，重新打开后为“待对接”`
    }
  ]
}

/** The input each action takes: the fields its dialog asks for. */
export const NEED_ACTION_INPUTS = {
  match: z.strictObject({}),
  start: z.strictObject({}),
  resolve: z.strictObject({ resolution: textField('解决情况', 500, true) }),
  reopen: z.strictObject({}),
  reopenMatched: z.strictObject({})
} as const satisfies Record<NeedAction, z.ZodType>

export type NeedActionInput<A extends NeedAction> = z.input<(typeof NEED_ACTION_INPUTS)[A]>

type ClosableNeed = Pick<Need, 'name' | 'archivedAt' | 'mergedIntoId'>

/**
 * Why nothing can be done with `need` any more, or null: a merged duplicate lives on in the need
 * it was merged into, and an archived need was withdrawn from the list.
 */
export function needClosedRefusal(need: ClosableNeed): string | null {
  if (need.mergedIntoId !== null) {
    return `需求“${need.name}”已合并到其他需求，请在合并后的需求上操作`
  }
  return need.archivedAt !== null ? `需求“${need.name}”已归档` : null
}

/** Why `action` does not start from the need's status, naming the need, or null when it does. */
export function needStatusRefusal(
  need: Pick<Need, 'name' | 'status'>,
  action: NeedAction
): string | null {
  const transition = NEED_WORKFLOW.transitions.find((candidate) => candidate.action === action)!
  return transition.from.includes(need.status)
    ? null
    : `需求“${need.name}”当前为“${need.status}”，不能${transition.label}`
}

const refusal = (message: string): CheckResult<Need> => ({
  ok: false,
  issues: [{ field: '', level: 'error', message }]
})

/**
 * Takes `action` on `need` with `input`: a closed need is refused, then the table is asked, then
 * the input checked; returns the need as it should be stored. 标记已解决 records the resolution;
 * 重新打开 clears it (the audit log keeps the old one). Nothing here writes.
 */
export function performNeedAction(
  need: Need,
  action: NeedAction,
  input: unknown,
  facts: Omit<NeedGuardContext, 'need'>
): CheckResult<Need> {
  const closed = needClosedRefusal(need) ?? needStatusRefusal(need, action)
  if (closed) return refusal(closed)
  const transition = NEED_WORKFLOW.transitions.find((candidate) => candidate.action === action)!
  const guarded = transition.guard?.({ need, ...facts }) ?? null
  if (guarded) return refusal(guarded)

  const parsed = (NEED_ACTION_INPUTS[action] as z.ZodType).safeParse(input)
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) }
  const values = parsed.data as { resolution?: string }

  let { resolution } = need
  if (action === 'resolve') resolution = values.resolution!
  if (action === 'reopen' || action === 'reopenMatched') resolution = null
  return {
    ok: true,
    value: { ...need, status: targetState(transition, need.status), resolution },
    warnings: []
  }
}

/**
 * The need's status once its matches have changed, without anyone taking a step: when the last
 * active match is withdrawn, a need 已对接 or 服务中 has nothing answering it and goes back to
 * 待对接. A resolved need stays resolved (its resolution stands; withdrawing a match does not undo
 * the service given), and a new match is the 对接 step of the table, not this.
 */
export function statusAfterMatches(
  need: Pick<Need, 'status'>,
  activeMatchCount: number
): NeedStatus {
  if (activeMatchCount === 0 && (need.status === '已对接' || need.status === '服务中')) {
    return '待对接'
  }
  return need.status
}

/** Still on the list: not resolved, not archived, not merged into another need. */
export function isOpenNeed(need: Pick<Need, 'status' | 'archivedAt' | 'mergedIntoId'>): boolean {
  return need.status !== '已解决' && need.archivedAt === null && need.mergedIntoId === null
}

type RankedFields = Pick<
  Need,
  'status' | 'archivedAt' | 'mergedIntoId' | 'raisedBy' | 'raisedOn' | 'name' | 'pinyin'
>

export interface RankedNeed<T> {
  need: T
  /** 1 for the most residents; needs raised by as many residents share a rank (1, 2, 2, 4). */
  rank: number
}

/**
 * The open needs by demand, as 温江 ordered its list before 立项 (seed 003: 按需求量排序): most
 * residents first; among equals the longest-waiting (earliest raised) first, then by name in
 * pinyin order (the stored `pinyin` key, since plain code-point order of hanzi is not the order
 * a reader expects). The rank counts residents only, so equal counts share a rank.
 */
export function rankNeeds<T extends RankedFields>(needs: readonly T[]): RankedNeed<T>[] {
  const ordered = needs
    .filter(isOpenNeed)
    .sort(
      (a, b) =>
        b.raisedBy - a.raisedBy ||
        compareText(a.raisedOn, b.raisedOn) ||
        compareText(a.pinyin, b.pinyin) ||
        compareText(a.name, b.name)
    )
  let rank = 0
  return ordered.map((need, index) => {
    if (index === 0 || need.raisedBy !== ordered[index - 1]!.raisedBy) rank = index + 1
    return { need, rank }
  })
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
