/**
 * The score sheet of a 草稿 evaluation: date and evaluators, a score and its basis per leaf of
 * the copied 绩效目标表 with subtotals, the satisfaction survey and the score it suggests, the
 * total and the grade it would get under the office's bands as scores are typed, findings and
 * recommendations. 保存 keeps the draft; 定稿 saves, says what stops it at the fields, and asks
 * once more, naming the tranche it decides, because a 定稿 evaluation is never edited again.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Space,
  Typography
} from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  evaluationGrade,
  isPassingGrade,
  type EvaluationBands
} from '@shared/domain/evaluations/grade-bands'
import {
  evaluationTotal,
  finalizeProjectEvaluation,
  satisfactionRate,
  satisfactionSuggestions,
  type IndicatorScore,
  type ProjectEvaluation,
  type SatisfactionSurvey
} from '@shared/domain/evaluations/project-evaluation'
import type { FieldName } from '@renderer/components/form-issues'
import { FormErrors, useFormSave } from '@renderer/components/form-save'
import { GradeTag } from '@renderer/components/grade-tag'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useDatabase } from '@renderer/db/database-context'
import { useRepositories } from '@renderer/db/use-repositories'
import { ExportReportButton } from '@renderer/features/reports/export-report'
import { projectEvaluationReport } from '@renderer/features/reports/report-requests'
import { draftGateEffect, type GateInput } from './evaluation-gate'
import { IndicatorScoreTable } from './indicator-score-table'
import { EVALUATION_LABELS as L, EVALUATION_STRINGS as S } from './strings'

interface EditorValues {
  evaluatedOn?: string | null
  evaluators?: string
  /** In the order of the evaluation's score rows. */
  scores?: { key: string; score?: number | null; evidence?: string | null }[]
  survey?: { surveyed?: number | null; satisfied?: number | null }
  findings?: string | null
  recommendations?: string | null
}

const TEXT_FIELDS = ['evaluatedOn', 'evaluators', 'findings', 'recommendations']

/** Where an issue's path is shown: `scores.2.evidence` at that row's input, the rest above. */
function fieldFor(path: string): FieldName | null {
  if (TEXT_FIELDS.includes(path)) return path
  const survey = /^survey\.(surveyed|satisfied)$/.exec(path)
  if (survey) return ['survey', survey[1]!]
  const score = /^scores\.(\d+)\.(score|evidence)$/.exec(path)
  if (score) return ['scores', Number(score[1]), score[2]!]
  return null
}

function scoresOf(evaluation: ProjectEvaluation, values: EditorValues): IndicatorScore[] {
  return evaluation.scores.map((row, index) => {
    const typed = values.scores?.[index]
    return {
      key: row.key,
      score: typed?.score ?? null,
      evidence: typed?.evidence?.trim() ? typed.evidence : null
    }
  })
}

/** The survey as typed: none when both counts are empty. */
function surveyOf(values: EditorValues): Partial<SatisfactionSurvey> | null {
  const surveyed = values.survey?.surveyed ?? undefined
  const satisfied = values.survey?.satisfied ?? undefined
  return surveyed === undefined && satisfied === undefined ? null : { surveyed, satisfied }
}

export interface EvaluationEditorProps {
  evaluation: ProjectEvaluation
  gate: Omit<GateInput, 'evaluation'>
  bands: EvaluationBands
  operator: string
}

export function EvaluationEditor({ evaluation, gate, bands, operator }: EvaluationEditorProps) {
  const db = useDatabase()
  const { projectEvaluations } = useRepositories()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<EditorValues>()
  const { errors, saving, save: run, show } = useFormSave(form, fieldFor)
  const today = todayInChina()
  const watched = Form.useWatch([], form) as EditorValues | undefined
  const values: EditorValues = watched ?? {
    scores: evaluation.scores,
    survey: evaluation.survey ?? undefined
  }
  const scores = scoresOf(evaluation, values)
  const survey = surveyOf(values)
  const fullSurvey =
    survey?.surveyed !== undefined && survey.satisfied !== undefined
      ? { surveyed: survey.surveyed, satisfied: survey.satisfied }
      : null
  const total = evaluationTotal(evaluation.indicators, scores)
  const grade = total === null ? null : evaluationGrade(total, bands)
  const unscored = scores.filter((row) => row.score === null).length
  const scoreIndex = new Map(evaluation.scores.map((row, index) => [row.key, index]))
  const suggestions = satisfactionSuggestions(evaluation.indicators, fullSurvey)
  const rate = satisfactionRate(fullSurvey)
  const effect = draftGateEffect({ ...gate, evaluation }, total, bands)
  const corrected = gate.evaluations.find((other) => other.id === evaluation.supersedesId)

  /** The patch the repository takes, or null when the survey is half filled (said at the field). */
  const patchFromForm = () => {
    const typed = form.getFieldsValue(true) as EditorValues
    const typedSurvey = surveyOf(typed)
    if (
      typedSurvey &&
      (typedSurvey.surveyed === undefined || typedSurvey.satisfied === undefined)
    ) {
      const missing = typedSurvey.surveyed === undefined ? 'surveyed' : 'satisfied'
      form.setFields([
        {
          name: ['survey', missing],
          errors: [S.surveyMissing(missing === 'surveyed' ? S.surveyed : S.satisfied)]
        }
      ])
      return null
    }
    return {
      evaluatedOn: typed.evaluatedOn ?? '',
      evaluators: typed.evaluators ?? '',
      scores: scoresOf(evaluation, typed),
      survey: typedSurvey as SatisfactionSurvey | null,
      findings: typed.findings ?? null,
      recommendations: typed.recommendations ?? null
    }
  }

  const save = async () => {
    const patch = patchFromForm()
    if (!patch) return
    if (await run(() => projectEvaluations.update(evaluation.id, patch))) message.success(S.saved)
  }

  const finalize = async () => {
    const patch = patchFromForm()
    if (!patch) return
    const saved = await run(() => projectEvaluations.update(evaluation.id, patch))
    if (!saved) return
    // What stops 定稿 is shown at the indicators before the question is asked.
    const check = finalizeProjectEvaluation(saved.record, bands, new Date().toISOString(), operator)
    if (!check.ok) {
      show(check.issues)
      return
    }
    const { total: finalTotal, grade: finalGrade } = check.value
    const confirmed = await modal.confirm({
      title: S.finalizeTitle,
      content: (
        <Flex vertical gap="small">
          <span>{S.finalizeText(finalTotal!, finalGrade!)}</span>
          <span>{effect.summary}</span>
          {effect.outcome ? <span>{effect.outcome}</span> : null}
          {check.warnings.map((warning) => (
            <Typography.Text key={warning.message} type="warning">
              {warning.message}
            </Typography.Text>
          ))}
        </Flex>
      ),
      okText: S.finalize,
      cancelText: S.cancel
    })
    if (!confirmed) return
    if (await run(() => projectEvaluations.finalize(evaluation.id))) message.success(S.finalized)
  }

  return (
    <Card
      title={S.draftTitle(evaluation.kind, evaluation.version)}
      extra={
        <ExportReportButton
          label={S.exportDraftReport}
          request={projectEvaluationReport(db, evaluation.id)}
        />
      }
    >
      <Flex vertical gap="middle">
        {evaluation.correctionReason ? (
          <Alert
            type="info"
            showIcon
            title={S.correctionOf(
              corrected?.version ?? evaluation.version - 1,
              evaluation.correctionReason
            )}
          />
        ) : null}
        <Alert
          type={effect.holdsBack ? 'warning' : 'info'}
          showIcon
          title={S.gateTitle}
          description={
            <Flex vertical>
              <span>{effect.summary}</span>
              {effect.outcome ? <span>{effect.outcome}</span> : null}
            </Flex>
          }
        />
        <FormErrors messages={errors} />
        <Form<EditorValues>
          form={form}
          layout="vertical"
          initialValues={{
            evaluatedOn: evaluation.evaluatedOn,
            evaluators: evaluation.evaluators,
            scores: evaluation.scores,
            survey: evaluation.survey ?? undefined,
            findings: evaluation.findings,
            recommendations: evaluation.recommendations
          }}
        >
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="evaluatedOn" label={L.evaluationDate} required>
                <IsoDateInput notAfter={today} />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="evaluators" label={L.evaluators}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>

          <IndicatorScoreTable
            indicators={evaluation.indicators}
            scores={scores}
            editable={scoreIndex}
          />

          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {S.surveyTitle}
          </Typography.Title>
          <Row gutter={16} align="bottom">
            <Col span={6}>
              <Form.Item name={['survey', 'surveyed']} label={S.surveyed}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['survey', 'satisfied']} label={S.satisfied}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={S.rate}>
                <span aria-label={S.rate}>{rate === null ? S.none : S.rateValue(rate)}</span>
              </Form.Item>
            </Col>
          </Row>
          {suggestions.map((suggestion) => (
            <Flex key={suggestion.key} gap="small" align="center" style={{ marginBottom: 8 }}>
              <span>{S.suggestion(suggestion.name, suggestion.weight, suggestion.score)}</span>
              <Button
                size="small"
                onClick={() => {
                  const index = scoreIndex.get(suggestion.key)
                  if (index === undefined) return
                  form.setFieldValue(['scores', index, 'score'], suggestion.score)
                  message.info(S.adopted(suggestion.name))
                }}
              >
                {S.adopt}
              </Button>
            </Flex>
          ))}

          <Typography.Title level={4} style={{ marginTop: 16 }}>
            {S.total}：
            <span aria-label={S.total}>
              {total === null || grade === null ? (
                S.totalPending(unscored)
              ) : (
                <>
                  {S.points(total)} <GradeTag grade={grade} />
                  <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                    {S.gradeNote(isPassingGrade(grade))}
                  </Typography.Text>
                </>
              )}
            </span>
          </Typography.Title>

          <Form.Item name="findings" label={L.findings}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="recommendations" label={L.recommendations}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Space size="large">
            <Button loading={saving} onClick={() => void save()}>
              {S.save}
            </Button>
            <Button type="primary" loading={saving} onClick={() => void finalize()}>
              {S.finalize}
            </Button>
          </Space>
        </Form>
      </Flex>
    </Card>
  )
}
