/**
 * How a 绩效目标表 reads on screen: each indicator in tree order with what it committed to, where
 * its actual comes from and how far it got, and the shared rule's findings sorted to the rows
 * they are about.
 */
import type { FieldIssue } from '@shared/domain/check'
import { activityTotals, type Activity } from '@shared/domain/activities/activity'
import {
  ACTIVITY_METRIC_LABELS,
  leafIndicators,
  type IndicatorNode,
  type IndicatorTarget
} from '@shared/domain/performance/indicator'
import {
  achievement,
  depthFirst,
  fillActuals,
  formatTarget
} from '@shared/domain/performance/indicator-tree'
import { INDICATOR_STRINGS as S } from './strings'

export interface IndicatorRow {
  node: IndicatorNode
  /** Its place in the stored array, which the rule's field paths (`indicators.3.weight`) name. */
  index: number
  isLeaf: boolean
  /** The actual filled from the 服务记录 where the indicator counts one of their figures. */
  actual: number | null
  rate: number | null
  met: boolean | null
  /** Indicators in its subtree, for the question before it is removed. */
  descendants: number
}

/**
 * The rows in the tree's depth-first order ({@link depthFirst}), so the table indents the way
 * the tree nests even when a stored tree lists its levels otherwise; nothing is ever dropped.
 */
export function indicatorRows(
  tree: readonly IndicatorNode[],
  activities: readonly Activity[]
): IndicatorRow[] {
  const filled = fillActuals(tree, activityTotals(activities))
  const leaves = new Set(leafIndicators(tree))
  const indexOf = new Map(tree.map((node, index) => [node, index]))
  const ordered = depthFirst(tree)
  // Counted from the bottom up: in depth-first order a subtree comes after its indicator, so
  // each child's count is complete when it is added to its parent's.
  const below = new Map<string, number>()
  for (const node of ordered.toReversed()) {
    if (node.parentKey === null) continue
    const count = 1 + (below.get(node.key) ?? 0)
    below.set(node.parentKey, (below.get(node.parentKey) ?? 0) + count)
  }
  return ordered.map((node) => {
    const index = indexOf.get(node)!
    const actual = filled[index]!.actual
    const isLeaf = leaves.has(node)
    const { rate, met } = isLeaf ? achievement({ target: node.target, actual }) : NO_ACHIEVEMENT
    const descendants = below.get(node.key) ?? 0
    return { node, index, isLeaf, actual, rate, met, descendants }
  })
}

const NO_ACHIEVEMENT = { rate: null, met: null }

/** `≥ 24 场`, or — for an indicator without a target. */
export function targetText(target: IndicatorTarget | null): string {
  return target ? formatTarget(target) : S.none
}

/** Where a leaf's actual comes from: the activity figure it counts, or typed in. */
export function sourceText(row: Pick<IndicatorRow, 'node' | 'isLeaf'>): string {
  if (!row.isLeaf) return ''
  return row.node.metric ? ACTIVITY_METRIC_LABELS[row.node.metric] : S.handEntered
}

/** The rule's findings for each row, by the stored index their field path names. */
export function issuesByRow(issues: readonly FieldIssue[]): Map<number, FieldIssue[]> {
  const rows = new Map<number, FieldIssue[]>()
  for (const issue of issues) {
    const match = /^indicators\.(\d+)/.exec(issue.field)
    if (!match) continue
    const index = Number(match[1])
    rows.set(index, [...(rows.get(index) ?? []), issue])
  }
  return rows
}

/** A key for a new indicator that none in `taken` has. */
export function newIndicatorKey(taken: ReadonlySet<string>): string {
  let key: string
  do key = `ind-${crypto.randomUUID().slice(0, 8)}`
  while (taken.has(key))
  return key
}

/** Fresh keys for a template's copy, none repeated. */
export function indicatorKeys(): () => string {
  const taken = new Set<string>()
  return () => {
    const key = newIndicatorKey(taken)
    taken.add(key)
    return key
  }
}
