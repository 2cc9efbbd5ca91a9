/**
 * 双向评估 of one project: one evaluation per contract period, 新建双向评估, and the one opened
 * below the list — both sheets side by side, the comparison with its gaps, and 定稿 once both
 * sheets are submitted, after which everything is read only.
 */
import { useMemo, useState } from 'react'
import { Alert, App, Button, Col, Flex, Row, Spin, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useLiveQuery } from '@renderer/db/live-query'
import { todayInChina } from '@shared/domain/dates'
import {
  finalizeMutualEvaluation,
  MUTUAL_SIDES,
  type MutualEvaluation
} from '@shared/domain/evaluations/mutual-evaluation'
import { projectWorkRefusal, type Project } from '@shared/domain/projects/project'
import { errorText } from '@shared/text/error-text'
import { OpeningList } from '@renderer/components/opening-list'
import { NO_OPERATOR } from '@renderer/db/repositories/audit-log'
import { useDatabase } from '@renderer/db/database-context'
import { useRepositories } from '@renderer/db/use-repositories'
import { ExportReportButton } from '@renderer/features/reports/export-report'
import { mutualEvaluationReport } from '@renderer/features/reports/report-requests'
import { useGeneralSettings } from '@renderer/db/use-settings'
import { MutualComparisonTable } from './mutual-comparison-table'
import { MutualSheetCard } from './mutual-sheet-card'
import { NewMutualModal } from './new-mutual-modal'
import { MUTUAL_LABELS as L, MUTUAL_STATUS_COLORS, MUTUAL_STRINGS as S } from './strings'

export function MutualEvaluationsTab({ project }: { project: Project }) {
  const { mutualEvaluations } = useRepositories()
  const stored = useLiveQuery(
    () => mutualEvaluations.listForProject(project.id),
    [mutualEvaluations, project.id]
  )
  const general = useGeneralSettings()
  const [openId, setOpenId] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)

  const evaluations = useMemo(
    () =>
      stored
        ?.filter((evaluation) => evaluation.archivedAt === null)
        .sort((a, b) => b.periodStart.localeCompare(a.periodStart)),
    [stored]
  )
  if (!evaluations || !general) return <Spin />
  const opened = evaluations.find((evaluation) => evaluation.id === openId)

  const sheetState = (evaluation: MutualEvaluation, index: 0 | 1) =>
    evaluation.sheets[index].submittedAt === null ? (
      <Tag>{S.sheetPending}</Tag>
    ) : (
      <Tag color="green">{S.sheetSubmitted}</Tag>
    )

  const columns: ColumnsType<MutualEvaluation> = [
    { key: 'periodLabel', title: L.periodLabel, dataIndex: 'periodLabel' },
    {
      key: 'dates',
      title: L.dates,
      width: 220,
      render: (_, evaluation) => S.period(evaluation.periodStart, evaluation.periodEnd)
    },
    {
      key: 'status',
      title: L.status,
      width: 80,
      render: (_, evaluation) => (
        <Tag color={MUTUAL_STATUS_COLORS[evaluation.status]}>{evaluation.status}</Tag>
      )
    },
    {
      key: 'purchaser',
      title: L.purchaserSheet,
      width: 120,
      render: (_, evaluation) => sheetState(evaluation, 0)
    },
    {
      key: 'provider',
      title: L.providerSheet,
      width: 120,
      render: (_, evaluation) => sheetState(evaluation, 1)
    }
  ]
  const createRefusal = projectWorkRefusal(project, 'mutualEvaluate')

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
        rows={evaluations}
        columns={columns}
        emptyText={S.listEmpty}
        opener={{ title: L.actions, label: () => S.open }}
        openId={openId}
        onOpen={setOpenId}
      />

      {opened ? (
        <MutualEvaluationView
          key={opened.id}
          evaluation={opened}
          operator={general.operatorName || NO_OPERATOR}
        />
      ) : null}

      {creating ? (
        <NewMutualModal
          project={project}
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

function MutualEvaluationView({
  evaluation,
  operator
}: {
  evaluation: MutualEvaluation
  operator: string
}) {
  const { mutualEvaluations } = useRepositories()
  const { message, modal } = App.useApp()
  const final = evaluation.status === '定稿'
  const db = useDatabase()
  const check = finalizeMutualEvaluation(evaluation, new Date().toISOString(), operator)
  const refusal = check.ok
    ? null
    : check.issues
        .filter((issue) => issue.level === 'error')
        .map((issue) => issue.message)
        .join('；')

  const finalize = async () => {
    const confirmed = await modal.confirm({
      title: S.finalizeTitle,
      content: (
        <Flex vertical gap="small">
          <span>{S.finalizeText}</span>
          {check.ok
            ? check.warnings.map((warning) => (
                <Typography.Text key={warning.message} type="warning">
                  {warning.message}
                </Typography.Text>
              ))
            : null}
        </Flex>
      ),
      okText: S.finalize,
      cancelText: S.cancel
    })
    if (!confirmed) return
    try {
      await mutualEvaluations.finalize(evaluation.id)
      message.success(S.finalized)
    } catch (error) {
      message.error(`${S.actionFailed}${errorText(error)}`)
    }
  }

  return (
    <Flex vertical gap="middle" role="region" aria-label={evaluation.periodLabel}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {evaluation.periodLabel}
          <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 12 }}>
            {S.period(evaluation.periodStart, evaluation.periodEnd)}
          </Typography.Text>
        </Typography.Title>
        <Flex gap="small">
          <ExportReportButton
            label={S.exportReport}
            request={mutualEvaluationReport(db, evaluation.id)}
          />
          {final ? null : (
            <Tooltip title={refusal}>
              <Button type="primary" disabled={refusal !== null} onClick={() => void finalize()}>
                {S.finalize}
              </Button>
            </Tooltip>
          )}
        </Flex>
      </Flex>
      {final ? (
        <Alert
          type="info"
          showIcon
          title={S.finalizedBy(
            evaluation.finalizedBy ?? S.none,
            evaluation.finalizedAt ? todayInChina(new Date(evaluation.finalizedAt)) : ''
          )}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        {MUTUAL_SIDES.map((side) => (
          <Col key={side} xs={24} lg={12}>
            <MutualSheetCard evaluation={evaluation} side={side} />
          </Col>
        ))}
      </Row>
      <section aria-label={S.comparisonTitle}>
        <Typography.Title level={5}>{S.comparisonTitle}</Typography.Title>
        <MutualComparisonTable evaluation={evaluation} />
      </section>
    </Flex>
  )
}
