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
import { achievement, fillActuals } from '@shared/domain/performance/indicator-tree'
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
 * The rows in depth-first order (each indicator followed by its subtree), so the table indents
 * the way the tree nests even when a stored tree lists its levels otherwise. An indicator whose
 * parent is missing shows as a root, and nothing is ever dropped.
 */
export function indicatorRows(
  tree: readonly IndicatorNode[],
  activities: readonly Activity[]
): IndicatorRow[] {
  const filled = fillActuals(tree, activityTotals(activities))
  const leaves = new Set(leafIndicators(tree))
  const children = new Map<string, number[]>()
  const keys = new Set(tree.map((node) => node.key))
  tree.forEach((node, index) => {
    if (node.parentKey === null || !keys.has(node.parentKey)) return
    children.set(node.parentKey, [...(children.get(node.parentKey) ?? []), index])
  })

  const rows: IndicatorRow[] = []
  // Visited once each, so even a loop of parents (never stored: treeIssues refuses it) ends.
  const seen = new Set<number>()
  const visit = (index: number) => {
    if (seen.has(index)) return
    seen.add(index)
    const node = tree[index]!
    const actual = filled[index]!.actual
    const isLeaf = leaves.has(node)
    const { rate, met } = isLeaf ? achievement({ target: node.target, actual }) : NO_ACHIEVEMENT
    const row: IndicatorRow = { node, index, isLeaf, actual, rate, met, descendants: 0 }
    rows.push(row)
    const before = rows.length
    for (const child of children.get(node.key) ?? []) visit(child)
    row.descendants = rows.length - before
  }
  tree.forEach((node, index) => {
    if (node.parentKey === null || !keys.has(node.parentKey)) visit(index)
  })
  tree.forEach((_, index) => visit(index))
  return rows
}

const NO_ACHIEVEMENT = { rate: null, met: null }

/** `≥ 24 场`, or — for an indicator without a target. */
export function targetText(target: IndicatorTarget | null): string {
  return target ? `${target.comparison} ${target.value} ${target.unit}`.trim() : S.none
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
