/**
 * 能力评估 of a stay: drafts can be continued, archived or finalised; a 定稿 assessment is read
 * only and says who finalised it and when. Expanding a row shows the dimension scores.
 */
import { useState } from 'react'
import {
  App,
  Button,
  Descriptions,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography
} from 'antd'
import { todayInChina } from '@shared/domain/dates'
import { PlusOutlined } from '@ant-design/icons'
import { frozenReason, type Evaluation } from '@shared/domain/evaluations/evaluation'
import type { EvaluationBands } from '@shared/domain/evaluations/grade-bands'
import type { ScorecardDimension } from '@shared/domain/evaluations/scorecard'
import { GradeTag } from '@renderer/components/grade-tag'
import { ArchiveAction } from '@renderer/components/record-panel'
import { useDatabase } from '@renderer/db/database-context'
import { useRepositories } from '@renderer/db/use-repositories'
import { ExportReportButton } from '@renderer/features/reports/export-report'
import { incubationEvaluationReport } from '@renderer/features/reports/report-requests'
import { AssessmentModal } from './assessment-modal'
import { errorText } from '@shared/text/error-text'
import {
  EVALUATION_FIELD_LABELS as L,
  EVALUATION_STATUS_COLORS,
  INCUBATION_STRINGS as S
} from './strings'

export interface AssessmentsSectionProps {
  incubationId: string
  assessments: readonly Evaluation[]
  scorecard: readonly ScorecardDimension[]
  bands: EvaluationBands
  /** Why the stay cannot be assessed now (archived, or not at an assessable stage); null when it can. */
  refusal: string | null
}

export function AssessmentsSection({
  incubationId,
  assessments,
  scorecard,
  bands,
  refusal
}: AssessmentsSectionProps) {
  const { evaluations } = useRepositories()
  const db = useDatabase()
  const { message } = App.useApp()
  const [editing, setEditing] = useState<Evaluation | 'new' | null>(null)
  const live = assessments.filter((assessment) => assessment.archivedAt === null)

  const finalize = (assessment: Evaluation) =>
    evaluations
      .finalize(assessment.id)
      .then(({ record }) =>
        message.success(S.finalizedResult(record.total ?? 0, record.grade ?? ''))
      )
      .catch((error) => message.error(`${S.failed}${errorText(error)}`))

  return (
    <section aria-label={S.assessmentsTitle}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4}>{S.assessmentsTitle}</Typography.Title>
        <Tooltip title={refusal}>
          <Button
            icon={<PlusOutlined />}
            disabled={refusal !== null}
            onClick={() => setEditing('new')}
          >
            {S.newAssessment}
          </Button>
        </Tooltip>
      </Flex>
      <Table<Evaluation>
        aria-label={S.assessmentsTitle}
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...live].reverse()}
        locale={{ emptyText: S.assessmentsEmpty }}
        expandable={{
          expandedRowRender: (assessment) => (
            <Descriptions
              size="small"
              column={3}
              items={[
                ...assessment.dimensions.map((dimension) => ({
                  key: dimension.key,
                  label: `${dimension.name}（${S.weight(dimension.weight)}）`,
                  children: dimension.score ?? '—'
                })),
                {
                  key: 'findings',
                  label: L.findings,
                  span: 3,
                  children: assessment.findings ?? '—'
                }
              ]}
            />
          )
        }}
        columns={[
          { key: 'kind', title: L.kind, dataIndex: 'kind', width: 80 },
          { key: 'evaluatedOn', title: L.evaluatedOn, dataIndex: 'evaluatedOn', width: 110 },
          { key: 'evaluators', title: L.evaluators, dataIndex: 'evaluators' },
          {
            key: 'status',
            title: L.status,
            width: 80,
            render: (_, assessment) => (
              <Tag color={EVALUATION_STATUS_COLORS[assessment.status]}>{assessment.status}</Tag>
            )
          },
          {
            key: 'total',
            title: L.total,
            width: 70,
            align: 'right',
            render: (_, assessment) => assessment.total ?? '—'
          },
          {
            key: 'grade',
            title: L.grade,
            width: 80,
            render: (_, assessment) =>
              assessment.grade ? <GradeTag grade={assessment.grade} /> : '—'
          },
          {
            key: 'passed',
            title: L.passed,
            width: 80,
            render: (_, assessment) =>
              assessment.passed === null ? '—' : assessment.passed ? S.passed : S.notPassed
          },
          {
            key: 'actions',
            title: '',
            width: 320,
            render: (_, assessment) => (
              <Space wrap>
                {frozenReason(assessment) ? (
                  <Typography.Text type="secondary">
                    {S.finalizedBy(
                      assessment.finalizedBy || '—',
                      assessment.finalizedAt ? todayInChina(new Date(assessment.finalizedAt)) : ''
                    )}
                  </Typography.Text>
                ) : refusal ? null : (
                  <>
                    <Button size="small" onClick={() => setEditing(assessment)}>
                      {S.edit}
                    </Button>
                    <Popconfirm
                      title={S.finalizeConfirmTitle}
                      description={S.finalizeConfirmText}
                      okText={S.finalize}
                      cancelText={S.cancel}
                      onConfirm={() => finalize(assessment)}
                    >
                      <Button size="small" type="primary">
                        {S.finalize}
                      </Button>
                    </Popconfirm>
                    <ArchiveAction
                      record={{ ...assessment, name: S.assessmentDraftName(assessment.kind) }}
                      archive={evaluations.archive}
                      restore={evaluations.restore}
                    />
                  </>
                )}
                <ExportReportButton
                  size="small"
                  label={S.exportReport(assessment.kind)}
                  request={incubationEvaluationReport(db, assessment.id)}
                />
              </Space>
            )
          }
        ]}
      />
      {editing ? (
        <AssessmentModal
          incubationId={incubationId}
          assessment={editing === 'new' ? undefined : editing}
          scorecard={scorecard}
          bands={bands}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  )
}
