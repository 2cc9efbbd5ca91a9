/**
 * Rules and editing of a 绩效目标表 (see indicator.ts for the shape): the weights must add up at
 * every level (财预〔2020〕10号: a score out of 100; domain-cn.md §4.1 "Σ children weights =
 * parent weight"), targets carry their units, and actuals fill in from the 服务记录 where an
 * indicator names the activity figure it counts.
 */
import { z } from 'zod'
import type { FieldIssue } from '../check'
import { roundTo } from '../decimals'
import { optionalTextField, textField } from '../fields'
import {
  ACTIVITY_METRIC_LABELS,
  ACTIVITY_METRIC_UNITS,
  ACTIVITY_METRICS,
  INDICATOR_LEVELS,
  leafIndicators,
  TARGET_COMPARISONS,
  type ActivityMetric,
  type IndicatorLevel,
  type IndicatorNode,
  type IndicatorTarget
} from './indicator'

/** First-level weights add up to this: the evaluation's 100-point scale. */
export const INDICATOR_WEIGHT_TOTAL = 100

export const indicatorTargetSchema = z.strictObject({
  value: z.number({ error: '指标值须为数字' }),
  // A missing unit is reported by `treeIssues`, naming the indicator.
  unit: textField('计量单位', 10),
  comparison: z.enum(TARGET_COMPARISONS, { error: '指标值的比较方式须为 ≥、≤ 或 =' })
})

export const indicatorNodeSchema = z.strictObject({
  key: z.string({ error: '指标缺少编号' }).trim().min(1, '指标缺少编号').max(64, '指标编号过长'),
  parentKey: z.string({ error: '上级指标编号有误' }).min(1, '上级指标编号有误').nullable(),
  level: z.literal(INDICATOR_LEVELS, { error: '指标层级须为一级、二级或三级' }),
  name: textField('指标名称', 40, true),
  weight: z
    .number({ error: '权重须为数字' })
    .min(0, '权重不能为负')
    .max(INDICATOR_WEIGHT_TOTAL, `权重不能超过 ${INDICATOR_WEIGHT_TOTAL}`),
  target: indicatorTargetSchema.nullable(),
  metric: z.enum(ACTIVITY_METRICS, { error: '指标的数据来源不是服务记录中的统计项' }).nullable(),
  actual: z.number({ error: '实际值须为数字' }).nullable(),
  scoringRule: optionalTextField('评分标准', 500)
})

/** Shape only; the rules between indicators are {@link treeIssues}. */
export const indicatorTreeSchema = z.array(indicatorNodeSchema).max(200, '指标最多 200 项')

const LEVEL_NAMES: Readonly<Record<IndicatorLevel, string>> = { 1: '一级', 2: '二级', 3: '三级' }

/** Children of each key, in tree order. */
function childrenByParent(tree: readonly IndicatorNode[]): Map<string | null, IndicatorNode[]> {
  const children = new Map<string | null, IndicatorNode[]>()
  for (const node of tree) {
    const siblings = children.get(node.parentKey) ?? []
    siblings.push(node)
    children.set(node.parentKey, siblings)
  }
  return children
}

/** Sums of half points are exact in binary floating point, so weights compare with `===`. */
function weightSum(nodes: readonly IndicatorNode[]): number {
  return nodes.reduce((sum, node) => sum + node.weight, 0)
}

/**
 * What is wrong with a tree: its structure (unique keys, each parent present, one level up and
 * listed first, at most three levels), its weights (first level 100, every node's children add
 * up to the node's weight, leaves above 0, whole or half points) and its targets (with a unit;
 * only on leaves). Field paths start with `field`, e.g. `indicators.3.weight`.
 *
 * An empty tree has no issues: a project has none until its 绩效目标表 is set, and whether one is
 * required is the caller's rule.
 */
export function treeIssues(tree: readonly IndicatorNode[], field = 'indicators'): FieldIssue[] {
  if (tree.length === 0) return []
  const issues: FieldIssue[] = []
  const at = (index: number, path?: string) =>
    [field, index, path].filter((part) => part !== undefined).join('.')
  const error = (path: string, message: string) =>
    issues.push({ field: path, level: 'error', message })

  const firstIndex = new Map<string, number>()
  tree.forEach((node, index) => {
    if (!firstIndex.has(node.key)) firstIndex.set(node.key, index)
  })
  const children = childrenByParent(tree)

  tree.forEach((node, index) => {
    const name = `“${node.name}”`
    const first = firstIndex.get(node.key)!
    if (first !== index) error(at(index, 'key'), `${name}的编号与“${tree[first]!.name}”重复`)

    if (node.parentKey === null) {
      if (node.level !== 1)
        error(at(index, 'parentKey'), `${name}是${LEVEL_NAMES[node.level]}指标，须有上级指标`)
    } else if (node.level === 1) {
      error(at(index, 'parentKey'), `${name}是一级指标，不应有上级指标`)
    } else {
      const parentIndex = firstIndex.get(node.parentKey)
      const parent = parentIndex === undefined ? undefined : tree[parentIndex]
      if (parentIndex === undefined || parent === undefined) {
        error(at(index, 'parentKey'), `${name}的上级指标不存在`)
      } else if (parent.level === 3) {
        error(at(index, 'parentKey'), `“${parent.name}”已是三级指标，不能再有下级指标`)
      } else if (node.level !== parent.level + 1) {
        error(
          at(index, 'level'),
          `${name}的上级“${parent.name}”是${LEVEL_NAMES[parent.level]}指标，${name}应为${LEVEL_NAMES[(parent.level + 1) as IndicatorLevel]}指标`
        )
      } else if (parentIndex > index) {
        error(at(index), `${name}应排在其上级“${parent.name}”之后`)
      }
    }

    if (!Number.isInteger(node.weight * 2)) {
      error(at(index, 'weight'), `${name}的权重 ${node.weight} 须为整分或半分（如 2.5）`)
    }
    const isLeaf = !children.has(node.key)
    if (isLeaf) {
      if (node.weight <= 0) error(at(index, 'weight'), `${name}的权重须大于 0`)
      const unit = node.target?.unit.trim()
      if (unit === '') error(at(index, 'target.unit'), `${name}的指标值须填写计量单位`)
      if (node.metric && unit && unit !== ACTIVITY_METRIC_UNITS[node.metric]) {
        issues.push({
          field: at(index, 'target.unit'),
          level: 'warning',
          message: `${name}的实际值取自服务记录的${ACTIVITY_METRIC_LABELS[node.metric]}（单位“${ACTIVITY_METRIC_UNITS[node.metric]}”），指标值单位却是“${unit}”`
        })
      }
    } else {
      const leafOnly = (['target', 'metric', 'actual'] as const).find((key) => node[key] !== null)
      if (leafOnly) {
        error(at(index, leafOnly), `${name}有下级指标，指标值、数据来源和实际值应填在下级指标上`)
      }
    }
  })

  for (const [parentKey, siblings] of children) {
    const parentIndex = parentKey === null ? undefined : firstIndex.get(parentKey)
    if (parentKey !== null && parentIndex === undefined) continue
    const where = parentIndex === undefined ? '一级指标中' : `“${tree[parentIndex]!.name}”下`
    const names = new Set<string>()
    for (const sibling of siblings) {
      if (names.has(sibling.name)) {
        issues.push({
          field: at(tree.indexOf(sibling), 'name'),
          level: 'warning',
          message: `${where}有两项“${sibling.name}”`
        })
      }
      names.add(sibling.name)
    }
  }

  const roots = children.get(null) ?? []
  const rootTotal = weightSum(roots)
  if (rootTotal !== INDICATOR_WEIGHT_TOTAL) {
    error(field, `一级指标权重合计 ${rootTotal}，应为 ${INDICATOR_WEIGHT_TOTAL}`)
  }
  tree.forEach((node, index) => {
    const below = children.get(node.key)
    if (!below || firstIndex.get(node.key) !== index) return
    const total = weightSum(below)
    if (total !== node.weight) {
      error(at(index, 'weight'), `“${node.name}”下级权重合计 ${total}，应为 ${node.weight}`)
    }
  })
  return issues
}

/**
 * A fresh tree from a template (or from another project's tree): new keys, parents remapped,
 * nothing achieved yet.
 */
export function instantiateTemplate(
  template: { readonly indicators: readonly IndicatorNode[] },
  newKey: () => string
): IndicatorNode[] {
  const keys = new Map(template.indicators.map((node) => [node.key, newKey()]))
  return template.indicators.map((node) => ({
    ...node,
    key: keys.get(node.key)!,
    parentKey: node.parentKey === null ? null : (keys.get(node.parentKey) ?? null),
    target: node.target && { ...node.target },
    actual: null
  }))
}

/**
 * The tree in depth-first order (each indicator followed by its subtree, siblings in their
 * order), the order forms and reports show: a stored tree need only list parents before their
 * children, so `[产出, 效益, 产出数量]` is valid yet would indent wrongly as it stands.
 * Indicators whose parent is missing are kept as roots, and anything unreachable (a loop of
 * parents) stays at the end, so neither editing nor showing ever loses a row.
 */
export function depthFirst(tree: readonly IndicatorNode[]): IndicatorNode[] {
  const keys = new Set(tree.map((node) => node.key))
  const children = childrenByParent(tree)
  const ordered: IndicatorNode[] = []
  const seen = new Set<IndicatorNode>()
  const visit = (node: IndicatorNode) => {
    if (seen.has(node)) return
    seen.add(node)
    ordered.push(node)
    for (const child of children.get(node.key) ?? []) visit(child)
  }
  for (const node of tree) {
    if (node.parentKey === null || !keys.has(node.parentKey)) visit(node)
  }
  return [...ordered, ...tree.filter((node) => !seen.has(node))]
}

function findNode(tree: readonly IndicatorNode[], key: string): IndicatorNode {
  const node = tree.find((candidate) => candidate.key === key)
  if (!node) throw new RangeError(`指标表中没有编号为 ${key} 的指标`)
  return node
}

/**
 * Adds a blank indicator as the last child of `parentKey` (or as the last first-level one).
 * When the parent was a leaf, the new child takes over its weight, so the sums still hold, and
 * the parent gives up the target, data source and actual that only leaves carry. The name is a
 * placeholder to be edited; a sibling's weight of 0 is reported by {@link treeIssues} until set.
 */
export function addIndicator(
  tree: readonly IndicatorNode[],
  parentKey: string | null,
  newKey: string
): IndicatorNode[] {
  if (tree.some((node) => node.key === newKey)) throw new RangeError(`指标编号 ${newKey} 已存在`)
  const parent = parentKey === null ? null : findNode(tree, parentKey)
  if (parent?.level === 3) throw new RangeError(`“${parent.name}”已是三级指标，不能再添加下级指标`)
  const parentWasLeaf = parent !== null && !tree.some((node) => node.parentKey === parent.key)
  const level = (parent ? parent.level + 1 : 1) as IndicatorLevel
  const added: IndicatorNode = {
    key: newKey,
    parentKey,
    level,
    name: `新${LEVEL_NAMES[level]}指标`,
    weight: parentWasLeaf ? parent.weight : 0,
    target: null,
    metric: null,
    actual: null,
    scoringRule: null
  }
  const updated = tree.map((node) =>
    parentWasLeaf && node === parent ? { ...node, target: null, metric: null, actual: null } : node
  )
  return depthFirst([...updated, added])
}

/** Removes an indicator with everything below it. */
export function removeIndicator(tree: readonly IndicatorNode[], key: string): IndicatorNode[] {
  findNode(tree, key)
  const children = childrenByParent(tree)
  const removed = new Set<string>()
  const collect = (current: string) => {
    if (removed.has(current)) return
    removed.add(current)
    for (const child of children.get(current) ?? []) collect(child.key)
  }
  collect(key)
  return tree.filter((node) => !removed.has(node.key))
}

/**
 * Moves an indicator, with its subtree, one place up or down among its siblings; at either end
 * nothing moves. Like {@link addIndicator}, returns the tree in depth-first order.
 */
export function moveIndicator(
  tree: readonly IndicatorNode[],
  key: string,
  direction: 'up' | 'down'
): IndicatorNode[] {
  const node = findNode(tree, key)
  const siblings = tree.filter((candidate) => candidate.parentKey === node.parentKey)
  const from = siblings.indexOf(node)
  const to = direction === 'up' ? from - 1 : from + 1
  if (to < 0 || to >= siblings.length) return depthFirst(tree)
  const other = siblings[to]!
  const swapped = tree.map((candidate) =>
    candidate === node ? other : candidate === other ? node : candidate
  )
  return depthFirst(swapped)
}

/** What an edit may change on one indicator; its place in the tree changes through add / remove / move. */
export type IndicatorPatch = Partial<
  Pick<IndicatorNode, 'name' | 'weight' | 'target' | 'metric' | 'actual' | 'scoringRule'>
>

export function updateIndicator(
  tree: readonly IndicatorNode[],
  key: string,
  patch: IndicatorPatch
): IndicatorNode[] {
  const node = findNode(tree, key)
  return tree.map((candidate) => (candidate === node ? { ...candidate, ...patch } : candidate))
}

/**
 * Actuals from the 服务记录: leaves that name an activity figure take its total; every other
 * indicator keeps the actual typed in for it.
 */
export function fillActuals(
  tree: readonly IndicatorNode[],
  totals: Readonly<Record<ActivityMetric, number>>
): IndicatorNode[] {
  const leaves = new Set(leafIndicators(tree))
  return tree.map((node) =>
    leaves.has(node) && node.metric !== null ? { ...node, actual: totals[node.metric] } : node
  )
}

/**
 * How far an indicator got: `met` compares the actual with the target the way the target says
 * (≥, ≤ or =); `rate` is the actual as a percentage of the target value, one decimal (so a
 * ceiling "≤ 5" reached at 4 reads 80 %, and `met` says that is good). Both are null while the
 * target or the actual is unknown; `rate` is also null for a target of 0.
 */
export function achievement(node: Pick<IndicatorNode, 'target' | 'actual'>): {
  rate: number | null
  met: boolean | null
} {
  const { target, actual } = node
  if (target === null || actual === null) return { rate: null, met: null }
  const met =
    target.comparison === '≥'
      ? actual >= target.value
      : target.comparison === '≤'
        ? actual <= target.value
        : Math.abs(actual - target.value) < 1e-9
  if (target.value === 0) return { rate: null, met }
  return { rate: roundTo((actual / target.value) * 100, 1), met }
}

/** `≥ 24 场`: a target as the project page and the reports both write it. */
export function formatTarget(target: IndicatorTarget): string {
  return `${target.comparison} ${target.value} ${target.unit}`.trim()
}

/** `产出指标 › 产出数量 › 活动场次`: where an indicator sits, for messages and reports. */
export function indicatorPath(tree: readonly IndicatorNode[], key: string): string {
  const names: string[] = []
  const seen = new Set<string>()
  let current: IndicatorNode | undefined = findNode(tree, key)
  while (current && !seen.has(current.key)) {
    seen.add(current.key)
    names.unshift(current.name)
    const parentKey: string | null = current.parentKey
    current = parentKey === null ? undefined : tree.find((node) => node.key === parentKey)
  }
  return names.join(' › ')
}
