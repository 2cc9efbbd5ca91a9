/**
 * How a target of a project's 绩效目标表 reads on a given day. The 绩效目标表 of 财预〔2020〕10号
 * judges a target 达成 or 未达成 over the period it was set for, so a target not met yet on a
 * project still delivering is 进行中: sessions are still being held and rates still move until
 * the service period ends, and calling it 未达成 then would misread a running contract as failing.
 *
 * Its own file rather than indicator-tree.ts: it asks the project's workflow whether delivery
 * is over, and projects/project.ts itself imports indicator-tree.ts.
 */
import type { IsoDate } from '../dates'
import { PROJECT_WORKFLOW, type Project } from '../projects/project'

export type TargetVerdict = '达成' | '未达成' | '进行中'

/**
 * 达成 when `met` (from `achievement`); otherwise 进行中 until the project's `endOn` has passed
 * or the project is 已结项 / 已终止, then 未达成. Null while `met` is unknown (no target or no
 * actual yet). A project without a service period yet has not started delivering, so an unmet
 * target on it is 进行中 too.
 */
export function targetVerdict(
  met: boolean | null,
  project: Pick<Project, 'status' | 'endOn'>,
  today: IsoDate
): TargetVerdict | null {
  if (met === null) return null
  if (met) return '达成'
  const ended =
    PROJECT_WORKFLOW.final.includes(project.status) ||
    (project.endOn !== null && today > project.endOn)
  return ended ? '未达成' : '进行中'
}
