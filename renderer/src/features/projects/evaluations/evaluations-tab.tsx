/**
 * 评估 of one project: every evaluation and version (the corrected ones marked), 新建评估 from
 * the project's 绩效目标表, and the one opened below the list — the score sheet of a 草稿, the
 * read-only report of a 定稿 one.
 */
import { useMemo, useState } from 'react'
import { Button, Flex, Spin, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useLiveQuery } from '@renderer/db/live-query'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import { projectWorkRefusal, type Project } from '@shared/domain/projects/project'
import { GradeTag } from '@renderer/components/grade-tag'
import { OpeningList } from '@renderer/components/opening-list'
import { NO_OPERATOR } from '@renderer/db/repositories/audit-log'
import { useRepositories } from '@renderer/db/use-repositories'
import { useGeneralSettings, useGradingSettings } from '@renderer/db/use-settings'
import { EvaluationEditor } from './evaluation-editor'
import { EvaluationReport } from './evaluation-report'
import { NewEvaluationModal } from './new-evaluation-modal'
import { useProjectEvaluations } from './use-evaluation-data'
import {
  EVALUATION_LABELS as L,
  EVALUATION_STATUS_COLORS,
  EVALUATION_STRINGS as S
} from './strings'

/** Latest first: by date, then version. */
function latestFirst(a: ProjectEvaluation, b: ProjectEvaluation): number {
  return b.evaluatedOn.localeCompare(a.evaluatedOn) || b.version - a.version
}

export function EvaluationsTab({ project }: { project: Project }) {
  const { payments } = useRepositories()
  const stored = useProjectEvaluations(project.id)
  const paymentRows = useLiveQuery(
    () => payments.listForProject(project.id),
    [payments, project.id]
  )
  const grading = useGradingSettings()
  const general = useGeneralSettings()
  const [openId, setOpenId] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)

  // Archived drafts were put aside by the office; they are no evaluation of the project.
  const evaluations = useMemo(
    () => stored?.filter((evaluation) => evaluation.archivedAt === null).sort(latestFirst),
    [stored]
  )
  if (!evaluations || !paymentRows || !grading || !general) return <Spin />

  const versionOf = new Map(evaluations.map((evaluation) => [evaluation.id, evaluation.version]))
  const opened = evaluations.find((evaluation) => evaluation.id === openId)
  const gate = { evaluations, payments: paymentRows, plan: project.tranches }
  // The stage first: a closed project takes no new evaluation whatever its 绩效目标表.
  const createRefusal =
    projectWorkRefusal(project, 'evaluate') ??
    (project.indicators.length === 0 ? S.noIndicators : null)

  const columns: ColumnsType<ProjectEvaluation> = [
    { key: 'kind', title: L.kind, width: 72, dataIndex: 'kind' },
    { key: 'mode', title: L.mode, width: 110, dataIndex: 'mode' },
    {
      key: 'year',
      title: L.year,
      width: 80,
      render: (_, evaluation) => (evaluation.year === null ? S.none : S.yearValue(evaluation.year))
    },
    {
      key: 'version',
      title: L.version,
      width: 80,
      render: (_, evaluation) => S.version(evaluation.version)
    },
    { key: 'evaluatedOn', title: L.evaluatedOn, width: 110, dataIndex: 'evaluatedOn' },
    { key: 'evaluators', title: L.evaluators, dataIndex: 'evaluators' },
    {
      key: 'total',
      title: L.total,
      width: 72,
      align: 'right',
      render: (_, evaluation) => evaluation.total ?? S.none
    },
    {
      key: 'grade',
      title: L.grade,
      width: 80,
      render: (_, evaluation) => (evaluation.grade ? <GradeTag grade={evaluation.grade} /> : S.none)
    },
    {
      key: 'status',
      title: L.status,
      width: 170,
      render: (_, evaluation) => (
        <Flex gap={4} wrap>
          <Tag color={EVALUATION_STATUS_COLORS[evaluation.status]}>{evaluation.status}</Tag>
          {evaluation.supersededById !== null ? (
            <Tag color="warning">
              {S.supersededBy(versionOf.get(evaluation.supersededById) ?? null)}
            </Tag>
          ) : null}
        </Flex>
      )
    }
  ]

  return (
    <Flex vertical gap="large">
      <OpeningList
        title={S.listTitle}
        label={S.listLabel}
        action={
          <Tooltip title={createRefusal}>
            <Button
              type="primary"
              disabled={createRefusal !== null}
              onClick={() => setCreating(true)}
            >
              {S.newEvaluation}
            </Button>
          </Tooltip>
        }
        notice={
          createRefusal ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {createRefusal}
            </Typography.Paragraph>
          ) : null
        }
        rows={evaluations}
        columns={columns}
        emptyText={S.listEmpty}
        opener={{
          title: L.actions,
          label: (evaluation) => (evaluation.status === '草稿' ? S.open : S.view)
        }}
        openId={openId}
        onOpen={setOpenId}
      />

      {opened?.status === '草稿' ? (
        <EvaluationEditor
          key={opened.id}
          evaluation={opened}
          gate={gate}
          bands={grading.evaluationBands}
          operator={general.operatorName || NO_OPERATOR}
        />
      ) : opened ? (
        <EvaluationReport key={opened.id} evaluation={opened} gate={gate} onOpen={setOpenId} />
      ) : null}

      {creating ? (
        <NewEvaluationModal
          projectId={project.id}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            setOpenId(id)
          }}
        />
      ) : null}
    </Flex>
  )
}
