/**
 * The list editors of the round form: tracks, budget category caps, review criteria and the
 * tranche plan. Each row's inputs are named by the draft's own paths, so a refusal about
 * `criteria.2.weight` shows at that input and one about `criteria` under the list.
 */
import type { ReactNode } from 'react'
import { Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd'
import type { FormInstance } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { BUDGET_CATEGORIES } from '@shared/domain/venture/budget'
import { TRANCHE_GATE_LABELS, TRANCHE_GATES } from '@shared/domain/venture/round'
import { REVIEW_WEIGHT_TOTAL } from '@shared/domain/venture/scoring'
import { newKey, percentTotal, weightTotal, type RoundFormValues } from './round-form-values'
import { ROUND_STRINGS as S } from './strings'

const ROW_ITEM = { marginBottom: 8 }

interface ListFrameProps {
  name: string | string[]
  label?: string
  extra?: string
  rows: (index: number) => ReactNode
  addLabel: string
  onAdd(add: (row: unknown) => void): void
  removeLabel: string
  /** Under the rows: a running total or an empty-state line. */
  footer?: ReactNode
}

/**
 * Rows with a delete button each, an add button, and the list's own errors (a weight total that
 * is not 100, two tracks of one name) as the help of a form item around it, so they read as
 * errors under the list.
 */
function ListFrame({
  name,
  label,
  extra,
  rows,
  addLabel,
  onAdd,
  removeLabel,
  footer
}: ListFrameProps) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <Form.Item
          label={label}
          extra={extra}
          validateStatus={errors.length > 0 ? 'error' : undefined}
          help={errors.length > 0 ? errors : undefined}
        >
          <Flex vertical gap={4}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap="small" align="flex-start" role="group">
                {rows(field.name)}
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`${removeLabel} ${index + 1}`}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            {footer}
            <div>
              <Button icon={<PlusOutlined />} onClick={() => onAdd(add)}>
                {addLabel}
              </Button>
            </div>
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  )
}

export function TracksField({ form }: { form: FormInstance }) {
  return (
    <ListFrame
      name="tracks"
      addLabel={S.addTrack}
      removeLabel={S.removeTrack}
      onAdd={(add) => {
        const tracks: RoundFormValues['tracks'] = form.getFieldValue('tracks') ?? []
        add({
          key: newKey(
            'track',
            tracks.map((track) => track.key)
          ),
          name: '',
          budgetFen: ''
        })
      }}
      rows={(row) => (
        <>
          <Form.Item name={[row, 'name']} style={{ ...ROW_ITEM, flex: '1 1 200px' }}>
            <Input
              aria-label={`${S.trackName} ${row + 1}`}
              placeholder={S.trackName}
              maxLength={20}
            />
          </Form.Item>
          <Form.Item name={[row, 'budgetFen']} style={{ ...ROW_ITEM, flex: '1 1 200px' }}>
            <Input
              aria-label={`${S.trackBudget} ${row + 1}`}
              placeholder={S.trackBudgetPlaceholder}
              inputMode="decimal"
            />
          </Form.Item>
        </>
      )}
    />
  )
}

export function CategoryCapsField({ form }: { form: FormInstance }) {
  const caps: RoundFormValues['budgetRules']['categoryCaps'] | undefined = Form.useWatch(
    ['budgetRules', 'categoryCaps'],
    form
  )
  return (
    <ListFrame
      name={['budgetRules', 'categoryCaps']}
      label={S.categoryCapsLabel}
      addLabel={S.addCategoryCap}
      removeLabel={S.removeCategoryCap}
      onAdd={(add) => {
        const used = (caps ?? []).map((cap) => cap?.category)
        add({
          category: BUDGET_CATEGORIES.find((category) => !used.includes(category)) ?? null,
          maxSharePercent: null
        })
      }}
      footer={
        caps && caps.length > 0 ? null : (
          <Typography.Text type="secondary">{S.categoryCapsEmpty}</Typography.Text>
        )
      }
      rows={(row) => (
        <>
          <Form.Item name={[row, 'category']} style={{ ...ROW_ITEM, width: 160 }}>
            <Select
              aria-label={`${S.capCategory} ${row + 1}`}
              options={BUDGET_CATEGORIES.map((value) => ({ value, label: value }))}
            />
          </Form.Item>
          <Form.Item name={[row, 'maxSharePercent']} style={{ ...ROW_ITEM, width: 200 }}>
            <InputNumber
              aria-label={`${S.capPercent} ${row + 1}`}
              placeholder={S.capPercent}
              min={1}
              max={100}
              precision={0}
              suffix="%"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </>
      )}
    />
  )
}

export function CriteriaField({ form }: { form: FormInstance }) {
  const total = weightTotal(Form.useWatch('criteria', form))
  return (
    <ListFrame
      name="criteria"
      addLabel={S.addCriterion}
      removeLabel={S.removeCriterion}
      onAdd={(add) => {
        const criteria: RoundFormValues['criteria'] = form.getFieldValue('criteria') ?? []
        add({
          key: newKey(
            'criterion',
            criteria.map((c) => c.key)
          ),
          name: '',
          weight: null
        })
      }}
      footer={
        <Typography.Text
          type={total === REVIEW_WEIGHT_TOTAL ? 'secondary' : 'warning'}
          aria-label={S.weightTotal(total)}
        >
          {S.weightTotal(total)}
        </Typography.Text>
      }
      rows={(row) => (
        <>
          <Form.Item name={[row, 'name']} style={{ ...ROW_ITEM, flex: '1 1 240px' }}>
            <Input
              aria-label={`${S.criterionName} ${row + 1}`}
              placeholder={S.criterionName}
              maxLength={20}
            />
          </Form.Item>
          <Form.Item name={[row, 'weight']} style={{ ...ROW_ITEM, width: 140 }}>
            <InputNumber
              aria-label={`${S.criterionWeight} ${row + 1}`}
              placeholder={S.criterionWeight}
              min={1}
              max={REVIEW_WEIGHT_TOTAL}
              precision={0}
              suffix="分"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </>
      )}
    />
  )
}

export function TranchesField({ form }: { form: FormInstance }) {
  const tranches: RoundFormValues['tranches'] | undefined = Form.useWatch('tranches', form)
  const total = percentTotal(tranches)
  return (
    <ListFrame
      name="tranches"
      extra={S.tranchesHint}
      addLabel={S.addTranche}
      removeLabel={S.removeTranche}
      onAdd={(add) => add({ percent: null, gate: tranches?.at(-1)?.gate ?? TRANCHE_GATES[0] })}
      footer={
        <Typography.Text type={total === 100 ? 'secondary' : 'warning'}>
          {S.trancheTotal(total)}
        </Typography.Text>
      }
      rows={(row) => (
        <>
          <Typography.Text style={{ width: 48, lineHeight: '32px' }}>
            第 {row + 1} 期
          </Typography.Text>
          <Form.Item name={[row, 'percent']} style={{ ...ROW_ITEM, width: 140 }}>
            <InputNumber
              aria-label={`${S.tranchePercent} ${row + 1}`}
              min={1}
              max={100}
              precision={0}
              suffix="%"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name={[row, 'gate']} style={{ ...ROW_ITEM, width: 200 }}>
            <Select
              aria-label={`${S.trancheGate} ${row + 1}`}
              options={TRANCHE_GATES.map((gate) => ({
                value: gate,
                label: TRANCHE_GATE_LABELS[gate]
              }))}
            />
          </Form.Item>
        </>
      )}
    />
  )
}
