/**
 * 合并重复需求: the same need reaches the list through several channels — a 走访, a 议事会, a
 * 征集箱 note — and 温江 "整合相同或相似的项目" before ranking by demand (seed 003). The merged
 * list must count every resident once per channel they used, so the duplicates' counts are added
 * to the need kept, and the duplicates are archived with a pointer to it, never deleted: the
 * history of who raised what, and when, stays readable.
 */
import type { CheckResult, FieldIssue } from '../check'
import type { Need, NeedStatus } from './need'
import { activeMatches, type NeedMatch } from './need-match'

export interface NeedMerge {
  /** The need kept, with the counts, dates and projects of all. */
  target: Need
  /** The duplicates, archived and pointing at the target; their status is left as it was. */
  merged: Need[]
}

/** Open statuses, least advanced first: a merged need is as far along as the furthest of its parts. */
const OPEN_PROGRESS: readonly NeedStatus[] = ['待对接', '已对接', '服务中']

const quoted = (needs: readonly Pick<Need, 'name'>[]) =>
  needs.map((need) => `“${need.name}”`).join('、')

/**
 * Merges `duplicates` into `target` at instant `at`. Refused unless there is at least one
 * duplicate other than the target, all of one community (a count only ranks needs within the
 * community whose residents raised it), none archived or already merged, and all resolved or
 * none: merging a resolved need into an open one would count residents already served, and an
 * open need merged into a resolved one would leave the list without a resolution of its own —
 * reopen the target first. The target takes the sum of the counts, the earliest date, every
 * project, and the most advanced open status (服务中 > 已对接 > 待对接); its name, description
 * and resolution stay its own. A duplicate listed twice is merged once.
 *
 * The duplicates' matches move to the target with {@link matchesAfterMerge}, so the target's
 * status and projects keep following from its own matches.
 */
export function mergeNeeds(
  target: Need,
  duplicates: readonly Need[],
  at: string
): CheckResult<NeedMerge> {
  const others = [...new Map(duplicates.map((need) => [need.id, need])).values()]
  const issues: FieldIssue[] = []
  const error = (message: string) => issues.push({ field: '', level: 'error', message })

  if (others.length === 0) error('请至少选择一条要合并的重复需求')
  if (others.some((need) => need.id === target.id)) error(`不能把需求“${target.name}”合并到自身`)
  const rest = others.filter((need) => need.id !== target.id)

  if (target.mergedIntoId !== null) {
    error(`需求“${target.name}”已合并到其他需求，不能作为合并目标`)
  } else if (target.archivedAt !== null) {
    error(`需求“${target.name}”已归档，不能作为合并目标`)
  }
  const alreadyMerged = rest.filter((need) => need.mergedIntoId !== null)
  if (alreadyMerged.length > 0) error(`需求${quoted(alreadyMerged)}已合并到其他需求，不能再合并`)
  const archived = rest.filter((need) => need.mergedIntoId === null && need.archivedAt !== null)
  if (archived.length > 0) error(`需求${quoted(archived)}已归档，不能合并`)

  const elsewhere = rest.filter((need) => need.communityId !== target.communityId)
  if (elsewhere.length > 0) {
    error(`不同社区的需求不能合并：${quoted(elsewhere)}与“${target.name}”不在同一社区`)
  }

  if (target.status === '已解决') {
    const open = rest.filter((need) => need.status !== '已解决')
    if (open.length > 0) {
      error(
        `需求“${target.name}”已解决，未解决的需求${quoted(open)}不能并入；请先重新打开“${target.name}”，或以未解决的需求为合并目标`
      )
    }
  } else {
    const resolved = rest.filter((need) => need.status === '已解决')
    if (resolved.length > 0) {
      error(`已解决的需求${quoted(resolved)}不能并入未解决的需求“${target.name}”`)
    }
  }
  if (issues.length > 0) return { ok: false, issues }

  const all = [target, ...rest]
  const status =
    target.status === '已解决'
      ? target.status
      : OPEN_PROGRESS[Math.max(...all.map((need) => OPEN_PROGRESS.indexOf(need.status)))]!
  return {
    ok: true,
    value: {
      target: {
        ...target,
        raisedBy: all.reduce((sum, need) => sum + need.raisedBy, 0),
        raisedOn: all.map((need) => need.raisedOn).reduce((a, b) => (b < a ? b : a)),
        projectIds: [...new Set(all.flatMap((need) => need.projectIds))],
        status
      },
      merged: rest.map((need) => ({ ...need, archivedAt: at, mergedIntoId: target.id }))
    },
    warnings: []
  }
}

const targetKey = (match: Pick<NeedMatch, 'target' | 'projectId' | 'applicationId'>) =>
  match.target === 'project' ? `project:${match.projectId}` : `application:${match.applicationId}`

/**
 * The matches to rewrite after `merge`, from `matches` (those of the target and the duplicates):
 * every match of a duplicate moves to the target, withdrawn ones too, so the target's match
 * history is whole. An active match to a project or application the target is already actively
 * matched to is withdrawn as it moves (by `by`, at `at`, saying why), so no need holds two active
 * matches to one project. Matches of other needs are left alone and not returned.
 */
export function matchesAfterMerge(
  matches: readonly NeedMatch[],
  merge: NeedMerge,
  by: string,
  at: string
): NeedMatch[] {
  const { target } = merge
  const mergedNames = new Map(merge.merged.map((need) => [need.id, need.name]))
  const held = new Set(
    activeMatches(matches.filter((match) => match.needId === target.id)).map(targetKey)
  )
  const moved: NeedMatch[] = []
  for (const match of matches) {
    const name = mergedNames.get(match.needId)
    if (name === undefined) continue
    const active = match.withdrawnAt === null && match.archivedAt === null
    if (active && held.has(targetKey(match))) {
      moved.push({
        ...match,
        needId: target.id,
        withdrawnAt: at,
        withdrawnBy: by,
        withdrawReason: `需求“${name}”并入“${target.name}”，与“${target.name}”已有的对接重复`
      })
      continue
    }
    if (active) held.add(targetKey(match))
    moved.push({ ...match, needId: target.id })
  }
  return moved
}
