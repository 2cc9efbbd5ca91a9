/**
 * 绩效目标表: a project's performance indicators as a tree of up to three levels (一级 / 二级 /
 * 三级指标, domain-cn.md §4.1). Weights are points: the first level adds up to 100 and every
 * node's children add up to the node's own weight, so a leaf's weight is the most it can score
 * and an evaluation's total is the sum of its leaf scores on the same 100-point scale the grade
 * bands use.
 *
 * Stored flat, parents before their children, because forms, evaluations and reports all walk
 * it in that order; `parentKey` carries the shape.
 */

/** Figures the 服务记录 add up, which an indicator may take its actual value from. */
export const ACTIVITY_METRICS = [
  'sessions',
  'participants',
  'volunteers',
  'volunteerHours',
  'communities'
] as const
export type ActivityMetric = (typeof ACTIVITY_METRICS)[number]

export const ACTIVITY_METRIC_LABELS: Readonly<Record<ActivityMetric, string>> = {
  sessions: '活动场次',
  participants: '服务人次',
  volunteers: '志愿者人次',
  volunteerHours: '志愿服务时长',
  communities: '覆盖社区数'
}

/**
 * The unit each activity figure is counted in, so a target filled from activities is written in
 * the same unit as the actual it is compared with (a target in 天 against hours would misread).
 */
export const ACTIVITY_METRIC_UNITS: Readonly<Record<ActivityMetric, string>> = {
  sessions: '场',
  participants: '人次',
  volunteers: '人次',
  volunteerHours: '小时',
  communities: '个'
}

/** How an actual value is compared with its target. */
export const TARGET_COMPARISONS = ['≥', '≤', '='] as const
export type TargetComparison = (typeof TARGET_COMPARISONS)[number]

export interface IndicatorTarget {
  value: number
  /** e.g. 场, 人次, 户, %, 小时. */
  unit: string
  comparison: TargetComparison
}

export const INDICATOR_LEVELS = [1, 2, 3] as const
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number]

export interface IndicatorNode {
  /** Stable within its tree, so evaluations and actuals line up after a rename. */
  key: string
  /** Null for a first-level indicator. */
  parentKey: string | null
  level: IndicatorLevel
  name: string
  /** Points; see the file comment. Whole or half points. */
  weight: number
  /** Leaves only: the 指标值 the project committed to. */
  target: IndicatorTarget | null
  /** Leaves only: the activity figure the actual is filled from, when it can be. */
  metric: ActivityMetric | null
  /** Leaves only: the achieved value, filled from activities or typed in; null until known. */
  actual: number | null
  /** 评分标准 as written in the template, e.g. "完成率 100% 得满分，每低 10% 扣 1 分". */
  scoringRule: string | null
}

/** The indicators of a tree with no children (the ones that are scored). */
export function leafIndicators(tree: readonly IndicatorNode[]): IndicatorNode[] {
  const parents = new Set(tree.map((node) => node.parentKey).filter((key) => key !== null))
  return tree.filter((node) => !parents.has(node.key))
}
