/**
 * 新建评估: kind, mode, the year a 年度 evaluation covers, date and evaluators. The repository
 * copies the project's 绩效目标表 with the actuals its 服务记录 give, and the new 草稿 opens for
 * scoring.
 */
import { Form, Input, InputNumber, Select } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  EVALUATION_MODES,
  PROJECT_EVALUATION_KINDS,
  type EvaluationMode,
  type ProjectEvaluationKind
} from '@shared/domain/evaluations/project-evaluation'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import { EVALUATION_LABELS as L, EVALUATION_STRINGS as S } from './strings'

const FIELDS = ['kind', 'mode', 'year', 'evaluatedOn', 'evaluators'] as const

interface Values {
  kind?: ProjectEvaluationKind
  mode?: EvaluationMode
  year?: number | null
  evaluatedOn?: string | null
  evaluators?: string
}

export function NewEvaluationModal({
  projectId,
  onClose,
  onCreated
}: {
  projectId: string
  onClose(): void
  onCreated(id: string): void
}) {
  const { projectEvaluations } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(FIELDS, onClose)
  const today = todayInChina()
  const kind = Form.useWatch('kind', form)

  const submit = async () => {
    const values = getValues()
    await saveAndClose(
      S.created,
      () =>
        projectEvaluations.create({
          projectId,
          kind: values.kind as ProjectEvaluationKind,
          mode: values.mode as EvaluationMode,
          year: values.kind === '年度' ? (values.year ?? null) : null,
          evaluatedOn: values.evaluatedOn ?? '',
          evaluators: values.evaluators ?? ''
        }),
      (result) => onCreated(result.record.id)
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.newEvaluation}
      okText={S.newEvaluation}
      cancelText={S.cancel}
      onOk={submit}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: PROJECT_EVALUATION_KINDS[0],
          mode: EVALUATION_MODES[1],
          year: Number(today.slice(0, 4)),
          evaluatedOn: today,
          evaluators: ''
        }}
      >
        <Form.Item name="kind" label={L.kind} required>
          <Select options={PROJECT_EVALUATION_KINDS.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="mode" label={L.mode} required>
          <Select options={EVALUATION_MODES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        {kind === '年度' ? (
          <Form.Item name="year" label={L.yearOfEvaluation} required>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item name="evaluatedOn" label={L.evaluationDate} required>
          <IsoDateInput notAfter={today} />
        </Form.Item>
        <Form.Item name="evaluators" label={L.evaluators}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
