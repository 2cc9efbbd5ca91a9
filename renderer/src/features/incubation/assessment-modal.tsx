/**
 * A 草稿 assessment, new or being continued: kind, date, evaluators, a score per dimension of
 * the scorecard (with its weight), findings. The weighted total and grade are previewed with
 * the office's bands as scores are typed; they are fixed only at 定稿.
 */
import { Col, Descriptions, Form, Input, InputNumber, Row, Select } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  EVALUATION_KINDS_BY_SUBJECT,
  type Evaluation,
  type EvaluationKind
} from '@shared/domain/evaluations/evaluation'
import {
  evaluationGrade,
  isPassingGrade,
  type EvaluationBands
} from '@shared/domain/evaluations/grade-bands'
import {
  blankScores,
  weightedTotal,
  type ScorecardDimension,
  type ScoredDimension
} from '@shared/domain/evaluations/scorecard'
import { useRepositories } from '@renderer/db/use-repositories'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { GradeTag } from '@renderer/components/grade-tag'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { EVALUATION_FIELD_LABELS as L, INCUBATION_STRINGS as S } from './strings'

// Issues about single dimensions have no field of their own here; they go above the form.
const FIELDS = ['kind', 'evaluatedOn', 'evaluators', 'findings'] as const

interface AssessmentValues {
  kind?: EvaluationKind
  evaluatedOn?: string | null
  evaluators?: string
  /** Score per dimension key. */
  scores?: Record<string, number | null | undefined>
  findings?: string | null
}

function scored(
  dimensions: readonly ScorecardDimension[],
  scores: AssessmentValues['scores']
): ScoredDimension[] {
  return dimensions.map((dimension) => ({
    ...dimension,
    score: scores?.[dimension.key] ?? null
  }))
}

export interface AssessmentModalProps {
  incubationId: string
  /** The draft being continued; a new one when absent. */
  assessment?: Evaluation
  scorecard: readonly ScorecardDimension[]
  bands: EvaluationBands
  onClose(): void
}

export function AssessmentModal({
  incubationId,
  assessment,
  scorecard,
  bands,
  onClose
}: AssessmentModalProps) {
  const { evaluations } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<AssessmentValues>(FIELDS, onClose)
  const today = todayInChina()
  // A draft keeps the scorecard it was started with, whatever 设置 says now.
  const dimensions = assessment?.dimensions ?? blankScores(scorecard)
  const scores = Form.useWatch('scores', form)
  const total = weightedTotal(scored(dimensions, scores))
  const grade = total === null ? null : evaluationGrade(total, bands)

  const submit = async () => {
    const values = getValues()
    const draft = {
      kind: values.kind as EvaluationKind,
      evaluatedOn: values.evaluatedOn ?? '',
      evaluators: values.evaluators ?? '',
      dimensions: scored(dimensions, values.scores),
      findings: values.findings ?? null
    }
    await saveAndClose(S.saved, () =>
      assessment
        ? evaluations.update(assessment.id, draft)
        : evaluations.create({ subjectType: 'incubation', subjectId: incubationId, ...draft })
    )
  }

  return (
    <FormModal
      {...frame}
      title={assessment ? S.editAssessment : S.newAssessment}
      okText={S.save}
      cancelText={S.cancel}
      onOk={submit}
      width={640}
    >
      <Form<AssessmentValues>
        form={form}
        layout="vertical"
        initialValues={{
          kind: assessment?.kind ?? EVALUATION_KINDS_BY_SUBJECT.incubation[0],
          evaluatedOn: assessment?.evaluatedOn ?? today,
          evaluators: assessment?.evaluators ?? '',
          scores: Object.fromEntries(dimensions.map((d) => [d.key, d.score])),
          findings: assessment?.findings ?? null
        }}
      >
        <Form.Item name="kind" label={L.kind} required>
          <Select
            options={EVALUATION_KINDS_BY_SUBJECT.incubation.map((value) => ({
              value,
              label: value
            }))}
          />
        </Form.Item>
        <Form.Item name="evaluatedOn" label={L.evaluatedOn} required>
          <IsoDateInput notAfter={today} />
        </Form.Item>
        <Form.Item name="evaluators" label={L.evaluators}>
          <Input maxLength={100} />
        </Form.Item>
        <Row gutter={16}>
          {dimensions.map((dimension) => (
            <Col key={dimension.key} span={12}>
              <Form.Item
                name={['scores', dimension.key]}
                label={`${dimension.name}（${S.weight(dimension.weight)}）`}
              >
                <InputNumber min={0} max={100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'total',
              label: S.scorePreview,
              children:
                total === null || grade === null ? (
                  S.scorePreviewPending
                ) : (
                  <span aria-label={S.scorePreview}>
                    {S.points(total)} <GradeTag grade={grade} />
                    {isPassingGrade(grade) ? S.passed : S.notPassed}
                  </span>
                )
            }
          ]}
        />
        <Form.Item name="findings" label={L.findings}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
