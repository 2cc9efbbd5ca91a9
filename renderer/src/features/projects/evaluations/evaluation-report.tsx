/**
 * A 定稿 evaluation, read only: its result as fixed at 定稿, the scores with their basis, the
 * survey, findings and recommendations, and the tranche it is the basis of. The version not yet
 * corrected offers 更正, which starts a new 草稿 version with a reason.
 */
import { useState } from 'react'
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Typography } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  MIN_CORRECTION_REASON,
  satisfactionRate,
  startCorrection,
  type ProjectEvaluation
} from '@shared/domain/evaluations/project-evaluation'
import { placeIssues } from '@renderer/components/form-issues'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { GradeTag } from '@renderer/components/grade-tag'
import { useDatabase } from '@renderer/db/database-context'
import { useRepositories } from '@renderer/db/use-repositories'
import { ExportReportButton } from '@renderer/features/reports/export-report'
import { projectEvaluationReport } from '@renderer/features/reports/report-requests'
import { finalGateNote, type GateInput } from './evaluation-gate'
import { IndicatorScoreTable } from './indicator-score-table'
import { EVALUATION_LABELS as L, EVALUATION_STRINGS as S } from './strings'

export interface EvaluationReportProps {
  evaluation: ProjectEvaluation
  gate: Omit<GateInput, 'evaluation'>
  /** Shows the version a correction made. */
  onOpen(id: string): void
}

export function EvaluationReport({ evaluation, gate, onOpen }: EvaluationReportProps) {
  const [correcting, setCorrecting] = useState(false)
  const db = useDatabase()
  const note = finalGateNote({ ...gate, evaluation })
  const rate = satisfactionRate(evaluation.survey)
  const correction = gate.evaluations.find((other) => other.id === evaluation.supersededById)
  const finalizedOn = evaluation.finalizedAt ? todayInChina(new Date(evaluation.finalizedAt)) : ''

  return (
    <Card
      title={S.finalTitle(evaluation.kind, evaluation.version)}
      extra={
        <Flex gap="small">
          <ExportReportButton
            label={S.exportReport}
            request={projectEvaluationReport(db, evaluation.id)}
          />
          {evaluation.supersededById === null ? (
            <Button onClick={() => setCorrecting(true)}>{S.correct}</Button>
          ) : null}
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        {evaluation.supersededById !== null ? (
          <Alert
            type="warning"
            showIcon
            title={S.supersededBy(correction?.version ?? null)}
            action={
              correction ? (
                <Button size="small" onClick={() => onOpen(correction.id)}>
                  {S.view}
                </Button>
              ) : null
            }
          />
        ) : null}
        {note ? <Alert type="info" showIcon title={S.gateTitle} description={note} /> : null}
        <Descriptions
          bordered
          size="small"
          column={2}
          items={[
            { key: 'kind', label: L.kind, children: evaluation.kind },
            { key: 'mode', label: L.mode, children: evaluation.mode },
            ...(evaluation.year === null
              ? []
              : [
                  { key: 'year', label: L.yearOfEvaluation, children: S.yearValue(evaluation.year) }
                ]),
            { key: 'evaluatedOn', label: L.evaluationDate, children: evaluation.evaluatedOn },
            { key: 'evaluators', label: L.evaluators, children: evaluation.evaluators },
            {
              key: 'total',
              label: L.total,
              children: (
                <span>
                  {evaluation.total === null ? S.none : S.points(evaluation.total)}{' '}
                  {evaluation.grade ? <GradeTag grade={evaluation.grade} /> : null}
                  {evaluation.passed === null ? null : evaluation.passed ? S.passed : S.notPassed}
                </span>
              )
            },
            {
              key: 'finalized',
              label: S.finalize,
              children: S.finalizedBy(evaluation.finalizedBy ?? S.none, finalizedOn)
            },
            ...(evaluation.correctionReason
              ? [
                  {
                    key: 'correction',
                    label: S.correctionReason,
                    span: 2,
                    children: evaluation.correctionReason
                  }
                ]
              : [])
          ]}
        />
        <IndicatorScoreTable indicators={evaluation.indicators} scores={evaluation.scores} />
        <Descriptions
          bordered
          size="small"
          column={3}
          title={S.surveyTitle}
          items={[
            { key: 'surveyed', label: S.surveyed, children: evaluation.survey?.surveyed ?? S.none },
            {
              key: 'satisfied',
              label: S.satisfied,
              children: evaluation.survey?.satisfied ?? S.none
            },
            { key: 'rate', label: S.rate, children: rate === null ? S.none : S.rateValue(rate) }
          ]}
        />
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            {
              key: 'findings',
              label: L.findings,
              children: (
                <div style={{ whiteSpace: 'pre-wrap' }}>{evaluation.findings ?? S.none}</div>
              )
            },
            {
              key: 'recommendations',
              label: L.recommendations,
              children: (
                <div style={{ whiteSpace: 'pre-wrap' }}>{evaluation.recommendations ?? S.none}</div>
              )
            }
          ]}
        />
      </Flex>
      {correcting ? (
        <CorrectionModal
          evaluation={evaluation}
          onClose={() => setCorrecting(false)}
          onStarted={(id) => {
            setCorrecting(false)
            onOpen(id)
          }}
        />
      ) : null}
    </Card>
  )
}

interface CorrectionValues {
  correctionReason?: string
}

const CORRECTION_FIELDS = ['correctionReason'] as const

function CorrectionModal({
  evaluation,
  onClose,
  onStarted
}: {
  evaluation: ProjectEvaluation
  onClose(): void
  onStarted(id: string): void
}) {
  const { projectEvaluations } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<CorrectionValues>(
    CORRECTION_FIELDS,
    onClose
  )

  const submit = async () => {
    const reason = getValues().correctionReason ?? ''
    // A reason too short is said at the field before anything is written.
    const check = startCorrection(evaluation, reason)
    if (!check.ok) {
      const general = placeIssues(form, check.issues, (path) =>
        path === 'correctionReason' ? path : null
      )
      if (general.length > 0) form.setFields([{ name: 'correctionReason', errors: general }])
      return
    }
    await saveAndClose(
      S.correctionStarted(evaluation.version + 1),
      () => projectEvaluations.startCorrection(evaluation.id, reason),
      (result) => onStarted(result.record.id)
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.correctTitle(evaluation.kind, evaluation.version)}
      okText={S.correct}
      cancelText={S.cancel}
      onOk={submit}
    >
      <Typography.Paragraph type="secondary">{S.correctHint}</Typography.Paragraph>
      <Form<CorrectionValues> form={form} layout="vertical">
        <Form.Item
          name="correctionReason"
          label={S.correctionReason}
          required
          extra={S.correctionMin(MIN_CORRECTION_REASON)}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
