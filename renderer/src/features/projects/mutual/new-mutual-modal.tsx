/**
 * 新建双向评估: the period and the obligations both sides will score, starting from the default
 * template. The template's own rules (each side's maxima adding up to 100, no name twice) are
 * checked as the rows are edited, so the totals read right before 保存.
 */
import { App, Flex, Form, Input, InputNumber, Select, Typography } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  DEFAULT_MUTUAL_TEMPLATE,
  MUTUAL_SIDE_LABELS,
  MUTUAL_SIDE_TOTAL,
  MUTUAL_SIDES,
  mutualTemplateIssues,
  type MutualObligation,
  type MutualSide
} from '@shared/domain/evaluations/mutual-evaluation'
import type { Project } from '@shared/domain/projects/project'
import type { FieldName } from '@renderer/components/form-issues'
import { FormModal, useFormSave } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { ListField } from '@renderer/components/list-field'
import { useRepositories } from '@renderer/db/use-repositories'
import { MUTUAL_LABELS as L, MUTUAL_STRINGS as S } from './strings'

interface Values {
  periodLabel?: string
  periodStart?: string | null
  periodEnd?: string | null
  obligations?: (Partial<MutualObligation> | undefined)[]
}

const ROW_ITEM = { marginBottom: 8 }
const PERIOD_FIELDS = ['periodLabel', 'periodStart', 'periodEnd']

function fieldFor(path: string): FieldName | null {
  if (PERIOD_FIELDS.includes(path)) return path
  const row = /^obligations\.(\d+)\.(key|side|name|description|maxScore)$/.exec(path)
  // A duplicate key is the row's; its name is what the user knows it by.
  if (row) return ['obligations', Number(row[1]), row[2] === 'key' ? 'name' : row[2]!]
  return null
}

/** The rows as typed, complete enough for the template's rules. */
function obligationsOf(rows: Values['obligations']): MutualObligation[] {
  return (rows ?? []).map((row) => ({
    key: row?.key ?? '',
    side: row?.side ?? 'purchaser',
    name: row?.name?.trim() ?? '',
    description: row?.description?.trim() ?? '',
    maxScore: row?.maxScore ?? 0
  }))
}

export function NewMutualModal({
  project,
  onClose,
  onCreated
}: {
  project: Project
  onClose(): void
  onCreated(id: string): void
}) {
  const { mutualEvaluations } = useRepositories()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const { errors, saving, save } = useFormSave(form, fieldFor)
  const rows = obligationsOf(Form.useWatch('obligations', form))
  const issues = mutualTemplateIssues(rows)
  const today = todayInChina()

  const submit = async () => {
    const values = form.getFieldsValue(true) as Values
    const result = await save(() =>
      mutualEvaluations.create({
        projectId: project.id,
        periodLabel: values.periodLabel ?? '',
        periodStart: values.periodStart ?? '',
        periodEnd: values.periodEnd ?? '',
        obligations: obligationsOf(values.obligations)
      })
    )
    if (result) {
      message.success(S.created)
      onCreated(result.record.id)
    }
  }

  return (
    <FormModal
      title={S.newEvaluation}
      okText={S.save}
      cancelText={S.cancel}
      saving={saving}
      errors={errors}
      onOk={submit}
      onClose={onClose}
      width={960}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          periodLabel: `${(project.startOn ?? today).slice(0, 4)}年度`,
          periodStart: project.startOn ?? null,
          periodEnd: project.endOn ?? null,
          obligations: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({ ...obligation }))
        }}
      >
        <Flex gap="middle">
          <Form.Item name="periodLabel" label={L.periodLabel} required style={{ flex: 1 }}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="periodStart" label={L.periodStart} required style={{ flex: 1 }}>
            <IsoDateInput />
          </Form.Item>
          <Form.Item name="periodEnd" label={L.periodEnd} required style={{ flex: 1 }}>
            <IsoDateInput />
          </Form.Item>
        </Flex>
        <ListField
          name="obligations"
          label={S.obligationsLabel}
          extra={S.obligationsHint}
          rowLabel={S.obligationRow}
          addLabel={S.addObligation}
          removeLabel={S.removeObligation}
          onAdd={(add) =>
            add({
              key: `custom-${crypto.randomUUID().slice(0, 8)}`,
              side: 'purchaser',
              name: '',
              description: '',
              maxScore: null
            })
          }
          renderRow={(row) => (
            <>
              <Form.Item name={[row, 'side']} style={{ ...ROW_ITEM, width: 110 }}>
                <Select<MutualSide>
                  aria-label={L.side}
                  options={MUTUAL_SIDES.map((side) => ({
                    value: side,
                    label: MUTUAL_SIDE_LABELS[side]
                  }))}
                />
              </Form.Item>
              <Form.Item name={[row, 'name']} style={{ ...ROW_ITEM, width: 190 }}>
                <Input aria-label={L.name} placeholder={L.name} maxLength={30} />
              </Form.Item>
              <Form.Item name={[row, 'description']} style={{ ...ROW_ITEM, flex: 1 }}>
                <Input aria-label={L.description} placeholder={L.description} maxLength={200} />
              </Form.Item>
              <Form.Item name={[row, 'maxScore']} style={{ ...ROW_ITEM, width: 110 }}>
                <InputNumber
                  aria-label={L.maxScore}
                  placeholder={L.maxScore}
                  min={1}
                  max={MUTUAL_SIDE_TOTAL}
                  precision={0}
                  suffix="分"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </>
          )}
          belowRow={(row) =>
            issues
              .filter((issue) => issue.field.startsWith(`${row}.`))
              .map((issue) => (
                <Typography.Text key={issue.message} type="danger">
                  {issue.message}
                </Typography.Text>
              ))
          }
          footer={
            <Flex vertical>
              <Typography.Text type="secondary">
                {MUTUAL_SIDES.map((side) =>
                  S.sideTotal(
                    MUTUAL_SIDE_LABELS[side],
                    rows
                      .filter((row) => row.side === side)
                      .reduce((sum, row) => sum + row.maxScore, 0)
                  )
                ).join('；')}
              </Typography.Text>
              {issues
                .filter((issue) => issue.field === '')
                .map((issue) => (
                  <Typography.Text key={issue.message} type="danger">
                    {issue.message}
                  </Typography.Text>
                ))}
            </Flex>
          }
        />
      </Form>
    </FormModal>
  )
}
