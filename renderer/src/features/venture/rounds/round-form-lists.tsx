/**
 * The list editors of the round form: tracks, budget category caps and review criteria (the
 * tranche plan is the shared TranchesField). Each row's inputs are named by the draft's own
 * paths, so a refusal about `criteria.2.weight` shows at that input and one about `criteria`
 * under the list.
 */
import { Form, Input, InputNumber, Select, Typography } from 'antd'
import type { FormInstance } from 'antd'
import { ListField } from '@renderer/components/list-field'
import { BUDGET_CATEGORIES } from '@shared/domain/venture/budget'
import { REVIEW_WEIGHT_TOTAL } from '@shared/domain/venture/scoring'
import { newKey, weightTotal, type RoundFormValues } from './round-form-values'
import { ROUND_STRINGS as S } from './strings'

const ROW_ITEM = { marginBottom: 8 }

/** A key for a new row of `list` that none of its rows has yet. */
function freeKey(form: FormInstance, list: 'tracks' | 'criteria', prefix: string): string {
  const rows: RoundFormValues[typeof list] = form.getFieldValue(list) ?? []
  return newKey(
    prefix,
    rows.map((row) => row.key)
  )
}

export function TracksField({ form }: { form: FormInstance }) {
  return (
    <ListField
      name="tracks"
      addLabel={S.addTrack}
      removeLabel={S.removeTrack}
      onAdd={(add) => add({ key: freeKey(form, 'tracks', 'track'), name: '', budgetFen: '' })}
      renderRow={(row) => (
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
    <ListField
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
      renderRow={(row) => (
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
    <ListField
      name="criteria"
      addLabel={S.addCriterion}
      removeLabel={S.removeCriterion}
      onAdd={(add) => add({ key: freeKey(form, 'criteria', 'criterion'), name: '', weight: null })}
      footer={
        <Typography.Text
          type={total === REVIEW_WEIGHT_TOTAL ? 'secondary' : 'warning'}
          aria-label={S.weightTotal(total)}
        >
          {S.weightTotal(total)}
        </Typography.Text>
      }
      renderRow={(row) => (
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
