/**
 * Editing a 绩效目标表: every indicator's name, weight, target, data source and scoring rule in
 * place, indicators added, removed and moved with the shared tree helpers, and the rule's
 * findings (treeIssues) beside the rows they are about and at the top while the user works.
 * Nothing is stored until 保存, which the repository checks again.
 */
import { useMemo, useState, type ReactNode } from 'react'
import {
  Alert,
  App,
  Button,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tooltip,
  Typography
} from 'antd'
import type { ColumnsType } from 'antd/es/table'
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  SubnodeOutlined
} from '@ant-design/icons'
import { confirmFirst, FormErrors } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Activity } from '@shared/domain/activities/activity'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import {
  ACTIVITY_METRIC_LABELS,
  ACTIVITY_METRIC_UNITS,
  ACTIVITY_METRICS,
  TARGET_COMPARISONS,
  type ActivityMetric,
  type IndicatorNode,
  type TargetComparison
} from '@shared/domain/performance/indicator'
import {
  addIndicator,
  INDICATOR_WEIGHT_TOTAL,
  moveIndicator,
  removeIndicator,
  treeIssues,
  updateIndicator,
  type IndicatorPatch
} from '@shared/domain/performance/indicator-tree'
import type { Project } from '@shared/domain/projects/project'
import { errorText } from '@shared/text/error-text'
import { indicatorRows, issuesByRow, newIndicatorKey, type IndicatorRow } from './indicator-display'
import { INDICATOR_STRINGS as S } from './strings'

const HAND_ENTERED = ''
const SOURCE_OPTIONS = [
  { value: HAND_ENTERED, label: S.handEntered },
  ...ACTIVITY_METRICS.map((metric) => ({ value: metric, label: ACTIVITY_METRIC_LABELS[metric] }))
]
const COMPARISON_OPTIONS = TARGET_COMPARISONS.map((value) => ({ value, label: value }))
const INDENT = 20

function IssueList({ issues }: { issues: readonly FieldIssue[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {issues.map((issue, i) => (
        <li key={i}>{issue.message}</li>
      ))}
    </ul>
  )
}

function RowIssues({ issues }: { issues: readonly FieldIssue[] | undefined }) {
  if (!issues || issues.length === 0) return null
  return (
    <Flex vertical>
      {issues.map((issue, i) => (
        <Typography.Text
          key={i}
          type={issue.level === 'error' ? 'danger' : 'warning'}
          style={{ fontSize: 12 }}
        >
          {issue.message}
        </Typography.Text>
      ))}
    </Flex>
  )
}

/** A row as the editor shows it: with its findings and where it stands among its siblings. */
interface EditorRow extends IndicatorRow {
  issues: FieldIssue[]
  first: boolean
  last: boolean
}

function editorRows(
  tree: readonly IndicatorNode[],
  activities: readonly Activity[],
  issues: readonly FieldIssue[]
): EditorRow[] {
  const placed = issuesByRow(issues)
  const rows = indicatorRows(tree, activities)
  const siblings = new Map<string | null, IndicatorRow[]>()
  for (const row of rows) {
    siblings.set(row.node.parentKey, [...(siblings.get(row.node.parentKey) ?? []), row])
  }
  return rows.map((row) => {
    const group = siblings.get(row.node.parentKey)!
    return {
      ...row,
      issues: placed.get(row.index) ?? [],
      first: group[0] === row,
      last: group.at(-1) === row
    }
  })
}

/**
 * Whether a row's cells must be drawn again. Every edit builds new rows, but the shared
 * helpers keep the indicators they did not touch, so only the rows an edit reached are redrawn
 * rather than every input of the table. The handlers the cells hold never read the tree itself.
 */
const rowChanged = (row: EditorRow, before: EditorRow) =>
  row.node !== before.node ||
  row.isLeaf !== before.isLeaf ||
  row.actual !== before.actual ||
  row.first !== before.first ||
  row.last !== before.last ||
  row.descendants !== before.descendants ||
  row.issues.map((issue) => issue.message).join() !==
    before.issues.map((issue) => issue.message).join()

export interface IndicatorEditorProps {
  project: Project
  /** The tree to start from: the stored one, or a template's fresh copy. */
  initial: IndicatorNode[]
  activities: readonly Activity[]
  /** After saving, or once the user agreed to drop the changes. */
  onDone(): void
}

export function IndicatorEditor({ project, initial, activities, onDone }: IndicatorEditorProps) {
  const { projects } = useRepositories()
  const { message, modal } = App.useApp()
  const [tree, setTree] = useState(initial)
  const [saving, setSaving] = useState(false)
  const [errors, setErrors] = useState<string[]>([])

  const issues = useMemo(() => treeIssues(tree), [tree])
  const rows = useMemo(() => editorRows(tree, activities, issues), [tree, activities, issues])
  const problems = issues.filter((issue) => issue.level === 'error')
  const warnings = issues.filter((issue) => issue.level === 'warning')
  const rootTotal = tree
    .filter((node) => node.parentKey === null)
    .reduce((sum, node) => sum + node.weight, 0)

  const edit = (change: (current: IndicatorNode[]) => IndicatorNode[]) => {
    setErrors([])
    setTree(change)
  }
  const patch = (key: string, changes: IndicatorPatch) =>
    edit((current) => updateIndicator(current, key, changes))
  const add = (parentKey: string | null) =>
    edit((current) =>
      addIndicator(current, parentKey, newIndicatorKey(new Set(current.map((n) => n.key))))
    )

  const setTargetValue = (node: IndicatorNode, value: number | null) =>
    patch(node.key, {
      target:
        value === null
          ? null
          : {
              value,
              unit: node.target?.unit ?? (node.metric ? ACTIVITY_METRIC_UNITS[node.metric] : ''),
              comparison: node.target?.comparison ?? '≥'
            }
    })

  const setSource = (node: IndicatorNode, value: string) => {
    const metric = value === HAND_ENTERED ? null : (value as ActivityMetric)
    // A blank unit takes the figure's own, the one its actual will be counted in.
    const target =
      metric && node.target && node.target.unit.trim() === ''
        ? { ...node.target, unit: ACTIVITY_METRIC_UNITS[metric] }
        : node.target
    // A hand-typed actual would be replaced by the activity total anyway.
    patch(node.key, { metric, target, actual: metric ? null : node.actual })
  }

  const save = async () => {
    setSaving(true)
    setErrors([])
    try {
      const result = await projects.setIndicators(project.id, tree)
      message.success(S.saved)
      for (const warning of new Set(result.warnings.map((issue) => issue.message))) {
        message.warning(warning, 8)
      }
      onDone()
    } catch (error) {
      setErrors(
        error instanceof RecordValidationError
          ? error.issues.filter((issue) => issue.level === 'error').map((issue) => issue.message)
          : [`${S.saveFailed}${errorText(error)}`]
      )
    } finally {
      setSaving(false)
    }
  }

  const cancel = async () => {
    const changed = JSON.stringify(tree) !== JSON.stringify(project.indicators)
    const leave = await confirmFirst(
      modal,
      changed && {
        title: S.discardTitle,
        content: S.discardText,
        okText: S.discard,
        cancelText: S.keepEditing,
        danger: true
      }
    )
    if (leave) onDone()
  }

  const columns: ColumnsType<EditorRow> = [
    {
      key: 'name',
      title: S.name,
      width: 300,
      render: (_, { node, issues }) => (
        <Flex vertical gap={4} style={{ paddingInlineStart: (node.level - 1) * INDENT }}>
          <Input
            aria-label={`${S.name}：${node.name}`}
            value={node.name}
            maxLength={40}
            onChange={(event) => patch(node.key, { name: event.target.value })}
          />
          <RowIssues issues={issues} />
        </Flex>
      )
    },
    {
      key: 'weight',
      title: S.weight,
      width: 90,
      render: (_, { node }) => (
        <InputNumber
          aria-label={`${S.weight}：${node.name}`}
          value={node.weight}
          min={0}
          max={INDICATOR_WEIGHT_TOTAL}
          step={0.5}
          style={{ width: '100%' }}
          onChange={(value) => patch(node.key, { weight: value ?? 0 })}
        />
      )
    },
    {
      key: 'target',
      title: S.target,
      width: 230,
      render: (_, { node, isLeaf }) =>
        isLeaf ? (
          <Space.Compact style={{ width: '100%' }}>
            <Select<TargetComparison>
              aria-label={`${S.comparison}：${node.name}`}
              value={node.target?.comparison ?? '≥'}
              disabled={node.target === null}
              options={COMPARISON_OPTIONS}
              style={{ width: 64 }}
              onChange={(comparison) =>
                node.target && patch(node.key, { target: { ...node.target, comparison } })
              }
            />
            <InputNumber
              aria-label={`${S.targetValue}：${node.name}`}
              value={node.target?.value ?? null}
              style={{ width: 90 }}
              onChange={(value) => setTargetValue(node, value)}
            />
            <Input
              aria-label={`${S.unit}：${node.name}`}
              placeholder={S.unit}
              value={node.target?.unit ?? ''}
              disabled={node.target === null}
              maxLength={10}
              style={{ width: 76 }}
              onChange={(event) =>
                node.target &&
                patch(node.key, { target: { ...node.target, unit: event.target.value } })
              }
            />
          </Space.Compact>
        ) : null
    },
    {
      key: 'source',
      title: S.source,
      width: 140,
      render: (_, { node, isLeaf }) =>
        isLeaf ? (
          <Select
            aria-label={`${S.source}：${node.name}`}
            value={node.metric ?? HAND_ENTERED}
            options={SOURCE_OPTIONS}
            style={{ width: '100%' }}
            onChange={(value) => setSource(node, value)}
          />
        ) : null
    },
    {
      key: 'actual',
      title: S.actual,
      width: 100,
      render: (_, { node, isLeaf, actual }) => {
        if (!isLeaf) return null
        if (node.metric) return actual
        return (
          <InputNumber
            aria-label={`${S.actual}：${node.name}`}
            value={node.actual}
            style={{ width: '100%' }}
            onChange={(value) => patch(node.key, { actual: value ?? null })}
          />
        )
      }
    },
    {
      key: 'scoringRule',
      title: S.scoringRule,
      width: 240,
      render: (_, { node }) => (
        <Input.TextArea
          aria-label={`${S.scoringRule}：${node.name}`}
          value={node.scoringRule ?? ''}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          onChange={(event) => patch(node.key, { scoringRule: event.target.value || null })}
        />
      )
    },
    {
      key: 'actions',
      title: S.actions,
      width: 190,
      render: (_, { node, descendants, first, last }) => {
        const action = (label: string, icon: ReactNode, onClick?: () => void) => (
          <Tooltip title={label}>
            <Button
              size="small"
              type="text"
              aria-label={`${label}：${node.name}`}
              icon={icon}
              disabled={!onClick}
              onClick={onClick}
            />
          </Tooltip>
        )
        return (
          <Space size={0}>
            {action(
              S.addChild,
              <SubnodeOutlined />,
              node.level < 3 ? () => add(node.key) : undefined
            )}
            {action(S.addSibling, <PlusOutlined />, () => add(node.parentKey))}
            {action(
              S.moveUp,
              <ArrowUpOutlined />,
              first ? undefined : () => edit((t) => moveIndicator(t, node.key, 'up'))
            )}
            {action(
              S.moveDown,
              <ArrowDownOutlined />,
              last ? undefined : () => edit((t) => moveIndicator(t, node.key, 'down'))
            )}
            <Popconfirm
              title={S.removeTitle(node.name)}
              description={descendants > 0 ? S.removeWithChildren(descendants) : S.removeLeaf}
              okText={S.remove}
              okButtonProps={{ danger: true }}
              cancelText={S.cancel}
              onConfirm={() => edit((t) => removeIndicator(t, node.key))}
            >
              <Button
                size="small"
                type="text"
                danger
                aria-label={`${S.remove}：${node.name}`}
                icon={<DeleteOutlined />}
              />
            </Popconfirm>
          </Space>
        )
      }
    }
  ]

  return (
    <Flex vertical gap="middle">
      <Flex
        justify="space-between"
        align="center"
        wrap
        gap="middle"
        role="toolbar"
        aria-label={S.toolbarLabel}
      >
        <Space>
          <Button icon={<PlusOutlined />} onClick={() => add(null)}>
            {S.addRoot}
          </Button>
          <Typography.Text type={rootTotal === INDICATOR_WEIGHT_TOTAL ? 'secondary' : 'danger'}>
            {S.weightTotal(rootTotal)}
          </Typography.Text>
        </Space>
        <Space>
          <Button onClick={() => void cancel()}>{S.cancel}</Button>
          <Tooltip title={problems.length > 0 ? S.fixFirst : null}>
            <Button
              type="primary"
              loading={saving}
              disabled={problems.length > 0}
              onClick={() => void save()}
            >
              {S.save}
            </Button>
          </Tooltip>
        </Space>
      </Flex>
      <FormErrors messages={errors} />
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={S.issuesTitle(problems.length)}
          description={<IssueList issues={problems} />}
        />
      ) : null}
      {warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={S.warningsTitle(warnings.length)}
          description={<IssueList issues={warnings} />}
        />
      ) : null}
      <Typography.Text type="secondary">{S.editingHint}</Typography.Text>
      <Table<EditorRow>
        aria-label={S.tableLabel}
        size="small"
        bordered
        rowKey={(row) => row.node.key}
        dataSource={rows}
        columns={columns.map((column) => ({ ...column, shouldCellUpdate: rowChanged }))}
        pagination={false}
        scroll={{ x: 1290 }}
      />
    </Flex>
  )
}
