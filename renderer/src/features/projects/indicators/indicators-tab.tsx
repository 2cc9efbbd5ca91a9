/**
 * A project's 绩效目标表: started from a template, shown as the indented table the contract annex
 * uses with actuals filled in from the 服务记录, and edited until an evaluation scored against
 * it is 定稿 or the project has ended — then it is read-only, and the page says why.
 */
import { useMemo, useState } from 'react'
import { Alert, Button, Empty, Flex, Spin, Tooltip, Typography } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import { instantiateTemplate, treeIssues } from '@shared/domain/performance/indicator-tree'
import { indicatorsLockedReason, type Project } from '@shared/domain/projects/project'
import { useProjectActivities } from '../activities/use-activity-data'
import { useProjectEvaluations } from '../evaluations/use-evaluation-data'
import { indicatorKeys, indicatorRows } from './indicator-display'
import { IndicatorEditor } from './indicator-editor'
import { IndicatorTable } from './indicator-table'
import { INDICATOR_STRINGS as S } from './strings'
import { TemplatePicker } from './template-picker'

export function IndicatorsTab({ project }: { project: Project }) {
  const activities = useProjectActivities(project.id)
  const evaluations = useProjectEvaluations(project.id)
  const [draft, setDraft] = useState<IndicatorNode[] | null>(null)
  const [today] = useState(todayInChina)
  const rows = useMemo(
    () => indicatorRows(project.indicators, activities ?? []),
    [project.indicators, activities]
  )
  // A tree stored before a rule changed may no longer pass it; editing must fix it first.
  const storedErrors = useMemo(
    () => treeIssues(project.indicators).filter((issue) => issue.level === 'error'),
    [project.indicators]
  )

  if (!activities || !evaluations) return <Spin />

  // Kept open once started, should an evaluation be finalised meanwhile: the save then says why.
  if (draft) {
    return (
      <IndicatorEditor
        project={project}
        initial={draft}
        activities={activities}
        onDone={() => setDraft(null)}
      />
    )
  }

  const refusal = indicatorsLockedReason(project, evaluations)
  if (project.indicators.length === 0) {
    return refusal ? (
      <Empty description={S.emptyLocked}>
        <Typography.Text type="secondary">{refusal}</Typography.Text>
      </Empty>
    ) : (
      <TemplatePicker
        onChoose={(template) => setDraft(instantiateTemplate(template, indicatorKeys()))}
        onBlank={() => setDraft([])}
      />
    )
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="flex-end">
        <Tooltip title={refusal}>
          <Button disabled={refusal !== null} onClick={() => setDraft(project.indicators)}>
            {S.edit}
          </Button>
        </Tooltip>
      </Flex>
      {refusal ? <Alert type="info" showIcon title={refusal} /> : null}
      {storedErrors.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={S.storedIssuesTitle}
          description={storedErrors.map((issue) => issue.message).join('；')}
        />
      ) : null}
      <IndicatorTable rows={rows} project={project} today={today} />
    </Flex>
  )
}
